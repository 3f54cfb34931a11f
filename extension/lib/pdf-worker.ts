// pdf.js needs to know where its worker is in a browser; the extension bundles it as a file of its own.
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

/** Parse PDFs in pdf.js's own module worker, so a large PDF does not freeze the panel. */
export function usePdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}
