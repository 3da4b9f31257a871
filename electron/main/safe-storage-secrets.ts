import { join } from 'node:path';
import { safeStorage } from 'electron';
import { EncryptedFileSecretStore, type StringCipher } from '../core/secrets/encrypted-file-secret-store.js';

/**
 * On Linux without a Secret Service, safeStorage falls back to 'basic_text': "encrypted" with a
 * key hard-coded in Chromium, i.e. clear text in disguise. Count that as unavailable.
 * Must be used after app 'ready' (safeStorage needs it on Linux).
 */
export function safeStorageCipher(): StringCipher {
  return {
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  };
}

export function createSafeStorageSecretStore(dataDir: string): EncryptedFileSecretStore {
  return new EncryptedFileSecretStore({ file: join(dataDir, 'secrets.json'), cipher: safeStorageCipher() });
}
