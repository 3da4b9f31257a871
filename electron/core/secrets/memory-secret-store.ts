import type { SecretStore } from './secret-store.js';

/** For tests and throw-away sessions: nothing reaches the disk. */
export class MemorySecretStore implements SecretStore {
  readonly #values = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.#values.set(key, value);
  }

  async get(key: string): Promise<string | null> {
    return this.#values.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.#values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}
