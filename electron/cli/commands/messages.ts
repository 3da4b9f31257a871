import { parseArgs } from 'node:util';
import type { MessageMeta } from '../../../shared/domain/message.js';
import type { Store } from '../../core/store/index.js';
import type { CliIo } from '../output.js';
import { requireDataDir, withStore } from './common.js';

/** The stable line format of `cli messages` (documented in the README). */
async function messageLine(store: Store, meta: MessageMeta): Promise<string> {
  let text = '';
  let bodyError: string | null = null;
  try {
    text = (await store.readBody(meta.id)).text;
  } catch (error) {
    bodyError = error instanceof Error ? error.message : String(error);
  }
  return JSON.stringify({
    id: meta.id,
    mailbox: meta.mailbox,
    uid: meta.uid,
    messageId: meta.messageId,
    date: meta.date,
    from: meta.from,
    to: meta.to,
    subject: meta.subject,
    text,
    language: meta.language,
    orderIds: meta.orderIds,
    buyer: meta.buyer,
    isAutomated: meta.automated !== 'none',
    automated: meta.automated,
    attachments: meta.attachments,
    flags: meta.flags,
    threadId: meta.threadId,
    charset: meta.charset,
    parseError: meta.parseError,
    downloaded: meta.downloaded,
    expunged: meta.expungedAt !== null,
    ...(bodyError ? { bodyError } : {}),
  });
}

export async function messagesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, 'include-expunged': { type: 'boolean' } },
    strict: true,
  });
  await withStore(requireDataDir(values['data-dir']), io, async (store) => {
    for (const meta of store.listMessages({
      order: 'sync',
      includeExpunged: values['include-expunged'] ?? false,
    })) {
      io.out(await messageLine(store, meta));
    }
  });
  return 0;
}
