import type { RuleId } from '../../../../shared/domain/compliance/types.js';

/**
 * The compliance rules in words a seller reads (issue 5): `name` is the chip/list label, `why`
 * says what the marketplace forbids and what to do instead. Accurate to domain.md; the checker's
 * own English `summary` is for the CLI and logs only.
 */
export interface RuleText {
  name: string;
  why: string;
}

export const complianceEn = {
  severity: {
    block: 'Blocks sending',
    warn: 'Warning',
  },
  rules: {
    'link-insecure': {
      name: 'Link without https',
      why: 'Links to outside sites are not allowed; only secure https links needed to complete the order may be sent. Remove the link, or use its https address if the buyer needs it.',
    },
    'link-unconfirmed': {
      name: 'Unconfirmed link',
      why: 'Even an https link may only be sent when it is needed to complete the order. Confirm that the buyer needs this link, or remove it.',
    },
    'link-own-site': {
      name: 'Link to your own website',
      why: 'Links to your own website are not allowed, even over https. Put the information the buyer needs in the message itself.',
    },
    'email-address': {
      name: 'Email address',
      why: 'Email addresses and other contact details may not be sent. Keep all contact with the buyer within this message thread.',
    },
    'phone-number': {
      name: 'Phone number',
      why: 'Phone numbers and other contact details may not be sent. Keep all contact with the buyer within this message thread.',
    },
    'opt-out-request': {
      name: 'Opt-out request',
      why: 'You may not ask the buyer to opt out of messages. Remove that sentence.',
    },
    'review-incentive': {
      name: 'Review incentive',
      why: 'Offering anything (refund, discount, gift) in exchange for a review, or pressing for a positive one, is not allowed. Remove that sentence.',
    },
    'placeholder-left': {
      name: 'Unfilled placeholder',
      why: 'A template placeholder such as [NAME] is still in the text. Replace it with the real details before sending.',
    },
    'empty-salutation': {
      name: 'Greeting without a name',
      why: 'The greeting has no name in it. Add the buyer’s name or remove the greeting line.',
    },
    'html-tracking-pixel': {
      name: 'Tracking pixel',
      why: 'Tracking pixels (tiny or hidden images that report when a message is opened) are not allowed. Remove the image.',
    },
    'html-insecure-image': {
      name: 'Image without https',
      why: 'Images must be served over https and relate to the order. Remove the image or use its https address.',
    },
    'attachment-type': {
      name: 'File type not allowed',
      why: 'Only PDF, Word, image and text files can be attached. Save the document as PDF, for example, and attach it again.',
    },
    'attachment-too-large': {
      name: 'Attachment too large',
      why: 'Each attachment must be under the size limit (7 MB unless changed in the settings). Make the file smaller or split it.',
    },
    'banned-word': {
      name: 'Banned word',
      why: 'This is on your own list of words never to send (Replies & compliance settings). Rephrase the sentence.',
    },
    promotion: {
      name: 'Promotion',
      why: 'Marketing is not allowed: coupons, discounts, sales, or recommending other or third-party products. Keep to the buyer’s order.',
    },
    'order-id-missing': {
      name: 'No order ID',
      why: 'Quote the 17-digit order ID (such as 503-1234567-1234567) so the buyer and the marketplace know which order this is about.',
    },
    'language-mismatch': {
      name: 'Not in the buyer’s language',
      why: 'Reply in the buyer’s preferred language; the language they wrote in is the best guess.',
    },
    'blank-lines': {
      name: 'Too many blank lines',
      why: 'Excessive line breaks make a message look like spam. Remove the extra blank lines.',
    },
    'gif-or-thumbs-down': {
      name: 'GIF or thumbs-down',
      why: 'GIFs and the thumbs-down emoji are not allowed. Remove them.',
    },
    'too-long': {
      name: 'Very long message',
      why: 'Long messages are hard to read and look like spam. Answer the buyer’s question directly and keep it short.',
    },
    'repeats-notice': {
      name: 'Repeats a marketplace notice',
      why: 'The marketplace already sends order confirmations, shipping notices and thank-yous. Do not send a message that only repeats them.',
    },
    offensive: {
      name: 'Offensive or unprofessional',
      why: 'Offensive, violent or unprofessional language is not allowed. Rephrase it politely.',
    },
    'important-misuse': {
      name: 'Important tag misused',
      why: "The subject's Important tag ([Important], [重要], [중요]) reaches buyers who opted out, so it is only for messages essential to completing the order. Remove it otherwise.",
    },
    'proactive-late': {
      name: 'More than 30 days after the order',
      why: 'Messages you start yourself are allowed only within 30 days of order completion, and only for permitted reasons. Reply in the buyer’s thread instead.',
    },
    'attachment-purpose-other': {
      name: 'Attachment for another purpose',
      why: 'Only order documents such as invoices, warranties and instructions may be attached. Choose the document type, or remove the attachment.',
    },
  } satisfies Record<RuleId, RuleText>,
};

export type ComplianceTranslation = typeof complianceEn;
