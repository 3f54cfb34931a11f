/**
 * How much a single file may ask of us. Each limit sits far above any real collaboration document
 * (the corpus's largest is 25 KB of text, 40 pages) and below what would stall a worker or exhaust
 * its 1.5 GB heap; past it the file gets a Swedish 'too-large' error instead of a hang or a crash.
 */

/** Bytes of any file, read before anything is parsed. */
export const MAX_BYTES = 100 * 1024 * 1024;

/**
 * Markdown or plain text, in bytes. Measured: 10 MB of prose takes ~9 s and 335 MB of memory to
 * parse, 20 MB ~24 s and 780 MB (the parser grows faster than linearly), so 10 MB keeps a file
 * well inside the default 60 s per-file limit.
 */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

/** Pages of a PDF: pdf.js reads every page into memory at once, and 500 pages is a whole report series. */
export const MAX_PDF_PAGES = 500;

/**
 * One XML part of a .docx (document.xml, footnotes …), uncompressed: both the size the zip declares
 * and the bytes actually inflated, so a zip bomb is refused after inflating at most this much.
 */
export const MAX_DOCX_PART_BYTES = 50 * 1024 * 1024;

/** All entries of a .docx together, as declared by the zip (images included). */
export const MAX_DOCX_TOTAL_BYTES = 500 * 1024 * 1024;

/**
 * Containers (lists, quotes) one Markdown line may open. The parser's time grows with depth squared
 * (10 000 nested list markers take minutes); real documents nest lists three or four deep.
 */
export const MAX_NESTING = 100;
