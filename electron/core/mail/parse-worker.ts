/**
 * Worker-thread side of the parse pool: MIME parsing and domain extraction are CPU-bound, so
 * they run here while the main thread keeps reading the IMAP socket. Jobs come in groups and
 * their replies go back in groups (see parse-protocol.ts).
 */
import { parentPort } from 'node:worker_threads';
import { analyseFetched } from './analyse-message.js';
import { MAX_GROUP, type ParseJob, type ParseReply } from './parse-protocol.js';

if (!parentPort) throw new Error('parse-worker must run in a worker thread');
const port = parentPort;

async function answer(job: ParseJob): Promise<ParseReply> {
  try {
    return { seq: job.seq, result: await analyseFetched(job) };
  } catch (error) {
    return { seq: job.seq, error: String(error) };
  }
}

port.on('message', (jobs: ParseJob[]) => {
  void (async () => {
    let replies: ParseReply[] = [];
    for (const job of jobs) {
      replies.push(await answer(job));
      if (replies.length >= MAX_GROUP) {
        port.postMessage(replies);
        replies = [];
      }
    }
    if (replies.length > 0) port.postMessage(replies);
  })();
});
