import { render } from 'preact';
import '../../components/styles.css';
import { beforeFirstFile } from '../../lib/engine.ts';
import { App } from './App.tsx';

beforeFirstFile(async () => (await import('../../lib/pdf-worker.ts')).usePdfWorker());
const root = document.getElementById('app');
if (root) render(<App />, root);
