/**
 * Worker-thread side of the parse pool: MIME parsing and domain extraction are CPU-bound, so
 * they run here while the main thread keeps reading the IMAP socket.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFetched, type AnalyseRequest } from './analyse-message.js';

if (!parentPort) throw new Error('parse-worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: AnalyseRequest & { seq: number }) => {
  void analyseFetched(request).then(
    (result) => port.postMessage({ seq: request.seq, result }),
    (error: unknown) => port.postMessage({ seq: request.seq, error: String(error) }),
  );
});
