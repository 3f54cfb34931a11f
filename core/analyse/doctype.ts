export type DocType =
  | 'samverkansoverenskommelse'
  | 'medborgarlofte'
  | 'aktivitetsplan'
  | 'inte-samverkansdokument';

export const DOC_TYPES: readonly DocType[] = [
  'samverkansoverenskommelse',
  'medborgarlofte',
  'aktivitetsplan',
  'inte-samverkansdokument',
];

export const DOC_TYPE_LABEL: Record<DocType, string> = {
  samverkansoverenskommelse: 'Samverkansöverenskommelse',
  medborgarlofte: 'Medborgarlöfte',
  aktivitetsplan: 'Aktivitetsplan/handlingsplan',
  'inte-samverkansdokument': 'Inte ett samverkansdokument',
};
