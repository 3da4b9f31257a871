/**
 * The allow-list of channel names, without zod, so the sandboxed preload bundle stays tiny.
 * contract.ts checks at compile time (and a unit test at run time) that these match its schemas.
 */
export const CALL_CHANNELS = [
  'app:info',
  'account:get',
  'account:set',
  'account:set-password',
  'sync:run',
  'sync:status',
  'messages:list',
  'messages:get',
  'messages:counts',
  'messages:thread',
  'messages:raw',
  'messages:redecode',
  'search:query',
  'account:test',
  'demo:load',
  'triage:act',
  'triage:report-spam',
  'triage:corrections',
  'triage:reset-corrections',
  'triage:staff',
  'triage:set-staff',
  'metrics:get',
  'drafts:get',
  'drafts:save',
  'drafts:discard',
  'drafts:attach',
  'drafts:detach',
  'replies:send',
  'replies:settings',
  'replies:set-settings',
  'outbox:list',
  'outbox:usage',
  'outbox:retry',
  'outbox:send-anyway',
  'outbox:discard',
  'shell:open-external',
] as const;

export const EVENT_CHANNELS = [
  'sync:progress',
  'sync:status-changed',
  'messages:changed',
  'outbox:changed',
] as const;

export type CallChannel = (typeof CALL_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];
