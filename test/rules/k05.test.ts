import { k05 } from '../../rules/k05-orsaksanalys.ts';
import { ruleCases } from '../helpers/rule-cases.ts';

const areas = `## Fokusområden
1. Rån mot unga. Rånen har ökat från 8 till 19 sedan 2021.
2. Bostadsinbrott. Inbrotten har fördubblats sedan 2020.
`;

ruleCases(k05, [
  {
    name: 'causes per area in subsections, with method',
    text: `${areas}
## Orsaksanalys
Analysen gjordes med orsaksträd vid en workshop i mars 2025.
### Rån mot unga
- Unga rör sig utan vuxna i närheten efter skolan.
- Gärningspersonerna söker status i gruppen.
### Bostadsinbrott
- Villaområdena har dålig belysning och få grannar hemma dagtid.`,
    level: 2,
  },
  {
    name: 'causes per area as lead paragraphs',
    text: `${areas}
## Bakomliggande orsaker
Rån mot unga. Rånen beror på att unga bär dyra telefoner på platser utan vuxna.

Bostadsinbrott. Inbrotten beror på att husen saknar larm och att få grannar är hemma.`,
    level: 2,
  },
  {
    name: 'cause column in a table for every area',
    text: `${areas}
## Åtgärder
| Fokusområde | Åtgärd | Orsak som påverkas |
|---|---|---|
| 1 | Fältassistenter efter skolan | Få vuxna ute |
| 2 | Grannsamverkan | Få grannar hemma |`,
    level: 2,
  },
  {
    name: 'causes for one area, analysis planned for the other',
    text: `${areas}
## Orsaksanalys
### Rån mot unga
- Unga rör sig utan vuxna i närheten efter skolan.
### Bostadsinbrott
Någon orsaksanalys har ännu inte gjorts för området.`,
    level: 1,
    advice: ['some-areas'],
  },
  {
    name: 'only a promised analysis',
    text: `${areas}
En orsaksanalys ska tas fram under 2026.`,
    level: 1,
    advice: ['planned'],
  },
  {
    name: 'generic risk factors not tied to the areas',
    text: `${areas}
## Bakomliggande faktorer
Forskningen pekar på riskfaktorer som skolmisslyckanden och bristande tillsyn från vuxna.`,
    level: 1,
    advice: ['generic'],
  },
  {
    name: 'ML referring to the agreement',
    type: 'medborgarlofte',
    text: 'Orsakerna till problemen beskrivs i orsaksanalysen i samverkansöverenskommelsen.',
    level: 1,
  },
  {
    name: 'no causes',
    text: areas,
    level: 0,
    advice: ['missing'],
  },
  {
    name: 'measures without causes',
    text: `${areas}
## Åtgärder
- Polisen patrullerar vid skolorna.
- Kommunen informerar om inbrottsskydd.`,
    level: 0,
  },
  {
    name: 'nothing at all',
    text: 'Parterna ska samverka.',
    level: 0,
  },
  {
    name: 'causes tied to the area each paragraph names first',
    text: `## Insatsområden
- Narkotikaförsäljning vid köpcentret, där brotten har ökat från 40 till 90 sedan 2021.
- Rekrytering av unga, som orosanmälningarna visar har fördubblats.
## Bakomliggande faktorer
För narkotikaförsäljningen vid köpcentret är de viktigaste orsakerna att baksidan saknar insyn och att efterfrågan bland unga vuxna är stabil.
Rekryteringen av unga beror enligt analysen på hög skolfrånvaro och att äldre kriminella erbjuder snabba pengar.`,
    level: 2,
  },
  {
    name: 'a cause that something is missing is still a cause',
    type: 'medborgarlofte',
    text: `# Medborgarlöfte
Löftet svarar mot otryggheten vid resecentrum.
Otryggheten beror enligt vår gemensamma analys på att det saknas vuxna på plats sena kvällar.`,
    level: 2,
  },
]);
