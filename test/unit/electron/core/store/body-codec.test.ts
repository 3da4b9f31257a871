import { describe, expect, it } from 'vitest';
import { decodeBody, encodeBody } from '../../../../../electron/core/store/body-codec.js';
import { BlobMissingError } from '../../../../../electron/core/store/errors.js';

describe('stored body codec', () => {
  it.each([
    ['plain text, no HTML', { text: 'Where is my order?', html: null }],
    ['Japanese text with HTML', { text: '商品が届きません。①', html: '<p>商品が届きません。</p>' }],
    ['empty text', { text: '', html: '' }],
    ['quotes, backslashes, control characters', { text: 'a "b" \\ c\u0000\t\r\n', html: null }],
    ['astral characters (emoji, CJK extension B)', { text: '👍 𠀋', html: '<b>👍</b>' }],
  ])('round-trips %s', (_why, body) => {
    expect(decodeBody(encodeBody(body), 'm1')).toEqual(body);
  });

  it('encodes into a buffer of its own, so a worker can transfer it', () => {
    const bytes = encodeBody({ text: 'x', html: null });
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
  });

  it('reads a view into a larger buffer (a pack record) without its neighbours', () => {
    const inner = encodeBody({ text: 'inner', html: null });
    const pack = new Uint8Array(inner.length + 6);
    pack.set(new TextEncoder().encode('{"x":'), 0);
    pack.set(inner, 3);
    expect(decodeBody(pack.subarray(3, 3 + inner.length), 'm1')).toEqual({ text: 'inner', html: null });
  });

  it.each([
    ['not JSON', new TextEncoder().encode('{text:')],
    ['JSON without text', new TextEncoder().encode('{"html":"<p>"}')],
    ['text of the wrong type', new TextEncoder().encode('{"text":1}')],
    ['empty', new Uint8Array(0)],
  ])('rejects %s as unreadable', (_why, bytes) => {
    expect(() => decodeBody(bytes, 'm1')).toThrow(BlobMissingError);
  });
});
