import type { SanitizedMail } from './sanitize-mail.js';

/** The frame's own policy: nothing may load but inline styles and embedded (data:) images. */
export function frameCsp(showImages: boolean): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src ${showImages ? 'https: data:' : 'data:'}; form-action 'none'; base-uri 'none'`;
}

const BASE_CSS = [
  'html,body{margin:0;padding:0;background:#fff;color:#1f1f1f}',
  'body{padding:12px 16px;font:14px/1.6 system-ui,-apple-system,"Segoe UI","Hiragino Sans","Yu Gothic UI","Microsoft YaHei","Malgun Gothic",sans-serif;overflow-wrap:anywhere}',
  'img{max-width:100%;height:auto}',
  'img[data-blocked=remote],img[data-blocked=other]{display:inline-block;min-width:24px;min-height:16px;border:1px dashed #bbb}',
  'a[data-link]{color:#0b57d0;text-decoration:underline;cursor:help}',
  'table{max-width:100%}',
  'pre{white-space:pre-wrap}',
].join('\n');

/**
 * The document for `<iframe sandbox="" srcdoc>`. The CSP meta comes first so it governs
 * everything after it; the sanitiser already removed <meta> from the mail, so it cannot add a
 * looser one.
 */
export function mailSrcdoc(mail: SanitizedMail, showImages: boolean): string {
  const css = mail.css.replace(/<\//g, '<\\/');
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${frameCsp(showImages)}">` +
    '<meta name="referrer" content="no-referrer">' +
    `<style>${BASE_CSS}</style><style>${css}</style></head><body>${mail.body}</body></html>`
  );
}
