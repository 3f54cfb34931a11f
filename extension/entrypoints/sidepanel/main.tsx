import { render } from 'preact';
import '../../components/styles.css';
import { usePdfWorker } from '../../lib/pdf-worker.ts';
import { App } from './App.tsx';

usePdfWorker();
const root = document.getElementById('app');
if (root) render(<App />, root);
