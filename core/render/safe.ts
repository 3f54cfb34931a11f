/**
 * Document text is untrusted: before any renderer shows it, terminal escape sequences, other
 * control characters and bidirectional overrides are removed. An ESC sequence in a quote could
 * recolour or rewrite a terminal; a U+202E could make "rapport‮fdp.exe" read as something else.
 */

// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and any other two-character ESC sequence.
const ANSI =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
// C0 and C1 controls but tab and line breaks, DEL, and the bidi marks, embeddings, overrides and isolates.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function plainText(s: string): string {
  return s.replace(ANSI, '').replace(CONTROL, '');
}

/** plainText on one line: tabs and line breaks become spaces. */
export function lineText(s: string): string {
  return plainText(s).replace(/[\t\r\n]+/g, ' ');
}
