import { parseMessage } from '../electron/core/mail/mime/parse-message.js';
import { charsetFixtures } from '../test/support/mime-fixtures.js';

/**
 * Parses 10,000 realistic mixed-charset buyer messages (the charset fixtures, bodies padded
 * to 2–20 KB) one after another on one core, as a sync would.
 */
export async function benchMimeParse(count = 10_000): Promise<{ messages: number; ms: number }> {
  const fixtures = charsetFixtures().map((f) => f.raw);
  const corpus = fixtures.map((raw, i) => {
    // Quoted history makes real messages 2–20 KB; repeat the body to get there.
    const copies = 1 + (i % 8) * 2;
    return Buffer.concat([
      raw,
      ...Array.from({ length: copies }, () => raw.subarray(raw.indexOf('\r\n\r\n') + 4)),
    ]);
  });
  for (const raw of corpus) await parseMessage(raw);
  const start = performance.now();
  for (let i = 0; i < count; i++) await parseMessage(corpus[i % corpus.length] as Buffer);
  return { messages: count, ms: performance.now() - start };
}
