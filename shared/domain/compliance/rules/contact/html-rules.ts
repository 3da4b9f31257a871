import type { Rule, RuleHit } from '../../types.js';
import { htmlScanOf } from './fields.js';
import type { HtmlAttribute, HtmlTag } from './html-scan.js';

/**
 * Images in the HTML version (domain.md: no tracking pixels, no images not served over https).
 * Allowed sources: https, cid: (an inline attachment of this very message) and data: raster
 * images. data: is allowed on purpose: the bytes travel inside the message, so nothing is fetched,
 * nobody learns the mail was opened and there is no plain-http request; data:image/svg+xml is
 * not, because SVG can carry script and links.
 */

const PIXEL_MAX = 2;
const SAFE_SOURCE = /^(?:https:\/\/[^/\s]|cid:|data:image\/(?:png|jpe?g|gif|webp)[;,])/i;
const IMAGE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  input: ['src'],
  video: ['poster'],
};

function isSafeImageSource(url: string): boolean {
  return SAFE_SOURCE.test(url.trim());
}

function tinyDimension(tag: HtmlTag): boolean {
  for (const name of ['width', 'height']) {
    const v = tag.attributes.get(name)?.value.trim();
    if (v !== undefined && /^\d+(?:\.\d+)?(?:px)?$/i.test(v) && Number.parseFloat(v) <= PIXEL_MAX)
      return true;
  }
  const style = tag.attributes.get('style')?.value ?? '';
  const re = /(?:^|;)\s*(?:max-)?(?:width|height)\s*:\s*(\d+(?:\.\d+)?)(?:px)?\s*(?:!important\s*)?(?:;|$)/gi;
  for (let m = re.exec(style); m !== null; m = re.exec(style))
    if (Number.parseFloat(m[1] ?? '') <= PIXEL_MAX) return true;
  return false;
}

export const htmlTrackingPixel: Rule = {
  id: 'html-tracking-pixel',
  severity: 'block',
  summary: 'Tracking pixels and hidden images may not be sent',
  check(ctx) {
    if (!ctx.html) return [];
    const scan = htmlScanOf(ctx.html);
    const hits: RuleHit[] = [];
    for (const tag of scan.tags) {
      if (tag.name !== 'img') continue;
      const why = tinyDimension(tag) ? 'tiny image' : tag.hidden ? 'hidden image' : null;
      if (why) hits.push({ field: 'html', start: tag.start, end: tag.end, detail: why });
    }
    // A CSS background fetched from a server is a beacon like a 1×1 image, and a reply never needs one.
    for (const url of scan.cssUrls)
      if (url.background && !/^(?:data|cid):/i.test(url.url))
        hits.push({ field: 'html', start: url.start, end: url.end, detail: 'CSS background image' });
    return hits;
  },
};

function srcsetUrls(attr: HtmlAttribute): HtmlAttribute[] {
  const out: HtmlAttribute[] = [];
  const re = /(?:^|,)\s*(\S+)/g;
  for (let m = re.exec(attr.value); m !== null; m = re.exec(attr.value)) {
    const url = (m[1] ?? '').replace(/,$/, '');
    const start = attr.start + m.index + m[0].indexOf(url);
    out.push({ value: url, start, end: start + url.length });
  }
  return out;
}

export const htmlInsecureImage: Rule = {
  id: 'html-insecure-image',
  severity: 'block',
  summary: 'Images must be served over https',
  check(ctx) {
    if (!ctx.html) return [];
    const scan = htmlScanOf(ctx.html);
    const sources: HtmlAttribute[] = [];
    for (const tag of scan.tags) {
      for (const name of IMAGE_SOURCES[tag.name] ?? []) {
        const attr = tag.attributes.get(name);
        if (attr) sources.push(...(name === 'srcset' ? srcsetUrls(attr) : [attr]));
      }
      const background = tag.attributes.get('background');
      if (background) sources.push(background);
    }
    for (const url of scan.cssUrls) sources.push({ value: url.url, start: url.start, end: url.end });
    return sources
      .filter((s) => s.value.trim() !== '' && !isSafeImageSource(s.value))
      .map((s) => ({ field: 'html' as const, start: s.start, end: s.end, detail: s.value.slice(0, 80) }));
  },
};
