/**
 * The headless helpdesk: the same core as the app behind a command line. Output formats are
 * relied on by scripts: JSON on stdout, progress and warnings on stderr.
 */
import { checkCommand } from './commands/check.js';
import { classifyCommand } from './commands/classify.js';
import { messagesCommand } from './commands/messages.js';
import { metricsCommand } from './commands/metrics.js';
import { renderCommand } from './commands/render.js';
import { syncCommand } from './commands/sync.js';
import { templatesCommand } from './commands/templates.js';
import { CliError, processIo, usageExit, type CliIo } from './output.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  sync: syncCommand,
  messages: messagesCommand,
  classify: classifyCommand,
  metrics: metricsCommand,
  check: checkCommand,
  templates: templatesCommand,
  render: renderCommand,
};

const usage = `usage: npm run -s cli -- <command> [options]
  sync      --data-dir DIR --imap imap://USER@HOST:PORT --tls starttls|implicit|none [--ca FILE] --password-env VAR
  messages  --data-dir DIR [--include-expunged]
  classify  [--data-dir DIR]   JSON lines {id, subject, body} on stdin -> {id, category, confidence, cues}
  metrics   --data-dir DIR [--now ISO-8601]
  check     [--settings FILE]   one JSON draft {subject, body, html?, attachments?, ...} on stdin -> JSON findings; exit 2 when blocked
  templates --data-dir DIR   one JSON line per template {id, name, languages, defaultLanguage, kinds, tags, blocked, reviewDue, starter}
  render    --data-dir DIR --template ID --message MESSAGE_ID [--lang ja|en|zh|ko]   -> JSON {subject, body, missing, language}; exit 2 when the template is blocked`;

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name ? `unknown command "${name}"\n${usage}` : usage);
    return usageExit;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`error: ${(error as Error).message}\n${usage}`);
      return usageExit;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// Run when executed directly (tsx electron/cli/index.ts), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  // The reader went away (`cli classify | head -1`): stop quietly with the status a shell gives a
  // tool killed by SIGPIPE (128 + 13), as cat or grep would, instead of a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(141);
  });
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
