/** Errors the store throws, each with a stable `code` the API layer can pass to the UI as data. */

export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Another live process owns the data directory: two writers would overwrite each other's shards. */
export class StoreLockedError extends StoreError {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      'STORE_LOCKED',
      `The data directory is in use by another running process (pid ${pid}). Close the other window ` +
        `or command, or delete ${lockPath} if no such process exists.`,
    );
  }
}

/** A document was written by a newer version of the app; touching it would lose its new fields. */
export class StoreTooNewError extends StoreError {
  constructor(
    readonly file: string,
    readonly version: number,
    readonly supported: number,
  ) {
    super(
      'STORE_TOO_NEW',
      `${file} has schema version ${version}, newer than this app supports (${supported}). Update the app.`,
    );
  }
}

export class BlobMissingError extends StoreError {
  constructor(
    readonly messageId: string,
    detail: string,
  ) {
    super('BLOB_MISSING', `The stored copy of message ${messageId} is unavailable: ${detail}`);
  }
}

export class UnknownMessageError extends StoreError {
  constructor(readonly messageId: string) {
    super('UNKNOWN_MESSAGE', `No message with id ${messageId} in the store`);
  }
}

export class StoreClosedError extends StoreError {
  constructor() {
    super('STORE_CLOSED', 'The store has been closed');
  }
}
