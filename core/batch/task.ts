/** Inside a worker thread: reads, ingests and scores one task (a file or a bundle) at a time. */
import { parentPort } from 'node:worker_threads';
import { skane2019 } from '../../rules/index.ts';
import { check } from '../check.ts';
import { load } from '../cli/files.ts';
import type { Document } from '../model/document.ts';
import type { TaskMessage, TaskReply } from './pool.ts';
import type { FileError } from './types.ts';

parentPort?.on('message', async (task: TaskMessage) => {
  const reply: TaskReply = { id: task.id, errors: [] };
  try {
    const docs: Document[] = [];
    for (const [i, path] of task.paths.entries()) {
      const name = task.names[i] ?? path;
      const loaded = await load(path);
      if ('doc' in loaded) docs.push({ ...loaded.doc, name });
      else reply.errors.push({ file: name, error: loaded.error, code: loaded.code } satisfies FileError);
    }
    if (docs.length > 0) reply.report = check(skane2019, docs, task.options);
  } catch (error) {
    reply.errors.push({
      file: task.names.join(' + '),
      error: `Filen kunde inte granskas på grund av ett internt fel (${String(error)}).`,
      code: 'internal',
    });
  }
  parentPort?.postMessage(reply);
});
