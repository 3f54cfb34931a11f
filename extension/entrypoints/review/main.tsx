import { render } from 'preact';
import '../../components/styles.css';
import { ReviewApp } from '../../components/ReviewApp.tsx';
import { usePdfWorker } from '../../lib/pdf-worker.ts';

usePdfWorker();
const root = document.getElementById('app');
if (root) render(<ReviewApp />, root);
