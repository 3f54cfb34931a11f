import { render } from 'preact';
import '../../components/styles.css';
import { ReviewApp } from '../../components/ReviewApp.tsx';
import { beforeFirstFile } from '../../lib/engine.ts';

beforeFirstFile(async () => (await import('../../lib/pdf-worker.ts')).usePdfWorker());
const root = document.getElementById('app');
if (root) render(<ReviewApp />, root);
