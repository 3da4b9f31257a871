import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function hasMbsync(): Promise<boolean> {
  try {
    await run('mbsync', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/**
 * isync's initial sync of INBOX into a fresh Maildir on the same filesystem as ours. FSync off
 * for mbsync and fsync on for us would flatter mbsync; our store fsyncs once per batch, so we
 * leave mbsync's default (FSync yes) for a like-for-like durability comparison.
 */
export async function benchMbsync(opts: {
  port: number;
  user: string;
  pass: string;
  caFile: string;
}): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'hd-bench-mbsync-'));
  try {
    const maildir = join(dir, 'mail');
    await mkdir(maildir);
    const config = join(dir, 'mbsyncrc');
    await writeFile(
      config,
      [
        'IMAPAccount bench',
        'Host localhost', // mbsync checks the certificate's DNS name, not its IP SAN
        `Port ${opts.port}`,
        `User ${opts.user}`,
        `Pass ${opts.pass}`,
        'SSLType IMAPS',
        `CertificateFile ${opts.caFile}`,
        '',
        'IMAPStore remote',
        'Account bench',
        '',
        'MaildirStore local',
        `Path ${maildir}/`,
        `Inbox ${maildir}/INBOX`,
        '',
        'Channel bench',
        'Far :remote:',
        'Near :local:',
        'Patterns INBOX',
        'Create Near',
        'SyncState *',
        '',
      ].join('\n'),
    );
    const started = performance.now();
    await run('mbsync', ['-c', config, '-q', 'bench'], { maxBuffer: 16 * 1024 * 1024 });
    return performance.now() - started;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
