import { z } from 'zod';
import { VIEW_NAMES } from '../../domain/views.js';
import { idSchema, isoDateTimeSchema, messageMetaSchema, storedBodySchema } from './message.js';
import { queueSummarySchema } from './triage.js';

/** Requests and results of the desk's reading calls: views, threads, raw source, re-decoding. */

export const MESSAGES_PAGE_LIMIT = 500;

export const viewNameSchema = z.enum(VIEW_NAMES);

export const listRequestSchema = z.strictObject({
  view: viewNameSchema.optional(),
  offset: z.int().nonnegative().optional(),
  limit: z.int().min(1).max(MESSAGES_PAGE_LIMIT).optional(),
});

export const listResultSchema = z.object({
  total: z.int().nonnegative(),
  items: z.array(queueSummarySchema),
});

const count = z.int().nonnegative();

export const viewCountsSchema = z.object({
  needsReply: count,
  all: count,
  buyer: count,
  noReply: count,
  sent: count,
  spam: count,
});

export const threadRequestSchema = z.strictObject({ id: idSchema });

export const buyerThreadSchema = z.object({
  threadId: z.string(),
  subject: z.string(),
  orderIds: z.array(z.string()),
  lastDate: isoDateTimeSchema,
  count,
  /** Opens that thread in the reading pane (the thread view takes any of its messages). */
  lastMessageId: z.string(),
});

export const threadResultSchema = z.object({
  messages: z.array(messageMetaSchema),
  buyerHistory: z.array(buyerThreadSchema),
});

/** What a raw-source view shows at most; a 20 MB attachment must not freeze the window. */
export const RAW_SOURCE_CAP = 2 * 1024 * 1024;

export const rawResultSchema = z.object({
  source: z.string(),
  /** How the bytes were turned into text for display: UTF-8 when valid, else Latin-1 (byte = char). */
  encoding: z.enum(['utf-8', 'latin1']),
  size: count,
  truncated: z.boolean(),
});

/** Charsets offered by "re-decode as…": the ones our buyers' mailers actually mislabel. */
export const REDECODE_CHARSETS = [
  'utf-8',
  'iso-2022-jp',
  'shift_jis',
  'euc-jp',
  'gb18030',
  'gbk',
  'gb2312',
  'big5',
  'euc-kr',
  'ks_c_5601-1987',
  'iso-8859-1',
  'windows-1252',
] as const;

export const redecodeRequestSchema = z.strictObject({ id: idSchema, charset: z.enum(REDECODE_CHARSETS) });

export const redecodeResultSchema = storedBodySchema.extend({ charset: z.string().nullable() });
