const WORDS = ['Lagesbild', 'Orsaker', 'Mal', 'Uppfoljning', 'Atgarder', 'Samverkan', 'Trygghet'];

/** A plain PDF of many pages, one line of text each, written object by object with a correct xref. */
export function manyPagePdf(
  pages: number,
  line = (n: number) => `${WORDS[n % WORDS.length]} ${n}`,
): Uint8Array {
  const objects: string[] = [];
  const kids: string[] = [];
  // 1 catalog, 2 pages, 3 font, then a page and its content stream per page.
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let n = 1; n <= pages; n++) {
    const page = 2 + 2 * n;
    const content = page + 1;
    kids.push(`${page} 0 R`);
    objects[page] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`;
    const stream = `BT /F1 12 Tf 72 ${770 - (n % 40) * 15} Td (${line(n)}) Tj ET`;
    objects[content] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
