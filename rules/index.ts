import type { RulePack } from '../core/engine/rule.ts';
import { k01 } from './k01-egna-lagesbilder.ts';
import { k02 } from './k02-gemensam-problembild.ts';
import { k03 } from './k03-kallor-och-data.ts';
import { k04 } from './k04-prioriterade-fokusomraden.ts';
import { k05 } from './k05-orsaksanalys.ts';
import { k06 } from './k06-matbara-mal.ts';
import { k07 } from './k07-kunskapsbaserade-atgarder.ts';
import { k08 } from './k08-rod-trad.ts';
import { k09 } from './k09-aktivitetsplan.ts';
import { k10 } from './k10-roller-och-ansvar.ts';
import { k11 } from './k11-samordning-och-organisation.ts';
import { k12 } from './k12-resurser-och-mandat.ts';
import { k13 } from './k13-delaktighet.ts';
import { k14 } from './k14-uppfoljning.ts';
import { k15 } from './k15-giltighetstid.ts';
import { k16 } from './k16-undertecknande.ts';
import { k17 } from './k17-medborgarlofte-och-kommunikation.ts';

/** Länsstyrelsen Skånes 17-punktslista (2019), as reconstructed in shared/checklist.md. */
export const skane2019: RulePack = {
  id: 'skane-2019',
  version: '0.11.0',
  title: 'Länsstyrelsen Skånes checklista för samverkansöverenskommelser och medborgarlöften',
  rules: [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17],
};
