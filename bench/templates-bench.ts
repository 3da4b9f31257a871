import { performance } from 'node:perf_hooks';
import { classify } from '../shared/domain/classifier/index.js';
import { loadShippedModel } from '../electron/core/triage/shipped-model.js';
import { suggestTemplates, type SuggestContext } from '../shared/domain/templates/suggest.js';
import type { Template, TemplateKind, TemplateLanguage } from '../shared/domain/templates/types.js';

/*
 * Issue 6 target: suggestions for the open message in under 10 ms with 1,000 templates, because
 * the list refreshes when a message opens and on every keystroke in the search box. The library
 * is generated but realistic: topics a shop really keeps (returns, damage, delay, tracking,
 * cancellation, stock, thanks...) in all four languages, 1–4 variants each, bodies from a few
 * lines to a few thousand characters, tags, kinds, use counts. The message context comes from the
 * real classifier on a real-looking complaint, so cues and signals are what the app passes.
 */

interface Topic {
  name: string;
  kinds: TemplateKind[];
  tags: string[];
  /** The reply after the salutation. */
  text: Record<TemplateLanguage, string>;
}

const TOPICS: Topic[] = [
  {
    name: 'Damaged item',
    kinds: ['complaint'],
    tags: ['damaged', '破損', '破损', '파손'],
    text: {
      ja: '商品が破損した状態で届き、大変申し訳ございません。交換または返金にて対応いたします。',
      en: 'We are sorry the item arrived damaged. We can send a replacement or refund you.',
      zh: '非常抱歉商品破损，我们可以为您换货或退款。',
      ko: '상품이 파손되어 도착해 죄송합니다. 교환 또는 환불해 드리겠습니다.',
    },
  },
  {
    name: 'Delivery delay',
    kinds: ['complaint', 'inquiry'],
    tags: ['delay', '配送遅延', '延迟', '배송 지연'],
    text: {
      ja: 'お届けが遅れており申し訳ございません。配送状況を確認し、{{deliveryDate}}頃のお届け予定です。',
      en: 'We are sorry for the delay. The parcel should arrive around {{deliveryDate}}.',
      zh: '很抱歉包裹延迟，预计{{deliveryDate}}送达。',
      ko: '배송이 지연되어 죄송합니다. {{deliveryDate}}경 도착 예정입니다.',
    },
  },
  {
    name: 'Return instructions',
    kinds: ['complaint', 'inquiry'],
    tags: ['return', '返品', '退货', '반품'],
    text: {
      ja: '返品の方法をご案内いたします。注文履歴から「商品の返品」をお選びください。',
      en: 'To return the item, open Your Orders and choose Return items.',
      zh: '退货方法：请在订单中选择退货。',
      ko: '반품 방법을 안내해 드립니다. 주문 내역에서 반품을 선택해 주세요.',
    },
  },
  {
    name: 'Cancellation',
    kinds: ['complaint', 'inquiry'],
    tags: ['cancel', 'キャンセル', '取消', '취소'],
    text: {
      ja: 'ご注文{{orderId}}のキャンセルを承りました。',
      en: 'Your order {{orderId}} has been cancelled as requested.',
      zh: '您的订单{{orderId}}已取消。',
      ko: '주문 {{orderId}}이 취소되었습니다.',
    },
  },
  {
    name: 'Tracking information',
    kinds: ['inquiry'],
    tags: ['tracking', '配送状況', '物流', '배송 조회'],
    text: {
      ja: '配送状況は注文履歴からご確認いただけます。',
      en: 'You can follow the parcel from Your Orders.',
      zh: '您可以在订单中查看物流信息。',
      ko: '주문 내역에서 배송 조회가 가능합니다.',
    },
  },
  {
    name: 'Stock and colours',
    kinds: ['inquiry'],
    tags: ['stock', '在庫', '库存', '재고'],
    text: {
      ja: 'お問い合わせの{{item}}は在庫がございます。',
      en: 'The {{item}} is in stock in every colour on the page.',
      zh: '您咨询的{{item}}有库存。',
      ko: '문의하신 {{item}}은 재고가 있습니다.',
    },
  },
  {
    name: 'Thanks reply',
    kinds: ['thanks'],
    tags: ['thanks', 'お礼', '感谢', '감사'],
    text: {
      ja: '温かいお言葉をありがとうございます。',
      en: 'Thank you for your kind words.',
      zh: '感谢您的好评。',
      ko: '따뜻한 말씀 감사합니다.',
    },
  },
  {
    name: 'Warranty and repair',
    kinds: ['complaint', 'inquiry'],
    tags: ['warranty', '保証', '保修', '보증'],
    text: {
      ja: '保証期間内のため、無償で修理または交換いたします。',
      en: 'The item is under warranty; we will repair or replace it free of charge.',
      zh: '商品在保修期内，我们将免费维修或更换。',
      ko: '보증 기간 내이므로 무상으로 수리 또는 교환해 드립니다.',
    },
  },
];

/** Every reply opens with the buyer's name, as the starters do. */
const SALUTATION: Record<TemplateLanguage, string> = {
  ja: '{{buyerName}}様\n',
  en: 'Dear {{buyerName}},\n',
  zh: '{{buyerName}}您好，\n',
  ko: '{{buyerName}}님,\n',
};

