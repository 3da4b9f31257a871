/**
 * Half-width katakana (U+FF61..U+FF9F) survive from old Shift_JIS systems and are a cheap way to
 * dodge a word filter (ｸｰﾎﾟﾝ for クーポン). They are not folded into the checked text because a
 * voiced kana takes two half-width characters (ﾎﾟ), which would shift every offset after it;
 * the deobfuscated view (deobfuscate.ts) reads them as full-width instead.
 */

// Same order in both strings: the half-width block lists its base kana in this order.
const FULL =
  'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const VOICED = 'ﾞ';
const SEMI_VOICED = 'ﾟ';

const TABLE = buildTable();

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  [...FULL].forEach((ch, i) => table.set(ch, HALF.charAt(i)));
  // In the full-width block a voiced kana directly follows its base (カ ガ, ハ バ パ).
  for (const base of 'カキクケコサシスセソタチツテトハヒフヘホ') {
    const half = table.get(base) ?? '';
    table.set(String.fromCharCode(base.charCodeAt(0) + 1), half + VOICED);
  }
  for (const base of 'ハヒフヘホ') {
    table.set(String.fromCharCode(base.charCodeAt(0) + 2), (table.get(base) ?? '') + SEMI_VOICED);
  }
  table.set('ヴ', 'ｳ' + VOICED);
  return table;
}

const REVERSE = new Map([...TABLE].map(([full, half]) => [half, full]));

/**
 * The full-width katakana for a half-width one, taking the following voicing mark with it
 * (ﾎ + ﾟ = ポ); `consumed` is 1 or 2. A character with no full-width form is returned as is.
 */
export function fullWidthKatakana(ch: string, next: string): { char: string; consumed: 1 | 2 } {
  const voiced = REVERSE.get(ch + next);
  if (voiced !== undefined && (next === VOICED || next === SEMI_VOICED)) return { char: voiced, consumed: 2 };
  return { char: REVERSE.get(ch) ?? (ch === VOICED ? '゛' : ch === SEMI_VOICED ? '゜' : ch), consumed: 1 };
}
