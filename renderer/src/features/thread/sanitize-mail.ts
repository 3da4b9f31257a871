import DOMPurify, { type WindowLike } from 'dompurify';
import { cleanCss } from './clean-css.js';

export interface SanitizedMail {
  /** Sanitised body markup (the inside of <body>). */
  body: string;
  /** The mail's own <style> rules, cleaned of anything that fetches. */
  css: string;
  /** Remote images that were not loaded (tracking pixels are dropped and not counted). */
  blockedImages: number;
  /** Link targets in document order; anchors keep a data-link index and lose their href. */
  links: string[];
}

export interface SanitizeOptions {
  /** The user chose "show images for this message": https images keep their src. */
  showImages: boolean;
}

// Anything that can run, navigate, submit, embed or fetch on its own.
const FORBID_TAGS = [
  'script',
  'noscript',
  'template',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'link',
  'meta',
  'base',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'canvas',
  'dialog',
  'svg',
  'math',
];
const FORBID_ATTR = [
  'srcset',
  'background',
  'poster',
  'ping',
  'action',
  'formaction',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'target',
  'autofocus',
];

// Senders hide 1×1 images (often with width/height in CSS) to learn when and where mail is read.
function isTrackingPixel(width: string | null, height: string | null, style: string | null): boolean {
  const tiny = (v: string | null): boolean => v !== null && /^\s*[0-2](?:px)?\s*$/i.test(v);
  if (tiny(width) || tiny(height)) return true;
  if (style === null) return false;
  return (
    /(?:^|;)\s*(?:width|height)\s*:\s*[0-2](?:px)?\s*(?:;|$)/i.test(style) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

interface ParsedRoot {
  innerHTML: string;
  querySelector(selector: string): { innerHTML: string } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; remove(): void }>;
}

/** Sanitises hostile mail HTML for a `sandbox=""` iframe. `win` is the DOM to parse in. */
export function sanitizeMail(html: string, options: SanitizeOptions, win: WindowLike): SanitizedMail {
  const purify = DOMPurify(win);
  const links: string[] = [];
  let blockedImages = 0;

  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') data.attrValue = cleanCss(data.attrValue);
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a' || tag === 'area') {
      const href = node.getAttribute('href');
      node.removeAttribute('href');
      if (href !== null && href.trim() !== '' && !href.trim().startsWith('#')) {
        node.setAttribute('data-link', String(links.length));
        node.setAttribute('title', href);
        links.push(href.trim());
      }
    }
    if (tag === 'img') {
      const src = (node.getAttribute('src') ?? '').trim();
      if (
        isTrackingPixel(node.getAttribute('width'), node.getAttribute('height'), node.getAttribute('style'))
      ) {
        node.removeAttribute('src');
        node.setAttribute('data-blocked', 'pixel');
        node.setAttribute('style', 'display:none');
        return;
      }
      if (src.startsWith('data:image/')) return;
      const remote = /^https?:/i.test(src) || src.startsWith('//');
      if (options.showImages && /^https:/i.test(src)) return;
      node.removeAttribute('src');
      node.setAttribute('data-blocked', remote ? 'remote' : 'other');
      if (remote) blockedImages += 1;
    }
  });

  // RETURN_DOM is typed as a bare Node; with WHOLE_DOCUMENT it is the <html> element. Described
  // structurally so this file also compiles in the Node test program, which has no DOM lib.
  const root = purify.sanitize(html, {
    USE_PROFILES: { html: true },
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
  }) as unknown as ParsedRoot;

  const styles: string[] = [];
  for (const style of Array.from(root.querySelectorAll('style'))) {
    styles.push(cleanCss(style.textContent ?? ''));
    style.remove();
  }
  const body = root.querySelector('body');
  return {
    body: body === null ? root.innerHTML : body.innerHTML,
    css: styles.join('\n'),
    blockedImages,
    links,
  };
}