const FILLER: Record<TemplateLanguage, string> = {
  ja: 'ご不明な点がございましたら、本メッセージにご返信ください。今後ともよろしくお願いいたします。',
  en: 'If anything is unclear, reply to this message and we will answer within 24 hours.',
  zh: '如有任何疑问，请回复此消息，我们会在24小时内答复。',
  ko: '궁금한 점이 있으시면 이 메시지에 회신해 주세요. 24시간 이내에 답변드리겠습니다.',
};

const LANGS: TemplateLanguage[] = ['ja', 'en', 'zh', 'ko'];

/** Deterministic (mulberry32): every run benches the same library. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchLibrary(count: number, now: Date, seed = 6): Template[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  return Array.from({ length: count }, (_, i): Template => {
    const topic = TOPICS[i % TOPICS.length];
    if (topic === undefined) throw new Error('no topics');
    const defaultLanguage = pick(LANGS);
    const languages = LANGS.filter((l) => l === defaultLanguage || rand() < 0.5);
    // Bodies from a couple of lines to ~3,000 characters: most short, a few long policy texts.
    const repeats = Math.floor(rand() ** 3 * 40);
    const variants: Template['variants'] = {};
    for (const l of languages) {
      variants[l] = {
        subject: `Re: ${topic.name} #${i}`,
        body: `${SALUTATION[l]}${topic.text[l]}\n${FILLER[l].repeat(repeats)}`,
      };
    }
    const stamp = new Date(now.getTime() - Math.floor(rand() * 400) * 86_400_000).toISOString();
    const used = rand() < 0.3;
    return {
      id: `bench-${i}`,
      name: `${topic.name} ${i} (${defaultLanguage})`,
      tags: topic.tags.filter(() => rand() < 0.7).concat(`batch-${i % 17}`),
      kinds: topic.kinds,
      defaultLanguage,
      variants,
      createdAt: stamp,
      updatedAt: stamp,
      reviewedAt: stamp,
      lastUsedAt: used ? new Date(now.getTime() - rand() * 20 * 86_400_000).toISOString() : null,
      useCount: used ? Math.floor(rand() * 200) : 0,
      starter: false,
    };
  });
}

export interface TemplatesBenchResult {
  templates: number;
  coldP50Ms: number;
  coldP95Ms: number;
  warmP50Ms: number;
  warmP95Ms: number;
  queryP50Ms: number;
  queryP95Ms: number;
  /** CPU time of this process per call, p95: what the call costs when it has a core to itself. */
  coldCpuP95Ms: number;
  warmCpuP95Ms: number;
  queryCpuP95Ms: number;
  coldSamples: number;
  warmSamples: number;
  top: string;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/**
 * Wall clock and this process's CPU time for one call. On a machine shared with other work the
 * wall clock also counts waiting for a core; CPU time does not (the triage bench does the same).
 */
function time(fn: () => unknown, cpu: number[]): number {
  const c0 = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const c1 = process.cpuUsage(c0);
  cpu.push((c1.user + c1.system) / 1000);
  return wall;
}

export function benchTemplates(count = 1000, coldSamples = 20, warmSamples = 500): TemplatesBenchResult {
  const now = new Date('2026-03-10T12:00:00.000Z');
  const subject = '商品が破損していました';
  const body =
    '昨日届いた商品の箱を開けたら、本体が割れていて破損していました。返品か交換をお願いします。注文番号 503-1234567-1234567';
  const c = classify(loadShippedModel(), { subject, body });
  const ctx: SuggestContext = {
    category: c.category,
    language: c.language,
    cues: c.cues,
    signals: c.signals,
    subject,
    body,
    query: '',
    now,
  };
  const blocked = new Set(['bench-3', 'bench-11']);
  const libraries = Array.from({ length: coldSamples + 1 }, () => benchLibrary(count, now));
  // The first library warms the JIT only; each cold sample then meets templates it never indexed,
  // as when the app opens its first message after starting.
  suggestTemplates(libraries[0] ?? [], blocked, ctx);
  const coldCpu: number[] = [];
  const warmCpu: number[] = [];
  const queryCpu: number[] = [];
  const cold = libraries.slice(1).map((lib) => time(() => suggestTemplates(lib, blocked, ctx), coldCpu));
  const lib = libraries.at(-1) ?? [];
  const warm: number[] = [];
  const query: number[] = [];
  const queries = ['返品', 'refund', '파손', '退款', 'deli'];
  for (let i = 0; i < warmSamples; i++) {
    // A fresh context each time (another open message), so nothing may carry over but the index.
    warm.push(time(() => suggestTemplates(lib, blocked, { ...ctx, body: `${body}${i}` }), warmCpu));
    const q = queries[i % queries.length] ?? '';
    query.push(time(() => suggestTemplates(lib, blocked, { ...ctx, query: q }), queryCpu));
  }
  for (const xs of [cold, warm, query, coldCpu, warmCpu, queryCpu]) xs.sort((a, b) => a - b);
  const top = suggestTemplates(lib, blocked, ctx)[0];
  return {
    templates: count,
    coldP50Ms: percentile(cold, 0.5),
    coldP95Ms: percentile(cold, 0.95),
    warmP50Ms: percentile(warm, 0.5),
    warmP95Ms: percentile(warm, 0.95),
    queryP50Ms: percentile(query, 0.5),
    queryP95Ms: percentile(query, 0.95),
    coldCpuP95Ms: percentile(coldCpu, 0.95),
    warmCpuP95Ms: percentile(warmCpu, 0.95),
    queryCpuP95Ms: percentile(queryCpu, 0.95),
    coldSamples,
    warmSamples,
    top: top === undefined ? 'none' : `${top.name} [${top.reasons.join(', ')}]`,
  };
}
