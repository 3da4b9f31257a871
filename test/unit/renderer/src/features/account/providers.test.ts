import { describe, expect, it } from 'vitest';
import { checkServerSettings } from '../../../../../../shared/domain/account.js';
import {
  applyProvider,
  PROVIDERS,
  providerOf,
} from '../../../../../../renderer/src/features/account/providers.js';

const blank = { host: '', port: 1, tls: 'none' as const, user: 'cs@shop.example', caFile: null };

describe('providers', () => {
  it.each(PROVIDERS.map((p) => ({ id: p.id, p })))('$id preset yields settings the core accepts', ({ p }) => {
    const s = applyProvider(p, { imap: blank, smtp: blank });
    expect(checkServerSettings(s.imap)).toEqual([]);
    expect(checkServerSettings(s.smtp)).toEqual([]);
    expect(s.imap.user).toBe('cs@shop.example');
    expect(providerOf(s.imap)?.id).toBe(p.id);
  });

  it.each([
    {
      imap: { host: 'IMAP.GMAIL.COM', port: 993, tls: 'implicit' as const },
      want: 'gmail',
      why: 'host case does not matter',
    },
    {
      imap: { host: 'imap.gmail.com', port: 143, tls: 'starttls' as const },
      want: null,
      why: 'a changed port is custom',
    },
    {
      imap: { host: 'mail.shop.example', port: 993, tls: 'implicit' as const },
      want: null,
      why: 'own server',
    },
  ])('providerOf: $why', ({ imap, want }) => {
    expect(providerOf(imap)?.id ?? null).toBe(want);
  });
});
