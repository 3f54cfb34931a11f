import { k12 } from '../../rules/k12-resurser-och-mandat.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

ruleCases(k12, [
  {
    name: 'punktform: "Resurser kommunen:" med belopp och beslut hos KS och LPO-chef',
    text: '## Organisation\n\n- Resurser kommunen: trygghetssamordnare 40 %, 180 tkr/år\n- Resurser polisen: kommunpolis 30 %\n- Större förändringar: beslut KS resp. LPO-chef',
    level: 2,
  },
  {
    name: 'åtgärdstabell med resurskolumn men inget mandat',
    text: '## Åtgärder\n\n| Åtgärd | Ansvarig | Resurs |\n|---|---|---|\n| Ny belysning vid torget | Kommunen | 600 tkr, investeringsbudget 2026 |\n| Fältarbete kvällstid | Kommunen | 0,5 tjänst |',
    level: 1,
    advice: ['missing-mandate'],
  },
  {
    name: 'tjänster och kronor per part och beslutsväg',
    text: `## Resurser och mandat

Norrviks kommun avsätter en halvtidstjänst och 200 000 kronor per år. Polisen avsätter en kommunpolis på heltid.

Styrgruppen får omfördela medlen. Ändringar i överenskommelsen beslutas av kommunstyrelsen och lokalpolisområdeschefen.

## Giltighet

Överenskommelsen gäller 2026–2028.`,
    level: 2,
  },
  {
    name: 'prosa: kommunen finansierar en tjänst, styrgruppen fastställer planen',
    text: 'Kommunen finansierar en heltidstjänst som trygghetssamordnare. Styrgruppen fastställer aktivitetsplanen varje år.',
    level: 2,
  },
  {
    name: 'lista under rubriken Budget',
    text: `## Budget

- Kommunen: 150 000 kr för belysning.
- Polisen: 50 procent av en tjänst som kommunpolis.

## Beslut

Beredningsgruppen bereder och styrgruppen beslutar om prioriteringar.`,
    level: 2,
  },
  {
    name: 'bara inom befintliga ramar',
    text: 'Arbetet bedrivs inom ramen för parternas ordinarie verksamhet och budget.',
    level: 1,
    advice: ['generic-resources', 'missing-mandate'],
  },
  {
    name: 'bara mandatet',
    text: 'Styrgruppen har mandat att besluta om ändringar i handlingsplanen.',
    level: 1,
    advice: ['missing-resources'],
  },
  {
    name: 'generell formulering och mandat',
    text: 'Åtagandena ryms inom parternas befintliga budgetramar. Ändringar beslutas av kommunstyrelsen.',
    level: 1,
    advice: ['generic-resources'],
  },
  {
    name: 'generell formulering med fler led före "ordinarie"',
    text: 'Insatserna genomförs inom respektive förvaltnings och polisens ordinarie budget och bemanning.',
    level: 1,
    advice: ['generic-resources', 'missing-mandate'],
  },
  {
    name: 'ett belopp, men att nästa plan fastställs av styrgruppen är inget mandat',
    text: '## Resurser\nBelysningen finansieras med 200 000 kronor ur tekniska nämndens budget.\n\n## Revidering\nEn ny aktivitetsplan för 2027 tas fram under hösten och fastställs av styrgruppen.',
    level: 1,
    advice: ['missing-mandate'],
  },
  {
    name: 'att nästa års plan "Handlingsplan 2028 tas fram" och fastställs är inget mandat',
    text: 'Handlingsplan 2028 tas fram utifrån uppföljningen och fastställs av styrgruppen i december.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'var part står för sina egna kostnader är den generella formuleringen',
    text: 'Kostnader: Respektive part står för sina egna kostnader.',
    level: 1,
    advice: ['generic-resources', 'missing-mandate'],
  },
  {
    name: 'inget om resurser eller mandat',
    text: 'Kommunen och polisen samverkar kring trygghet i Tallnäs centrum.',
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'en skada i kronor är ingen resurs',
    text: 'Bedrägerierna mot äldre orsakade skador på 3,2 miljoner kronor under 2024.',
    level: 0,
  },
  {
    name: 'lagen beslutad av riksdagen är inget mandat',
    text: 'Riksdagen har beslutat om lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
    level: 0,
  },
  {
    name: 'ej tillämplig för medborgarlöfte',
    type: 'medborgarlofte',
    text: 'Polisen avsätter 100 000 kronor och styrgruppen beslutar.',
    level: null,
  },
  {
    name: 'inga särskilda resurser',
    text: 'Inga särskilda medel avsätts för arbetet.',
    level: 1,
    advice: ['generic-resources'],
  },
]);
