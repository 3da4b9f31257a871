/** Where passwords live. Keys are opaque names chosen by the core (e.g. 'imap-password'). */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}
