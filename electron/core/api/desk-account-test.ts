import type { HelpdeskApi } from '../../../shared/api/types.js';
import { testImapAccount, type AccountTestOptions } from '../account-test/account-test.js';
import { guard } from './guard.js';

type DeskAccountTestApi = Pick<HelpdeskApi, 'account:test'>;

export function deskAccountTestHandlers(options: AccountTestOptions = {}): DeskAccountTestApi {
  return {
    'account:test': ({ imap, password }) => guard(() => testImapAccount(imap, password, options)),
  };
}
