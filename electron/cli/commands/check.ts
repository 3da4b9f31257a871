import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { attachmentPurposeSchema, complianceSettingsSchema } from '../../../shared/api/schemas/replies.js';
import { checkDraft, isSendable } from '../../../shared/domain/compliance/check.js';
import {
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceSettings,
} from '../../../shared/domain/compliance/types.js';
import { CliError, type CliIo } from '../output.js';

/*
 * `cli check [--settings FILE]` — a stable interface scripts rely on (issue 5):
 *   stdin:  one JSON draft {subject, body, html?, attachments?: [{filename, contentType, size}],
 *           buyerLanguage?, orderIds?, confirmedLinks?, orderCompletedAt?, proactive?}
 *   stdout: one JSON array of findings [{rule, severity, message, start, end, field, excerpt}],
 *           blocking ones first
 *   exit:   0 sendable (nothing, or warnings only), 2 blocked, 1 unreadable input or settings,
 *           64 usage.
 * --settings FILE: a JSON object with any of the compliance settings (allowedDomains, ownDomains,
 * disabledRules, ...); the rest keep their defaults.
 */

export const blockedExit = 2;

// The contract caps a body at 100,000 characters; this leaves room for HTML and attachments' names.
const MAX_INPUT_BYTES = 4_000_000;

export const checkInputSchema = z.object({
  subject: z.string(),
  body: z.string(),
  html: z.string().nullable().optional(),
  attachments: z
    .array(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        size: z.number().nonnegative(),
        purpose: attachmentPurposeSchema.optional(),
      }),
    )
    .optional(),
  buyerLanguage: z.enum(['ja', 'zh', 'ko', 'en', 'other']).nullable().optional(),
  orderIds: z.array(z.string()).optional(),
  confirmedLinks: z.array(z.string()).optional(),
  orderCompletedAt: z.string().nullable().optional(),
  proactive: z.boolean().optional(),
});

/** "attachments.0.size: Invalid input: expected number, received string" for each problem. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(draft)'}: ${i.message}`)
    .join('; ');
}

function parseJson(text: string, what: string): unknown {
  try {
    // Windows tools (PowerShell's Out-File) start UTF-8 text with a BOM, which JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(
      `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** All of stdin, decoded once at the end so a character split across chunks stays whole. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    bytes += buf.length;
    if (bytes > MAX_INPUT_BYTES) throw new CliError(`the draft on stdin is over ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function loadSettings(path: string | undefined): Promise<ComplianceSettings> {
  if (path === undefined) return DEFAULT_COMPLIANCE_SETTINGS;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read the settings file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = complianceSettingsSchema.partial().safeParse(parseJson(text, `the settings file ${path}`));
  if (!parsed.success)
    throw new CliError(`the settings file ${path} is not usable: ${describeIssues(parsed.error)}`);
  return { ...DEFAULT_COMPLIANCE_SETTINGS, ...parsed.data };
}

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { settings: { type: 'string' } }, strict: true });
  const settings = await loadSettings(values.settings);
  const text = await readAll(io.stdin);
  if (text.trim() === '')
    throw new CliError('no draft on stdin: expected one JSON object {subject, body, ...}');
  const parsed = checkInputSchema.safeParse(parseJson(text, 'the draft on stdin'));
  if (!parsed.success)
    throw new CliError(`the draft on stdin is not usable: ${describeIssues(parsed.error)}`);
  const findings = checkDraft(parsed.data, settings, new Date());
  io.out(
    JSON.stringify(
      findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        field: f.field,
        excerpt: f.excerpt,
      })),
    ),
  );
  return isSendable(findings) ? 0 : blockedExit;
}
