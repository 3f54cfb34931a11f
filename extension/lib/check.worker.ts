// Checks typed text off the main thread, so the panel stays responsive on a long draft.
import { checkText, type Settings } from './engine.ts';

export interface CheckRequest {
  id: number;
  text: string;
  name: string;
  settings: Settings;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, name, settings } = event.data;
  try {
    const checked = checkText(text, name, settings);
    self.postMessage({ id, checked });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
