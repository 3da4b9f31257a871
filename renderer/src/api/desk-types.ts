import type { CallName, Req, Res } from '../../../shared/api/types.js';
import type { MessageSummary } from '../../../shared/api/schemas/message.js';
import type { QueueSummary } from '../../../shared/api/schemas/triage.js';
import type { Category } from '../../../shared/domain/classifier/types.js';
import type { AccountSettings, ServerSettings } from '../../../shared/domain/account.js';
import type { ViewCounts, ViewName } from '../../../shared/domain/views.js';

/** Renderer-side names for the contract's types (shared/api/contract.ts is the source of truth). */
export type { MessageSummary, ViewCounts, ViewName, AccountSettings, ServerSettings, QueueSummary, Category };

export type DeskCall = CallName;
export type DeskReq<K extends DeskCall> = Req<K>;
export type DeskRes<K extends DeskCall> = Res<K>;

export type AppInfo = Res<'app:info'>;
export type AppMode = AppInfo['mode'];
export type AccountView = Res<'account:get'>;
export type SyncStatus = Res<'sync:status'>;
export type MessageDetail = Res<'messages:get'>;
export type MessageMeta = MessageDetail['meta'];
export type ThreadResult = Res<'messages:thread'>;
export type BuyerThread = ThreadResult['buyerHistory'][number];
export type RawResult = Res<'messages:raw'>;
export type RedecodeCharset = Req<'messages:redecode'>['charset'];
export type RedecodeResult = Res<'messages:redecode'>;
export type SearchResult = Res<'search:query'>;
export type SearchHit = SearchResult['items'][number];
export type TestResult = Res<'account:test'>;
export type TestStep = TestResult['steps'][number];
export type Range = readonly [start: number, end: number];

export type QueueInfo = NonNullable<QueueSummary['queue']>;
export type RankReason = QueueInfo['reasons'][number];
export type Countdown = QueueInfo['countdown'];
export type TriageAction = Req<'triage:act'>['action'];
export type StaffSettings = Res<'triage:staff'>;
export type StaffMember = StaffSettings['staff'][number];
