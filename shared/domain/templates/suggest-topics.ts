import { URGENCY_SIGNALS, type UrgencySignal } from '../classifier/types.js';

/**
 * What each urgency signal of the classifier is about, in the words templates use for it, in all
 * four languages. A complaint that states a defect should bring the damaged-item template up, not
 * the late-delivery one, although both are complaint templates. Latin words are matched at a word
 * start ("cancel" finds "cancellation", but "late" must not find "template"); CJK and Hangul stems
 * are substrings, as those scripts have no word boundaries.
 */
const TOPIC_WORDS: Record<UrgencySignal, { latin: string[]; cjk: string[] }> = {
  cancellation: {
    latin: ['cancel'],
    cjk: ['キャンセル', '取り消', '取消', '注文取消', '취소'],
  },
  defect: {
    latin: ['defect', 'damage', 'broken', 'faulty', 'malfunction', 'not working', 'cracked'],
    cjk: [
      '破損',
      '不良',
      '故障',
      '壊れ',
      '割れ',
      '破损',
      '损坏',
      '坏了',
      '瑕疵',
      '质量问题',
      '파손',
      '불량',
      '고장',
      '손상',
    ],
  },
  'late-or-missing': {
    latin: ['late', 'delay', 'missing', 'not arrived', 'not received', 'lost', 'tracking', 'where is'],
    cjk: [
      '遅延',
      '遅れ',
      '未着',
      '届かない',
      '届いていない',
      '紛失',
      '延迟',
      '未收到',
      '没收到',
      '丢失',
      '物流',
      '지연',
      '미도착',
      '분실',
      '배송 조회',
    ],
  },
  refund: {
    latin: ['refund', 'money back'],
    cjk: ['返金', '退款', '退钱', '환불'],
  },
  claim: {
    latin: ['claim', 'a-to-z', 'guarantee', 'chargeback', 'warranty'],
    cjk: ['保証', '申し立て', '索赔', '保修', '保障', '클레임', '보증'],
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TOPIC_RES: ReadonlyArray<[UrgencySignal, RegExp]> = URGENCY_SIGNALS.map((signal) => {
  const { latin, cjk } = TOPIC_WORDS[signal];
  const parts = [...latin.map((w) => `(?<![a-z0-9])${escape(w)}`), ...cjk.map(escape)];
  return [signal, new RegExp(parts.join('|'), 'u')];
});

/** The signals whose topic a normalised text speaks of. */
export function topicsOf(normalized: string): Set<UrgencySignal> {
  const out = new Set<UrgencySignal>();
  for (const [signal, re] of TOPIC_RES) if (re.test(normalized)) out.add(signal);
  return out;
}
