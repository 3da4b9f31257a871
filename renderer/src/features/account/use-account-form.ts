import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { checkServerSettings } from '../../../../shared/domain/account.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { AccountView, ServerSettings, TestResult } from '../../api/desk-types.js';

const blank = (port: number): ServerSettings => ({ host: '', port, tls: 'implicit', user: '', caFile: null });

export type TestState =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: TestResult }
  | { state: 'failed'; error: ApiError }
  | { state: 'unavailable' };

/**
 * Account form state. Passwords live only in this component's memory until they are sent once
 * with account:set-password; nothing ever reads one back.
 */
export function useAccountForm(onSaved: () => void) {
  const [imap, setImap] = useState<ServerSettings>(blank(993));
  const [smtp, setSmtp] = useState<ServerSettings>(blank(465));
  const [imapPassword, setImapPassword] = useState('');
  const [smtpPassword, setSmtpPassword] = useState('');
  const [samePassword, setSamePassword] = useState(true);
  const [saved, setSaved] = useState<AccountView>(null);
  // Problems show for IMAP once a test was tried, for both servers once saving was tried.
  const [touched, setTouched] = useState<'none' | 'imap' | 'all'>('none');
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  useEffect(() => {
    void call('account:get', {}).then((r) => {
      if (!r.ok || r.value === null) return;
      setSaved(r.value);
      setImap({ ...r.value.imap });
      setSmtp({ ...r.value.smtp });
    });
  }, []);

  const valid = checkServerSettings(imap).length === 0 && checkServerSettings(smtp).length === 0;
  const imapPasswordMissing = imapPassword === '' && !(saved?.hasPassword.imap ?? false);

  const runTest = async () => {
    setTouched((t) => (t === 'all' ? t : 'imap'));
    if (checkServerSettings(imap).length > 0 || imapPassword === '') return;
    setTest({ state: 'running' });
    const r = await call('account:test', { imap, password: imapPassword });
    if (r.ok) setTest({ state: 'done', result: r.value });
    else setTest(isUnavailable(r.error) ? { state: 'unavailable' } : { state: 'failed', error: r.error });
  };

  const save = async () => {
    setTouched('all');
    if (!valid || imapPasswordMissing) return;
    setSaving(true);
    setSaveError(null);
    const steps: (() => ReturnType<typeof call>)[] = [() => call('account:set', { imap, smtp })];
    if (imapPassword !== '')
      steps.push(() => call('account:set-password', { which: 'imap', password: imapPassword }));
    const smtpPw = samePassword ? imapPassword : smtpPassword;
    if (smtpPw !== '') steps.push(() => call('account:set-password', { which: 'smtp', password: smtpPw }));
    for (const step of steps) {
      const r = await step();
      if (!r.ok) {
        setSaving(false);
        setSaveError(r.error);
        return;
      }
    }
    setSaving(false);
    void call('sync:run', {});
    onSaved();
  };

  return {
    imap,
    setImap,
    smtp,
    setSmtp,
    imapPassword,
    setImapPassword,
    smtpPassword,
    setSmtpPassword,
    samePassword,
    setSamePassword,
    saved,
    touched,
    imapPasswordMissing,
    test,
    runTest,
    saving,
    saveError,
    save,
  };
}
