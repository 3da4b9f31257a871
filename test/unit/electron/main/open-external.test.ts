import { describe, expect, it } from 'vitest';
import { openExternalHandler, withShellCalls } from '../../../../electron/main/open-external.js';
import { ok } from '../../../../shared/api/result.js';
import type { CoreApi } from '../../../../shared/api/types.js';

function recorder(behaviour: 'opens' | 'throws' = 'opens') {
  const opened: string[] = [];
  const openExternal = async (url: string): Promise<void> => {
    opened.push(url);
    if (behaviour === 'throws') throw new Error('no handler for scheme');
  };
  return { opened, openExternal };
}

// [url sent by the window, what the shell must be handed, why]
const accepted: [string, string, string][] = [
  [
    'https://sellercentral.amazon.co.jp/messaging',
    'https://sellercentral.amazon.co.jp/messaging',
    'plain https',
  ],
  [
    'HTTPS://Example.COM/a b'.replace(' ', '%20'),
    'https://example.com/a%20b',
    'the normalised href, not the raw string',
  ],
  ['https://xn--pple-43d.com/', 'https://xn--pple-43d.com/', 'IDN host stays punycode (the dialog warned)'],
  ['https://аpple.com/', 'https://xn--pple-43d.com/', 'a Cyrillic host is opened as the punycode shown'],
  [
    'mailto:buyer@marketplace.example?subject=Order',
    'mailto:buyer@marketplace.example?subject=Order',
    'mailto',
  ],
];

// [url, why it must never reach the shell]
const refused: [string, string][] = [
  ['http://example.com/', 'cleartext http'],
  ['javascript:alert(1)', 'script URL'],
  ['JaVaScRiPt:alert(1)', 'script URL in mixed case'],
  ['java\nscript:alert(1)', 'control character the parser would drop'],
  ['file:///etc/passwd', 'local file'],
  ['data:text/html,<script>alert(1)</script>', 'data URL'],
  ['https://127.0.0.1/', 'IPv4 literal (this machine)'],
  ['https://192.168.1.1/admin', 'IPv4 literal (router admin)'],
  ['https://0x7f000001/', 'hex IPv4 the parser turns into 127.0.0.1'],
  ['https://[::1]/', 'IPv6 literal'],
  ['https://amazon.co.jp@evil.example/', 'credentials that hide the real host'],
  ['https://user:pw@example.com/', 'username and password'],
  ['https://localhost/', 'single-label host'],
  ['mailto:x@example.com?attach=/etc/passwd', 'mailto with attach='],
  ['smb://server/share', 'other scheme'],
  [`https://example.com/${'a'.repeat(3000)}`, 'longer than the policy allows'],
];

describe('shell:open-external', () => {
  it.each(accepted)('%j opens %j (%s)', async (url, expected) => {
    const { opened, openExternal } = recorder();
    const result = await openExternalHandler(openExternal)({ url });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([expected]);
  });

  it.each(refused)('%j is refused and never reaches the shell (%s)', async (url) => {
    const { opened, openExternal } = recorder();
    const result = await openExternalHandler(openExternal)({ url });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(opened).toEqual([]);
  });

  it('reports opened: false when no program takes the link, instead of an internal error', async () => {
    const { opened, openExternal } = recorder('throws');
    const result = await openExternalHandler(openExternal)({ url: 'mailto:a@example.com' });
    expect(result).toEqual({ ok: true, value: { opened: false } });
    expect(opened).toEqual(['mailto:a@example.com']);
  });
});

describe('withShellCalls', () => {
  it('adds both shell calls and keeps every core call and extra member', async () => {
    const info = ok({
      version: '1',
      dataDir: '/d',
      storeReport: { recovered: [], migratedFrom: null },
      mode: 'empty' as const,
    });
    const attachment = async (id: string, index: number) => ({
      filename: `${id}-${index}.pdf`,
      contentType: 'application/pdf',
      content: new Uint8Array([1, 2, 3]),
    });
    const core = { 'app:info': async () => info, attachment, marker: 42 } as unknown as CoreApi & {
      marker: number;
      attachment: typeof attachment;
    };
    const { opened, openExternal } = recorder();
    const written: [string, number[]][] = [];
    const api = withShellCalls(core, {
      openExternal,
      chooseSavePath: async (name) => `/chosen/${name}`,
      writeFile: async (path, content) => void written.push([path, [...content]]),
    });
    expect(await api['app:info']({})).toBe(info);
    expect(api.marker).toBe(42);
    expect(await api['shell:open-external']({ url: 'https://example.com/' })).toEqual(ok({ opened: true }));
    expect(opened).toEqual(['https://example.com/']);
    // The save call reads through the core's own `attachment` member.
    expect(await api['shell:save-attachment']({ id: 'm1', index: 2 })).toEqual(ok({ saved: true }));
    expect(written).toEqual([['/chosen/m1-2.pdf', [1, 2, 3]]]);
  });
});
