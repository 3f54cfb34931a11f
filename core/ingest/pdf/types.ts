/** Positioned text as the PDF ingester sees it, from pdf.js items up to lines. */

/** One pdf.js text item, in PDF user space (y grows upwards). */
export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** The marked-content id (pdf.js `p<page>R_mc<n>`) the run belongs to in a tagged PDF. */
  mc?: string;
}

/** A node of a tagged PDF's structure tree, as pdf.js gives it per page. */
export interface StructNode {
  role: string;
  children: (StructNode | { type: string; id?: string })[];
  /** A header cell's id, which body cells name in `headers`. */
  structId?: string;
  headers?: string[];
}

/** Runs on one baseline that sit close together: a word group, a table cell line, a column's line. */
export interface Segment {
  x0: number;
  x1: number;
  text: string;
  runs: Run[];
}

/** Segments sharing a baseline on one page, left to right. */
export interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
}

export interface Page {
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

export function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join(' ');
}

export function lineX0(line: Line): number {
  return line.segments[0]?.x0 ?? 0;
}

export function lineX1(line: Line): number {
  return line.segments.at(-1)?.x1 ?? 0;
}
