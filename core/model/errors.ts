/** A per-file problem with a Swedish message meant for the user. Never thrown past the ingest boundary. */
export type IngestErrorCode =
  | 'empty'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'too-large'
  | 'timeout';

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.code = code;
  }
}
