import { DEFAULT_COMPLIANCE_SETTINGS, type ComplianceSettings } from '../compliance/types.js';

/**
 * The seller's reply settings as the domain sees them; shared/api's replySettingsSchema
 * validates the same shape when it crosses the bridge or is read back from the preferences.
 */
export interface AutoAckBodies {
  ja: string;
  zh: string;
  ko: string;
  en: string;
}

export interface ReplySettingsDefaults {
  compliance: ComplianceSettings;
  /** Feeds the daily limit, 5 × average daily orders + 600 (domain.md); 0 until the seller says. */
  averageDailyOrders: number;
  autoAck: { enabled: boolean; bodies: AutoAckBodies };
}

/**
 * Short first replies for when the full answer takes time (domain.md: say when it comes).
 * Written to pass the compliance gate: no links, contact details, placeholders or promotion,
 * and no bare thank-you (which would repeat the marketplace's own notices).
 */
export const DEFAULT_AUTO_ACK_BODIES: AutoAckBodies = {
  ja: 'お問い合わせいただき、誠にありがとうございます。\nメッセージを確かに受け付けました。内容を確認のうえ、24時間以内に担当者より改めてご回答いたしますので、今しばらくお待ちください。',
  zh: '感谢您的留言。\n我们已收到您的消息，核实情况后将在24小时内给您完整的答复，请您稍候。',
  ko: '문의해 주셔서 감사합니다.\n메시지를 잘 받았습니다. 내용을 확인한 후 24시간 이내에 자세히 답변드리겠습니다. 잠시만 기다려 주십시오.',
  en: 'Thank you for your message.\nWe have received it and are looking into it. We will send you a full answer within 24 hours.',
};

export const DEFAULT_REPLY_SETTINGS: ReplySettingsDefaults = {
  compliance: DEFAULT_COMPLIANCE_SETTINGS,
  averageDailyOrders: 0,
  // Off by default: an automatic message is still a message the seller answers for.
  autoAck: { enabled: false, bodies: DEFAULT_AUTO_ACK_BODIES },
};
