import { z } from 'zod';
import type { CallChannel, EventChannel } from './channels.js';
import { accountSettingsSchema, accountViewSchema, setPasswordRequestSchema } from './schemas/account.js';
import { appInfoSchema } from './schemas/app.js';
import { messageMetaSchema, storedBodySchema } from './schemas/message.js';
import { syncProgressSchema, syncReportSchema, syncStatusSchema } from './schemas/sync.js';
import { accountTestRequestSchema, accountTestResultSchema } from './schemas/desk-account-test.js';
import { demoLoadResultSchema } from './schemas/desk-demo.js';
import { searchRequestSchema, searchResultSchema } from './schemas/desk-search.js';
import {
  correctionsResultSchema,
  reportSpamRequestSchema,
  resetCorrectionsRequestSchema,
  resetCorrectionsResultSchema,
  responseMetricsSchema,
  staffSettingsSchema,
  triageActRequestSchema,
  triageActResultSchema,
} from './schemas/triage.js';
import {
  attachRequestSchema,
  dailyUsageSchema,
  detachRequestSchema,
  draftAttachmentSchema,
  draftInputSchema,
  draftRequestSchema,
  draftResultSchema,
  draftSchema,
  replySettingsSchema,
  sendResultSchema,
} from './schemas/replies.js';
import {
  outboxDiscardResultSchema,
  outboxItemRequestSchema,
  outboxItemSchema,
  outboxListRequestSchema,
  outboxListResultSchema,
} from './schemas/outbox.js';
import {
  renderRequestSchema,
  renderResultSchema,
  suggestRequestSchema,
  suggestResultSchema,
  templateDeleteResultSchema,
  templateExportResultSchema,
  templateIdRequestSchema,
  templateImportPreviewSchema,
  templateImportRequestSchema,
  templateImportResultSchema,
  templateInputSchema,
  templateListResultSchema,
  templateRestoreRequestSchema,
  templateSettingsSchema,
  templateViewSchema,
} from './schemas/templates.js';
import {
  openExternalRequestSchema,
  openExternalResultSchema,
  saveAttachmentRequestSchema,
  saveAttachmentResultSchema,
} from './schemas/shell.js';
import {
  listRequestSchema,
  listResultSchema,
  MESSAGES_PAGE_LIMIT,
  rawResultSchema,
  redecodeRequestSchema,
  redecodeResultSchema,
  threadRequestSchema,
  threadResultSchema,
  viewCountsSchema,
} from './schemas/desk-views.js';

/**
 * THE contract between the window and the core. Requests are strict (an unknown key is a caller
 * bug, reported as 'invalid-request'); results are plain objects, so validating them strips any
 * key the contract does not name — nothing the core carries by accident crosses the bridge.
 * Schemas use no transforms or defaults, so a request's input and output types are the same.
 */
export interface CallSpec {
  request: z.ZodType;
  result: z.ZodType;
}

const empty = z.strictObject({});

export const MESSAGES_PAGE_MAX = MESSAGES_PAGE_LIMIT;

