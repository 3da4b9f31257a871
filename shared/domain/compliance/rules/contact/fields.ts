import type { CheckedText, FindingField, RuleContext } from '../../types.js';
import { scanHtml, type HtmlScan } from './html-scan.js';

/**
 * The texts the link, email and phone rules read. The HTML is read as the buyer sees it: tags
 * blanked to spaces (same length, so offsets still point into the HTML), except the href of a
 * link, which is kept in place because that is where an <a> sends the buyer.
 */

export interface ScannedField {
  field: FindingField;
  text: CheckedText;
}

const htmlScans = new WeakMap<CheckedText, HtmlScan>();
const htmlTexts = new WeakMap<CheckedText, CheckedText>();

export function htmlScanOf(html: CheckedText): HtmlScan {
  let scan = htmlScans.get(html);
  if (!scan) htmlScans.set(html, (scan = scanHtml(html.raw)));
  return scan;
}

function blankTags(s: string, scan: HtmlScan, keep: ReadonlyArray<{ start: number; end: number }>): string {
  const out = s.split('');
  for (const tag of scan.tags) for (let i = tag.start; i < tag.end; i++) out[i] = ' ';
  // Closing tags and comments are not in scan.tags: blank anything left between "<" and ">".
  const joined = out.join('').replace(/<\/?[a-z!][^>]*>/gi, (m) => ' '.repeat(m.length));
  const chars = joined.split('');
  for (const k of keep) for (let i = k.start; i < k.end; i++) chars[i] = s[i] ?? ' ';
  return chars.join('');
}

/** The HTML as text: what the buyer reads plus every link target. */
function htmlAsText(html: CheckedText): CheckedText {
  let text = htmlTexts.get(html);
  if (!text) {
    const scan = htmlScanOf(html);
    const hrefs = scan.tags
      .filter((t) => t.name === 'a' || t.name === 'area')
      .flatMap((t) => {
        const href = t.attributes.get('href');
        return href ? [href] : [];
      });
    text = { raw: blankTags(html.raw, scan, hrefs), folded: blankTags(html.folded, scan, hrefs) };
    htmlTexts.set(html, text);
  }
  return text;
}

export function textFields(ctx: RuleContext): ScannedField[] {
  const fields: ScannedField[] = [
    { field: 'subject', text: ctx.subject },
    { field: 'body', text: ctx.body },
  ];
  if (ctx.html) fields.push({ field: 'html', text: htmlAsText(ctx.html) });
  return fields;
}
