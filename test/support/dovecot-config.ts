import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MailAccount {
  name: string;
  uid: number;
  gid: number;
}

export interface DovecotAccounts {
  loginUser: string;
  internalUser: string;
  /** Group of Dovecot's internal sockets; left to Dovecot's default (`dovecot`) as root. */
  internalGroup: string | undefined;
  mail: MailAccount;
}

export interface DovecotConfigInput {
  dir: string;
  imapPort: number;
  imapsPort: number;
  lmtpPort: number | undefined;
  accounts: DovecotAccounts;
  /** LMTP receives full addresses; with domain-less users the local part must be the login. */
  lmtpLocalPartOnly: boolean;
}

export interface PasswdEntry {
  user: string;
  password: string;
  home: string;
}

const MAIL_USER = 'vmail';

/**
 * As root, Dovecot refuses uid 0 for login and mail processes, so they run as the package's
 * dovenull/dovecot users and mail as a dedicated `vmail`. As an ordinary user every process
 * runs as that user (Dovecot cannot switch users anyway).
 */
export async function resolveAccounts(): Promise<DovecotAccounts> {
  const me = userInfo();
  if (me.uid !== 0) {
    const mail = { name: me.username, uid: me.uid, gid: me.gid };
    const group = (await run('id', ['-gn'])).stdout.trim();
    return { loginUser: me.username, internalUser: me.username, internalGroup: group, mail };
  }
  const mail = await ensureMailUser();
  return { loginUser: 'dovenull', internalUser: 'dovecot', internalGroup: undefined, mail };
}

let mailUser: Promise<MailAccount> | undefined;

function ensureMailUser(): Promise<MailAccount> {
  mailUser ??= createMailUserIfMissing();
  return mailUser;
}

async function createMailUserIfMissing(): Promise<MailAccount> {
  // Parallel test workers may race on useradd (lock busy / already exists): re-check and retry.
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = await lookupUser(MAIL_USER);
    if (found) return found;
    await run('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      MAIL_USER,
    ]).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
  throw new Error(
    `could not create the mail system user "${MAIL_USER}" (run \`npm run test:setup\` as root)`,
  );
}

async function lookupUser(name: string): Promise<MailAccount | undefined> {
  try {
    const { stdout } = await run('getent', ['passwd', name]);
    const [, , uid, gid] = stdout.trim().split(':');
    if (uid === undefined || gid === undefined) return undefined;
    return { name, uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

export function renderPasswdFile(entries: readonly PasswdEntry[], mail: MailAccount): string {
  return entries
    .map(({ user, password, home }) => {
      // passwd-file is colon-separated with no escaping.
      if (/[:\n\r]/.test(user + password))
        throw new Error(`user/password must not contain ':' or newlines: ${user}`);
      return `${user}:{PLAIN}${password}:${mail.uid}:${mail.gid}::${home}\n`;
    })
    .join('');
}

export function renderDovecotConfig(input: DovecotConfigInput): string {
  const { dir, accounts } = input;
  const lmtp = input.lmtpPort !== undefined;
  return `# Throwaway test instance: everything lives in ${dir}; /etc/dovecot is never read.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap${lmtp ? ' lmtp' : ''}
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
ssl_min_protocol = TLSv1.2
# Plaintext AUTH is acceptable only because every listener is on loopback.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# The default 2 s penalty after a failed login only slows the tests that provoke one.
auth_failure_delay = 0
default_login_user = ${accounts.loginUser}
default_internal_user = ${accounts.internalUser}
${accounts.internalGroup === undefined ? '' : `default_internal_group = ${accounts.internalGroup}`}
first_valid_uid = ${accounts.mail.uid}
last_valid_uid = ${accounts.mail.uid}
first_valid_gid = ${accounts.mail.gid}
last_valid_gid = ${accounts.mail.gid}
mail_location = maildir:~/Maildir
# Tests throw the data away; fsync only slows them down.
mail_fsync = never

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/users
}

namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}

protocol imap {
  # Parallel tests open many sessions per user from 127.0.0.1 (default limit is 10).
  mail_max_userip_connections = 1000
}

service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${input.imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${input.imapsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
  # Dovecot's documented switch-off for the per-IP auth penalty (2 s doubling to 15 s after a
  # failed login from 127.0.0.1), which would slow every later login in the test run.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
${lmtp ? renderLmtp(input) : ''}`;
}

function renderLmtp(input: DovecotConfigInput): string {
  return `
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${input.lmtpPort ?? 0}
  }
}
protocol lmtp {
  ${input.lmtpLocalPartOnly ? 'auth_username_format = %Ln' : ''}
}
`;
}
