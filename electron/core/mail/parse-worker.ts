/**
 * Worker-thread side of the parse pool: MIME parsing and domain extraction are CPU-bound, so
 * they run here while the main thread keeps reading the IMAP socket.
 */
import { parentPort } from 'node:worker_threads';
import { encodeBody } from '../store/body-codec.js';
import { analyseFetched, type AnalyseRequest } from './analyse-message.js';

if (!parentPort) throw new Error('parse-worker must run in a worker thread');
const port = parentPort;

// The body goes back encoded as the store writes it, and moved rather than copied: the main
// thread then neither deserialises its text nor serialises it again as JSON.
port.on('message', (request: AnalyseRequest & { seq: number }) => {
  void analyseFetched(request).then(
    ({ meta, body }) => {
      const encoded = encodeBody(body);
      port.postMessage({ seq: request.seq, result: { meta, body: encoded } }, [encoded.buffer]);
    },
    (error: unknown) => port.postMessage({ seq: request.seq, error: String(error) }),
  );
});
