import type { Rule } from '../../types.js';
import { attachmentTooLarge, attachmentType } from './attachment-rules.js';
import { emailAddress, phoneNumber } from './contact-detail-rules.js';
import { htmlInsecureImage, htmlTrackingPixel } from './html-rules.js';
import { linkInsecure, linkOwnSite, linkUnconfirmed } from './link-rules.js';

/** Links, contact details, HTML images and attachments. */
export const contactRules: readonly Rule[] = [
  linkInsecure,
  linkUnconfirmed,
  linkOwnSite,
  emailAddress,
  phoneNumber,
  htmlTrackingPixel,
  htmlInsecureImage,
  attachmentType,
  attachmentTooLarge,
];
