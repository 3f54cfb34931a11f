/** The one document model every format is ingested into. Offsets index into `Document.text`. */

export type SourceFormat = 'pdf' | 'docx' | 'markdown' | 'text';

/** 'struck': text a revision marks as removed ("Utgår: …"), kept for the reader but not read as content. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table' | 'signature' | 'toc' | 'struck';

/** Where a block came from in the original file (1-based). */
export interface Origin {
  /** The file a block came from, set when several files are checked as one bundle. */
  file?: string;
  page?: number;
  line?: number;
  paragraph?: number;
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Block {
  kind: BlockKind;
  /** Normalised text; for a table, its rows joined by newlines and cells by " | ". */
  text: string;
  start: number;
  end: number;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** Table rows (tables only); the first row is the header row when the source marks one. */
  rows?: Cell[][];
  /** Texts of the enclosing headings, outermost first (a heading's own path excludes itself). */
  headingPath: string[];
  origin: Origin;
}

export interface Document {
  name: string;
  format: SourceFormat;
  /** The normalised full text: blocks in order, separated by blank lines. */
  text: string;
  blocks: Block[];
  /** Page count for PDFs. */
  pages?: number;
  /** The files of a bundle, in order (absent for a single file). */
  files?: string[];
}

/** A block before offsets and heading paths are assigned; what each ingester produces. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  rows?: string[][];
  origin: Origin;
}
