import type { HelpdeskApi } from '../../../shared/api/types.js';
import { checkServerSettings, type AccountSettings } from '../../../shared/domain/account.js';
import { HelpdeskError } from '../errors.js';
import { accountId, secretKeys, type CoreContext } from '../core-context.js';
import { guard } from './guard.js';

type AccountApi = Pick<HelpdeskApi, 'account:get' | 'account:set' | 'account:set-password'>;

function assertUsable(account: AccountSettings): void {
  for (const which of ['imap', 'smtp'] as const) {
    const problems = checkServerSettings(account[which]);
    const first = problems[0];
    if (first) {
      throw new HelpdeskError(
        'invalid-request',
        `${which.toUpperCase()} ${first.field}: ${first.reason}`,
        problems.map((p) => `${p.field}:${p.reason}`).join(','),
      );
    }
  }
}

export function accountHandlers(ctx: CoreContext, onAccountChanged: () => Promise<void>): AccountApi {
  return {
    'account:get': () =>
      guard(async () => {
        const account = ctx.store.getSettings().accounts[accountId];
        if (!account) return null;
        const [imap, smtp] = await Promise.all([
          ctx.secrets.get(secretKeys.imap),
          ctx.secrets.get(secretKeys.smtp),
        ]);
        return { ...account, hasPassword: { imap: imap !== null, smtp: smtp !== null } };
      }),
    'account:set': (account) =>
      guard(async () => {
        assertUsable(account);
        await ctx.store.setAccount(accountId, account);
        await onAccountChanged();
        return {};
      }),
    // Write-only: the password goes to the secret store and never comes back across the bridge.
    'account:set-password': ({ which, password }) =>
      guard(async () => {
        await ctx.secrets.set(secretKeys[which], password);
        if (which === 'imap') await onAccountChanged();
        return {};
      }),
  };
}
