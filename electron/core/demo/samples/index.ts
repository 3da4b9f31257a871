import type { DemoSample } from '../demo-sample.js';
import { englishReplies, englishSamples } from './en.js';
import { japaneseReplies } from './ja-replies.js';
import { japaneseSamples } from './ja.js';
import { koreanReplies, koreanSamples } from './ko.js';
import { noticeSamples } from './notices.js';
import { chineseReplies, chineseSamples } from './zh.js';

/** Every message the demo mailbox ships with, INBOX and Sent. */
export const DEMO_SAMPLES: readonly DemoSample[] = [
  ...japaneseSamples,
  ...chineseSamples,
  ...koreanSamples,
  ...englishSamples,
  ...noticeSamples,
  ...japaneseReplies,
  ...chineseReplies,
  ...koreanReplies,
  ...englishReplies,
];
