import { chownSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface SeedMessage {
  raw: Buffer;
  /** IMAP flags (`'\\Seen $Label1'` or an array) or Maildir letters (`'RS'`). */
  flags?: string | readonly string[];
  /** INTERNALDATE; Dovecot's Maildir takes it from the file mtime. Defaults to now. */
  internalDate?: Date;
}

export interface SeedOwner {
  uid: number;
  gid: number;
  /** chown only when running as root; otherwise files already belong to the mail user. */
  chown: boolean;
}

const SYSTEM_FLAGS: Readonly<Record<string, string>> = {
  '\\draft': 'D',
  '\\flagged': 'F',
  '\\answered': 'R',
  '\\seen': 'S',
  '\\deleted': 'T',
};
const MAILDIR_LETTERS = /^[DFPRST]*$/;
const HOST = hostname().replace(/[^A-Za-z0-9.-]/g, '_');
let counter = 0;

/** On-disk directory of a folder in Maildir++ layout (`Sent` → `.Sent`, `A/B` → `.A.B`). */
export function folderDir(maildir: string, folder: string): string {
  if (folder.toUpperCase() === 'INBOX') return maildir;
  if (folder.includes('.')) throw new Error(`Maildir++ cannot hold '.' in a folder name: ${folder}`);
  return join(maildir, `.${encodeMutf7(folder).split('/').join('.')}`);
}

/**
 * Writes messages the way Dovecot's own delivery does (tmp/ then rename into cur/), so a
 * running server never sees half a file. 10k messages take seconds; IMAP APPEND takes ~30 s.
 */
export async function seedMaildir(
  maildir: string,
  folder: string,
  messages: readonly SeedMessage[],
  owner: SeedOwner,
): Promise<void> {
  const dir = folderDir(maildir, folder);
  await ensureMaildir(maildir, dir, owner);
  const letters = await flagLetters(dir, messages, owner);
  // One timestamp per batch and a rising counter: Dovecot assigns UIDs in file-name order,
  // so UIDs follow the order of `messages` whatever their internal dates.
  const now = Math.floor(Date.now() / 1000);
  const names = messages.map((message, index) => {
    counter += 1;
    const size = message.raw.length;
    const crlfSize = size + countBareLf(message.raw);
    const id = String(counter).padStart(9, '0');
    return `${now}.M${id}P${process.pid}.${HOST},S=${size},W=${crlfSize}:2,${letters[index] ?? ''}`;
  });
  // Synchronous calls: for thousands of small files they beat the libuv pool (~1.5x here), and
  // seeding happens in test setup where blocking the loop for a moment is harmless.
  messages.forEach((message, index) => {
    const name = names[index] ?? '';
    const tmpPath = join(dir, 'tmp', name);
    writeFileSync(tmpPath, message.raw);
    if (owner.chown) chownSync(tmpPath, owner.uid, owner.gid);
    const date = message.internalDate ?? new Date();
    utimesSync(tmpPath, date, date);
    renameSync(tmpPath, join(dir, 'cur', name));
  });
}

async function ensureMaildir(maildir: string, dir: string, owner: SeedOwner): Promise<void> {
  const dirs = [maildir, ...['cur', 'new', 'tmp'].map((d) => join(maildir, d))];
  if (dir !== maildir) dirs.push(dir, ...['cur', 'new', 'tmp'].map((d) => join(dir, d)));
  for (const path of dirs) {
    await mkdir(path, { recursive: true, mode: 0o700 });
    if (owner.chown) await chown(path, owner.uid, owner.gid);
  }
  if (dir !== maildir) {
    // Dovecot marks Maildir++ subfolders with this empty file (delivery agents rely on it).
    const marker = join(dir, 'maildirfolder');
    await writeFile(marker, '', { flag: 'a' });
    if (owner.chown) await chown(marker, owner.uid, owner.gid);
  }
}

/** Maildir flag letters per message; keywords map to a–z through the folder's dovecot-keywords file. */
async function flagLetters(
  dir: string,
  messages: readonly SeedMessage[],
  owner: SeedOwner,
): Promise<string[]> {
  const keywordsPath = join(dir, 'dovecot-keywords');
  const existing = await readFile(keywordsPath, 'utf8').catch(() => '');
  const keywords = existing
    .split('\n')
    .map((line) => /^(\d+) (.+)$/.exec(line))
    .reduce<string[]>((list, match) => {
      if (match?.[1] !== undefined && match[2] !== undefined) list[Number(match[1])] = match[2];
      return list;
    }, []);
  const before = keywords.length;
  const result = messages.map((message) => {
    const flags = message.flags ?? '';
    if (typeof flags === 'string' && MAILDIR_LETTERS.test(flags)) return [...flags].sort().join('');
    const tokens = typeof flags === 'string' ? flags.split(/\s+/).filter(Boolean) : flags;
    const letters = new Set<string>();
    for (const token of tokens) {
      const system = SYSTEM_FLAGS[token.toLowerCase()];
      if (system !== undefined) {
        letters.add(system);
        continue;
      }
      if (token.startsWith('\\')) throw new Error(`unknown system flag ${token}`);
      let index = keywords.indexOf(token);
      if (index < 0) index = keywords.push(token) - 1;
      // Maildir file names have only the letters a–z for keywords (Dovecot keeps more in its index).
      if (index >= 26) throw new Error(`more than 26 keywords in ${dir}`);
      letters.add(String.fromCharCode(97 + index));
    }
    return [...letters].sort().join('');
  });
  if (keywords.length > before) {
    await writeFile(keywordsPath, keywords.map((k, i) => `${i} ${k}\n`).join(''));
    if (owner.chown) await chown(keywordsPath, owner.uid, owner.gid);
  }
  return result;
}

function countBareLf(raw: Buffer): number {
  let count = 0;
  for (let i = raw.indexOf(10); i >= 0; i = raw.indexOf(10, i + 1)) {
    if (i === 0 || raw[i - 1] !== 13) count += 1;
  }
  return count;
}

/** Modified UTF-7 (RFC 3501 §5.1.3): how Dovecot names non-ASCII folders on disk. */
export function encodeMutf7(name: string): string {
  return name.replace(/&|[^\x20-\x7e]+/g, (run) => {
    if (run === '&') return '&-';
    const utf16 = Buffer.alloc(run.length * 2);
    for (let i = 0; i < run.length; i++) utf16.writeUInt16BE(run.charCodeAt(i), i * 2);
    return `&${utf16.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
  });
}
