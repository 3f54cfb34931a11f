import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { render } from 'preact';
import '../components/styles.css';
import { ReviewApp } from '../components/ReviewApp.tsx';

// Opened from disk there is no origin to start a module worker from, so pdf.js parses on this
// thread with its worker code bundled in (pdf.js looks for it on globalThis.pdfjsWorker).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const root = document.getElementById('app');
if (root) render(<ReviewApp web />, root);
