/** Where the CLI writes: JSON on stdout (the interface scripts rely on), people's text on stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  stdin: process.stdin,
};

/** A failure the user can act on: printed as is, with the exit status given. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

export const usageExit = 64; // EX_USAGE (sysexits.h)
