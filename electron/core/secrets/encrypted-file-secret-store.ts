import { readFile, rename } from 'node:fs/promises';
import { ApiFailure } from '../../../shared/api/result.js';
import { writeFileAtomic } from './atomic-write.js';
import type { SecretStore } from './secret-store.js';

/** The shape of Electron's `safeStorage`, injected so the core never imports electron. */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

interface SecretsFile {
  version: 1;
  /** key -> base64 of the OS-encrypted bytes */
  secrets: Record<string, string>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Passwords encrypted by the OS keychain (via safeStorage), kept as base64 in a small JSON file
 * in the data dir. It refuses to store anything when encryption is unavailable rather than fall
 * back to clear text: a password in a readable file is worse than asking for it again.
 */
export class EncryptedFileSecretStore implements SecretStore {
  readonly #file: string;
  readonly #cipher: StringCipher;
  #cache: Map<string, string> | null = null;
  // One operation at a time: set() is read-modify-write of a shared file.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: { file: string; cipher: StringCipher }) {
    this.#file = options.file;
    this.#cipher = options.cipher;
  }

  get(key: string): Promise<string | null> {
    return this.#serial(async () => {
      const encrypted = (await this.#load()).get(key);
      if (encrypted === undefined) return null;
      this.#requireEncryption();
      try {
        return this.#cipher.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        throw new ApiFailure(
          'store-corrupt',
          'A saved password can no longer be decrypted (did the system keychain change?); enter it again.',
        );
      }
    });
  }

  set(key: string, value: string): Promise<void> {
    return this.#serial(async () => {
      this.#requireEncryption();
      // A copy, so a failed write leaves the cache equal to the disk.
      const secrets = new Map(await this.#loadOrSetAsideCorrupt());
      secrets.set(key, this.#cipher.encryptString(value).toString('base64'));
      await this.#save(secrets);
    });
  }

  delete(key: string): Promise<void> {
    return this.#serial(async () => {
      const secrets = new Map(await this.#loadOrSetAsideCorrupt());
      if (!secrets.delete(key)) return;
      await this.#save(secrets);
    });
  }

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(operation, operation);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #requireEncryption(): void {
    if (!this.#cipher.isEncryptionAvailable()) {
      throw new ApiFailure(
        'encryption-unavailable',
        'The system keychain is not available, so the password cannot be stored safely and was not saved.',
        'On Linux this needs a running Secret Service (GNOME Keyring, KWallet).',
      );
    }
  }

  async #load(): Promise<Map<string, string>> {
    if (this.#cache !== null) return this.#cache;
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return (this.#cache = new Map());
      throw error;
    }
    const parsed = parseSecretsFile(text);
    if (parsed === null)
      throw new ApiFailure('store-corrupt', 'The saved-passwords file is unreadable.', this.#file);
    return (this.#cache = new Map(Object.entries(parsed.secrets)));
  }

  /** Writing over an unreadable file: keep the old one beside it (it may still be recoverable). */
  async #loadOrSetAsideCorrupt(): Promise<Map<string, string>> {
    try {
      return await this.#load();
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.code !== 'store-corrupt') throw error;
      await rename(this.#file, `${this.#file}.corrupt-${Date.now()}`);
      return (this.#cache = new Map());
    }
  }

  async #save(secrets: Map<string, string>): Promise<void> {
    const body: SecretsFile = { version: 1, secrets: Object.fromEntries(secrets) };
    await writeFileAtomic(this.#file, `${JSON.stringify(body, null, 2)}\n`);
    this.#cache = secrets;
  }
}

function parseSecretsFile(text: string): SecretsFile | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('version' in value) || value.version !== 1)
    return null;
  if (!('secrets' in value) || typeof value.secrets !== 'object' || value.secrets === null) return null;
  const secrets: Record<string, string> = {};
  for (const [key, encrypted] of Object.entries(value.secrets)) {
    if (typeof encrypted !== 'string' || !BASE64.test(encrypted)) return null;
    secrets[key] = encrypted;
  }
  return { version: 1, secrets };
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
