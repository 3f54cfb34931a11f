/** What the user reads when a file cannot be ingested: what is wrong, then what to do about it. */

const RESAVE = 'Spara dokumentet som Word (.docx) eller PDF och försök igen.';

export const messages = {
  empty: 'Filen är tom. Kontrollera att du valt rätt fil och att den sparats färdigt.',
  emptyDocx:
    'Word-dokumentet innehåller ingen text. Kontrollera att du valt rätt fil; är texten en inskannad bild behöver den först köras genom textigenkänning (OCR).',
  tooLarge: (mb: number) =>
    `Filen är för stor (över ${mb} MB). Dela upp dokumentet eller spara det utan bilder och försök igen.`,
  tooMuchText: (mb: number) =>
    `Filen innehåller för mycket text (över ${mb} MB). Dela upp dokumentet i flera filer och försök igen.`,
  tooManyPages: (pages: number, max: number) =>
    `PDF:en har ${pages} sidor, fler än de ${max} som kan granskas. Dela upp den och granska delarna var för sig.`,
  docxTooLarge: (mb: number) =>
    `Word-filen packas upp till mer än ${mb} MB och granskas inte: den är onormalt stor eller konstruerad för att fylla minnet. Spara dokumentet på nytt i Word eller som PDF.`,
  tooDeep:
    'Dokumentet är för djupt nästlat (listor eller citat i hundratals nivåer) för att kunna granskas. Spara det på nytt med en enklare struktur.',
  odt: 'OpenDocument-text (.odt) stöds inte. Spara dokumentet som .docx eller PDF och försök igen.',
  openDocument: `Filen är ett OpenDocument-kalkylark eller en presentation, som inte stöds. ${RESAVE}`,
  excel: `Filen är ett Excel-kalkylark, som inte stöds. Lägg in tabellen i ett textdokument och spara det som Word (.docx) eller PDF.`,
  powerpoint: `Filen är en PowerPoint-presentation, som inte stöds. ${RESAVE}`,
  zip: 'Filen är ett zip-arkiv och inget Word-dokument. Packa upp arkivet och välj dokumentet i det (.docx, PDF, Markdown eller text).',
  corruptZip:
    'Zip-filen är skadad och kan inte öppnas. Packa den på nytt eller välj själva dokumentet (.docx eller PDF).',
  corruptDocx:
    'Word-filen är skadad och kan inte läsas. Öppna den i Word och spara den på nytt, eller spara den som PDF och försök igen.',
  encryptedDocx:
    'Word-filen är lösenordsskyddad och kan inte läsas. Ta bort lösenordet i Word (Arkiv › Info › Skydda dokument) och spara på nytt, eller spara som PDF.',
  oldWord: `Filen är i det gamla Word-formatet (.doc) eller ett annat äldre Office-format, som inte stöds. Öppna den i Word eller LibreOffice och välj Spara som. ${RESAVE}`,
  rtf: `Filen är i RTF-format, som inte stöds. Öppna den i Word eller LibreOffice och välj Spara som. ${RESAVE}`,
  image: (kind: string) =>
    `Filen är en bild (${kind}) och innehåller ingen läsbar text. Om det är ett inskannat dokument: kör textigenkänning (OCR) eller använd originaldokumentet i Word eller PDF.`,
  html: 'Filen är en webbsida (HTML), som inte stöds. Öppna sidan i webbläsaren och skriv ut den som PDF, eller spara originaldokumentet som Word (.docx) eller PDF.',
  wordXml: `Filen är ett Word-dokument sparat som XML, som inte stöds. Öppna den i Word och välj Spara som. ${RESAVE}`,
  noText: 'Filen innehåller ingen läsbar text. Kontrollera att du valt rätt fil.',
  notPdf:
    'Filen heter .pdf men är ingen läsbar PDF: den är skadad eller har fel filändelse. Öppna originalet och exportera det som PDF på nytt.',
  notDocx:
    'Filen heter .docx men är inget Word-dokument: den är skadad eller har fel filändelse. Öppna originalet i Word och spara det som .docx på nytt.',
  binary:
    'Filen är inget textdokument och formatet känns inte igen. Ladda upp samverkansöverenskommelsen eller medborgarlöftet som PDF, Word (.docx), Markdown eller vanlig text.',
  unreadable: (format: string) =>
    `Filen (${format}) kunde inte läsas och verkar vara skadad. Öppna den i ursprungsprogrammet och spara den på nytt, eller spara som PDF och försök igen.`,
} as const;