export const calls = {
  'app:info': { request: empty, result: appInfoSchema },
  'account:get': { request: empty, result: accountViewSchema },
  'account:set': { request: accountSettingsSchema, result: empty },
  // Write-only on purpose: no call returns a password.
  'account:set-password': { request: setPasswordRequestSchema, result: empty },
  'sync:run': { request: empty, result: syncReportSchema },
  'sync:status': { request: empty, result: syncStatusSchema },
  // view: needs-reply | all | buyer | no-reply | sent | spam (shared/domain/views.ts), newest first.
  'messages:list': { request: listRequestSchema, result: listResultSchema },
  'messages:get': {
    request: z.strictObject({ id: z.string().min(1).max(256) }),
    result: z.object({ meta: messageMetaSchema, body: storedBodySchema }),
  },
  // The desk (issue 3): views, threads, raw source, search, connection test, demo mailbox.
  'messages:counts': { request: empty, result: viewCountsSchema },
  'messages:thread': { request: threadRequestSchema, result: threadResultSchema },
  'messages:raw': { request: threadRequestSchema, result: rawResultSchema },
  'messages:redecode': { request: redecodeRequestSchema, result: redecodeResultSchema },
  'search:query': { request: searchRequestSchema, result: searchResultSchema },
  // The password is used for this test only; it is neither stored nor returned.
  'account:test': { request: accountTestRequestSchema, result: accountTestResultSchema },
  'demo:load': { request: empty, result: demoLoadResultSchema },
  // Triage (issue 4): actions are applied locally at once and replayed to the shared mailbox as
  // IMAP keywords; corrections teach this desk's classifier; metrics as the marketplace counts.
  'triage:act': { request: triageActRequestSchema, result: triageActResultSchema },
  'triage:report-spam': { request: reportSpamRequestSchema, result: triageActResultSchema },
  'triage:corrections': { request: empty, result: correctionsResultSchema },
  'triage:reset-corrections': {
    request: resetCorrectionsRequestSchema,
    result: resetCorrectionsResultSchema,
  },
  'triage:staff': { request: empty, result: staffSettingsSchema },
  'triage:set-staff': { request: staffSettingsSchema, result: empty },
  'metrics:get': { request: empty, result: responseMetricsSchema },
  // Replies (issue 5): drafts autosave locally; send re-checks compliance in the core, fixes the
  // Message-ID and persists the reply in the outbox before anything goes on the wire.
  'drafts:get': { request: draftRequestSchema, result: draftResultSchema },
  'drafts:save': { request: draftInputSchema, result: draftSchema },
  'drafts:discard': { request: draftRequestSchema, result: empty },
  'drafts:attach': { request: attachRequestSchema, result: draftAttachmentSchema },
  'drafts:detach': { request: detachRequestSchema, result: empty },
  'replies:send': { request: draftInputSchema, result: sendResultSchema },
  'replies:settings': { request: empty, result: replySettingsSchema },
  'replies:set-settings': { request: replySettingsSchema, result: empty },
  'outbox:list': { request: outboxListRequestSchema, result: outboxListResultSchema },
  'outbox:usage': { request: empty, result: dailyUsageSchema },
  'outbox:retry': { request: outboxItemRequestSchema, result: outboxItemSchema },
  // After a collision: the user has seen the other reply / the newer message and sends anyway.
  'outbox:send-anyway': { request: outboxItemRequestSchema, result: outboxItemSchema },
  'outbox:discard': { request: outboxItemRequestSchema, result: outboxDiscardResultSchema },
  // Templates (issue 6): a local library checked by the compliance gate on save; render leaves a
  // missing value as its `{{placeholder}}`, which the gate blocks, so nothing half-filled is sent.
  'templates:list': { request: empty, result: templateListResultSchema },
  'templates:save': { request: templateInputSchema, result: templateViewSchema },
  'templates:duplicate': { request: templateIdRequestSchema, result: templateViewSchema },
  'templates:delete': { request: templateIdRequestSchema, result: templateDeleteResultSchema },
  'templates:restore': { request: templateRestoreRequestSchema, result: templateViewSchema },
  'templates:mark-reviewed': { request: templateIdRequestSchema, result: templateViewSchema },
  'templates:export': { request: empty, result: templateExportResultSchema },
  'templates:import-preview': { request: templateImportRequestSchema, result: templateImportPreviewSchema },
  'templates:import-apply': { request: templateImportRequestSchema, result: templateImportResultSchema },
  'templates:settings': { request: empty, result: templateSettingsSchema },
  'templates:set-settings': { request: templateSettingsSchema, result: empty },
  'templates:suggest': { request: suggestRequestSchema, result: suggestResultSchema },
  'templates:render': { request: renderRequestSchema, result: renderResultSchema },
  // Implemented by main, not the core (the core never imports electron): main re-checks the URL
  // with the same policy the link dialog showed, and hands the browser the normalised href only.
  'shell:open-external': { request: openExternalRequestSchema, result: openExternalResultSchema },
  // Also main's: the bytes come from the core's stored source, the path from the system dialog.
  'shell:save-attachment': { request: saveAttachmentRequestSchema, result: saveAttachmentResultSchema },
} as const satisfies Record<CallChannel, CallSpec>;

export const events = {
  'sync:progress': syncProgressSchema,
  'sync:status-changed': syncStatusSchema,
  'messages:changed': z.object({ ids: z.array(z.string()) }),
  'outbox:changed': z.object({ ids: z.array(z.string()) }),
} as const satisfies Record<EventChannel, z.ZodType>;
