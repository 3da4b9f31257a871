import { IMPORTANT_TAGS } from '../../../../shared/domain/reply/reply-subject.js';
import { marketplaceLanguage } from '../../../../shared/domain/reply/marketplace-language.js';
import type { DeskReq, DeskRes } from '../../api/desk-types.js';
import type {
  AttachmentPurpose,
  ComplianceDraft,
  Finding,
} from '../../../../shared/domain/compliance/types.js';
import { htmlToText } from './simple-html.js';

export type ReplyDefaults = NonNullable<DeskRes<'drafts:get'>['defaults']>;
export type SavedDraft = NonNullable<DeskRes<'drafts:get'>['draft']>;
export type DraftAttachmentView = SavedDraft['attachments'][number];
export type DraftInput = DeskReq<'replies:send'>;
export type DailyUsage = DeskRes<'outbox:usage'>;

/** What the editor holds between keystrokes. */
export interface EditorState {
  subject: string;
  body: string;
  /** Non-null in simple-HTML mode: then the HTML is edited and the plain body derived from it. */
  html: string | null;
  important: boolean;
  confirmedLinks: string[];
  attachments: DraftAttachmentView[];
}

/**
 * The marketplace's tag in the storefront's language (domain.md), exactly as the core adds it
 * to the subject it sends ([重要] on amazon.co.jp): the editor shows and checks the same text.
 */
export function importantTag(defaults: Pick<ReplyDefaults, 'to' | 'buyerLanguage'>): string {
  return IMPORTANT_TAGS[marketplaceLanguage(defaults.to, defaults.buyerLanguage)];
}

export function initialState(defaults: ReplyDefaults, draft: SavedDraft | null): EditorState {
  if (draft === null) {
    return {
      subject: defaults.subject,
      body: '',
      html: null,
      important: false,
      confirmedLinks: [],
      attachments: [],
    };
  }
  return {
    subject: draft.subject,
    body: draft.body,
    html: draft.html,
    important: draft.important,
    confirmedLinks: [...draft.confirmedLinks],
    attachments: [...draft.attachments],
  };
}

/** The plain body as it will be sent: in HTML mode it is derived, so both parts agree. */
export function plainBody(state: EditorState): string {
  return state.html === null ? state.body : htmlToText(state.html);
}

export function toDraftInput(threadId: string, inReplyTo: string, state: EditorState): DraftInput {
  return {
    threadId,
    inReplyTo,
    subject: state.subject,
    body: plainBody(state),
    html: state.html,
    important: state.important,
    confirmedLinks: state.confirmedLinks,
    attachmentPurposes: Object.fromEntries(state.attachments.map((a) => [a.id, a.purpose])),
  };
}

/**
 * The subject the checker sees carries the [Important] tag when the switch is on, so the
 * "important-misuse" rule judges what the buyer will receive. Subject findings are shifted
 * back by `subjectShift` before they are shown against the subject field.
 */
export function subjectShift(state: Pick<EditorState, 'subject' | 'important'>, tag: string): number {
  return state.important && !state.subject.includes(tag) ? tag.length + 1 : 0;
}

export function toComplianceDraft(state: EditorState, defaults: ReplyDefaults): ComplianceDraft {
  const tag = importantTag(defaults);
  const shift = subjectShift(state, tag);
  return {
    subject: shift > 0 ? `${tag} ${state.subject}` : state.subject,
    body: plainBody(state),
    html: state.html,
    attachments: state.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      purpose: a.purpose,
    })),
    buyerLanguage: defaults.buyerLanguage,
    orderIds: defaults.orderIds,
    proactive: false,
    confirmedLinks: state.confirmedLinks,
  };
}

export type SendBlock = 'findings' | 'limit' | 'empty' | 'busy' | null;

/** Why Send is disabled right now (null: it may be pressed); the first reason the user can fix. */
export function sendBlock(
  state: EditorState,
  findings: readonly Finding[],
  usage: DailyUsage | null,
  busy: boolean,
): SendBlock {
  if (busy) return 'busy';
  if (plainBody(state).trim() === '') return 'empty';
  if (findings.some((f) => f.severity === 'block')) return 'findings';
  if (usage !== null && (usage.state === 'blocked' || usage.sentToday >= usage.limit)) return 'limit';
  return null;
}

/** An attachment's own findings (the checker reports them in draft order, `start` = index). */
export function attachmentFindings(findings: readonly Finding[], index: number, filename: string): Finding[] {
  return findings.filter(
    (f) =>
      f.field === 'attachments' && (f.start === index || (f.detail !== undefined && f.detail === filename)),
  );
}

export function withPurpose(state: EditorState, id: string, purpose: AttachmentPurpose): EditorState {
  return {
    ...state,
    attachments: state.attachments.map((a) => (a.id === id ? { ...a, purpose } : a)),
  };
}
