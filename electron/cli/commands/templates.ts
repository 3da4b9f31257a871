import { parseArgs } from 'node:util';
import { ApiFailure } from '../../../shared/api/result.js';
import { TEMPLATE_LANGUAGES } from '../../../shared/domain/templates/types.js';
import { readReplySettings } from '../../core/replies/reply-settings-store.js';
import type { Store } from '../../core/store/index.js';
import { TemplateChecks } from '../../core/templates/template-checks.js';
import { TemplateLibrary } from '../../core/templates/template-library.js';
import { CliError, type CliIo } from '../output.js';
import { requireDataDir, withStore } from './common.js';

/*
 * `cli templates --data-dir DIR` — a stable interface scripts rely on (issue 6): one JSON line
 * per template, in library order:
 *   {id, name, languages, defaultLanguage, kinds, tags, blocked, reviewDue, starter}
 * `blocked`: a blocking compliance finding or placeholder syntax error (cannot be inserted);
 * `reviewDue`: not reviewed within the review period (templates settings, 90 days by default).
 * A library never opened before is seeded with the starter templates, as the app would.
 */

/**
 * Opens the store (which holds the data directory's lock, so the app cannot write the library at
 * the same time) and the template library beside it.
 */
export function withLibrary<T>(
  dataDir: string,
  io: CliIo,
  use: (store: Store, library: TemplateLibrary) => Promise<T>,
): Promise<T> {
  return withStore(
    dataDir,
    io,
    async (store) => {
      const library = await TemplateLibrary.open(dataDir, { now: () => new Date() });
      try {
        return await use(store, library);
      } finally {
        await library.close();
      }
    },
    { mustExist: true },
  );
}

/** The core's failures as the CLI's: `exitCode` for refusals that are not errors (blocked). */
export function cliFailure(error: unknown, codes: Partial<Record<ApiFailure['code'], number>> = {}): unknown {
  return error instanceof ApiFailure ? new CliError(error.message, codes[error.code] ?? 1) : error;
}

export async function templatesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } }, strict: true });
  await withLibrary(requireDataDir(values['data-dir']), io, async (store, library) => {
    const compliance = readReplySettings(store).compliance;
    const views = new TemplateChecks().views(library.list(), compliance, library.settings(), new Date());
    for (const { template, blocked, reviewDue } of views) {
      io.out(
        JSON.stringify({
          id: template.id,
          name: template.name,
          languages: TEMPLATE_LANGUAGES.filter((l) => template.variants[l] !== undefined),
          defaultLanguage: template.defaultLanguage,
          kinds: template.kinds,
          tags: template.tags,
          blocked,
          reviewDue,
          starter: template.starter,
        }),
      );
    }
  });
  return 0;
}
