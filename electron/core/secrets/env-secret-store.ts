import { ApiFailure } from '../../../shared/api/result.js';
import type { SecretStore } from './secret-store.js';

/**
 * Read-only secrets from environment variables, for the CLI (`--password-env VAR`): the password
 * never appears in argv (visible in `ps`) or in shell history.
 */
export class EnvSecretStore implements SecretStore {
  readonly #variables: ReadonlyMap<string, string>;
  readonly #env: Readonly<Record<string, string | undefined>>;

  /** `variables` maps a secret key to the name of the environment variable holding it. */
  constructor(variables: Record<string, string>, env: Readonly<Record<string, string | undefined>>) {
    this.#variables = new Map(Object.entries(variables));
    this.#env = env;
  }

  async get(key: string): Promise<string | null> {
    const variable = this.#variables.get(key);
    if (variable === undefined) return null;
    const value = this.#env[variable];
    // An empty variable is a shell mistake (`VAR= cmd`), not an empty password.
    return value === undefined || value === '' ? null : value;
  }

  async set(key: string, _value?: string): Promise<void> {
    throw this.#readOnly(key);
  }

  async delete(key: string): Promise<void> {
    throw this.#readOnly(key);
  }

  #readOnly(key: string): ApiFailure {
    const variable = this.#variables.get(key);
    const hint = variable === undefined ? '' : ` (set ${variable} in the environment instead)`;
    return new ApiFailure(
      'invalid-request',
      `Secrets come from the environment here and cannot be changed${hint}`,
    );
  }
}
