import type { ServerSettings } from '../../api/desk-types.js';

type Server = Pick<ServerSettings, 'host' | 'port' | 'tls'>;

export interface Provider {
  id: string;
  name: string;
  imap: Server;
  smtp: Server;
}

/** Published IMAP/SMTP endpoints of the providers small sellers in JP/CN/KR/EN markets use most. */
export const PROVIDERS: readonly Provider[] = [
  {
    id: 'gmail',
    name: 'Gmail / Google Workspace',
    imap: { host: 'imap.gmail.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.gmail.com', port: 465, tls: 'implicit' },
  },
  {
    id: 'outlook',
    name: 'Outlook / Microsoft 365',
    imap: { host: 'outlook.office365.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.office365.com', port: 587, tls: 'starttls' },
  },
  {
    id: 'yahoo-jp',
    name: 'Yahoo!メール (Yahoo Japan)',
    imap: { host: 'imap.mail.yahoo.co.jp', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.mail.yahoo.co.jp', port: 465, tls: 'implicit' },
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    imap: { host: 'imap.mail.me.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.mail.me.com', port: 587, tls: 'starttls' },
  },
  {
    id: 'qq',
    name: 'QQ邮箱 (QQ Mail)',
    imap: { host: 'imap.qq.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.qq.com', port: 465, tls: 'implicit' },
  },
  {
    id: '163',
    name: '网易163邮箱 (163 Mail)',
    imap: { host: 'imap.163.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.163.com', port: 465, tls: 'implicit' },
  },
  {
    id: 'naver',
    name: '네이버 메일 (Naver)',
    imap: { host: 'imap.naver.com', port: 993, tls: 'implicit' },
    smtp: { host: 'smtp.naver.com', port: 465, tls: 'implicit' },
  },
];

/** Applies a preset without touching the user name the person already typed. */
export function applyProvider(p: Provider, current: { imap: ServerSettings; smtp: ServerSettings }) {
  return {
    imap: { ...current.imap, ...p.imap },
    smtp: { ...current.smtp, ...p.smtp },
  };
}

/** The provider whose endpoints match these settings, for showing the preset a saved account uses. */
export function providerOf(imap: Server): Provider | null {
  return (
    PROVIDERS.find((p) => p.imap.host === imap.host.trim().toLowerCase() && p.imap.port === imap.port) ?? null
  );
}
