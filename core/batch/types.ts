import type { Report } from '../check.ts';
import type { Inventory } from './inventory.ts';

/** A file that could not be scored, with its Swedish reason. */
export interface FileError {
  file: string;
  error: string;
  /** An IngestError code, or 'not-found', 'timeout', 'internal' … */
  code: string;
}

/** What `batch --format json` prints, and what the batch renderers receive. */
export interface BatchResult {
  reports: Report[];
  errors: FileError[];
  inventory: Inventory;
}

/** The name a report is shown under: its file, or its files joined for a bundle. */
export function reportName(report: Report): string {
  return report.file ?? report.files?.join(' + ') ?? '';
}
