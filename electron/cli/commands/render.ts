import { parseArgs } from 'node:util';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../shared/domain/templates/types.js';
import { renderForMessage } from '../../core/templates/render-for-message.js';
import { TemplateChecks } from '../../core/templates/template-checks.js';
import { CliError, usageExit, type CliIo } from '../output.js';
import { requireDataDir } from './common.js';
import { cliFailure, withLibrary } from './templates.js';

/*
 * `cli render --data-dir DIR --template ID --message MESSAGE_ID [--lang ja|en|zh|ko]` — a stable
 * interface scripts rely on (issue 6): the template personalised for the message, as one JSON
 * object {subject, body, missing, language}. A value the desk does not have stays `{{name}}` in
 * the text and is named in `missing` (the compliance check blocks sending it as it is).
 * --lang picks the variant (default: the message's language, else the template's default).
 * Exit: 0 rendered, 1 unknown template or message, 2 the template is blocked by a compliance
 * finding (as `cli check`), 64 usage. Rendering here never counts as a use.
 */

export const blockedTemplateExit = 2;

function parseLang(value: string | undefined): TemplateLanguage | null {
  if (value === undefined) return null;
  const lang = TEMPLATE_LANGUAGES.find((l) => l === value);
  if (lang === undefined)
    throw new CliError(`--lang must be one of ${TEMPLATE_LANGUAGES.join(', ')} (got "${value}")`, usageExit);
  return lang;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`${flag} is required`, usageExit);
  return value;
}

export async function renderCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      template: { type: 'string' },
      message: { type: 'string' },
      lang: { type: 'string' },
    },
    strict: true,
  });
  const dataDir = requireDataDir(values['data-dir']);
  const templateId = required(values.template, '--template ID');
  const messageId = required(values.message, '--message MESSAGE_ID');
  const language = parseLang(values.lang);
  const result = await withLibrary(dataDir, io, (store, library) =>
    renderForMessage(
      { store, library, checks: new TemplateChecks(), now: new Date() },
      { templateId, messageId, language, values: {}, use: false },
    ).catch((error: unknown) => {
      throw cliFailure(error, { forbidden: blockedTemplateExit });
    }),
  );
  io.out(
    JSON.stringify({
      subject: result.subject,
      body: result.body,
      missing: result.missing,
      language: result.language,
    }),
  );
  return 0;
}
