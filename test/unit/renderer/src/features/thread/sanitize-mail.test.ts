import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { WindowLike } from 'dompurify';
import { sanitizeMail } from '../../../../../../renderer/src/features/thread/sanitize-mail.js';

// jsdom's window is typed by @types/jsdom's own DOM, not by this program's (DOM-less) lib.
const win = new JSDOM('').window as unknown as WindowLike;

function clean(html: string, showImages = false) {
  const mail = sanitizeMail(html, { showImages }, win);
  return { ...mail, all: `${mail.css}\n${mail.body}` };
}

describe('sanitizeMail: hostile HTML loses everything that runs, fetches, submits or navigates', () => {
  const cases: { html: string; gone: RegExp[]; kept?: RegExp[]; why: string }[] = [
    {
      html: '<p>hi</p><script>alert(1)</script>',
      gone: [/script/i, /alert/],
      kept: [/<p>hi<\/p>/],
      why: 'scripts',
    },
    {
      html: '<img src=x onerror="alert(1)"><b onclick="x()">b</b>',
      gone: [/onerror/i, /onclick/i],
      why: 'event handlers',
    },
    { html: '<a href="javascript:alert(1)">x</a>', gone: [/javascript:/i], why: 'javascript: links' },
    {
      html: '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
      gone: [/javascript/i],
      why: 'entity-obfuscated javascript:',
    },
    {
      html: '<iframe src="https://evil.example/"></iframe><p>t</p>',
      gone: [/iframe/i, /evil/],
      why: 'nested frames',
    },
    {
      html: '<form action="https://evil.example/"><input name=p><button>Go</button></form>',
      gone: [/form/i, /input/i, /button/i, /evil/],
      why: 'phishing forms',
    },
    {
      html: '<object data="x.swf"></object><embed src="x.swf">',
      gone: [/object/i, /embed/i],
      why: 'plugins',
    },
    {
      html: '<img src="https://track.example/p.gif">',
      gone: [/track\.example/],
      why: 'remote images blocked by default',
    },
    { html: '<img src="http://img.example/a.png">', gone: [/img\.example/], why: 'http images' },
    {
      html: '<img srcset="https://x.example/a.png 2x">',
      gone: [/x\.example/, /srcset/],
      why: 'srcset fetches too',
    },
    {
      html: '<table background="https://bg.example/a.png"><tr><td>x</td></tr></table>',
      gone: [/bg\.example/],
      why: 'legacy background attribute',
    },
    {
      html: '<div style="background:url(https://css.example/a.png)">x</div>',
      gone: [/css\.example/, /url\(/i],
      why: 'CSS url() in style attributes',
    },
    {
      html: '<div style="background:\\75 rl(https://esc.example/a)">x</div>',
      gone: [/esc\.example/],
      why: 'CSS-escaped url(',
    },
    {
      html: '<div style="background:\\5c 75 rl(https://esc2.example/a)">x</div>',
      gone: [/\\/, /url\(/i],
      why: 'double-escaped url( does not decode into a new escape',
    },
    {
      html: '<style>@import "https://imp.example/a.css"; p{color:red}</style><p>x</p>',
      gone: [/imp\.example/, /@import/],
      kept: [/color:red/],
      why: '@import',
    },
    {
      html: '<style>@font-face{font-family:x;src:url(https://font.example/f.woff)}</style>',
      gone: [/font\.example/],
      why: 'remote fonts',
    },
    {
      html: '<html><head><style>body{background-image:url("https://h.example/x")}</style></head><body>y</body></html>',
      gone: [/h\.example/],
      kept: [/y/],
      why: 'head styles are cleaned, not dropped',
    },
    { html: '<style></style><img src=x onerror=alert(1)></style>', gone: [/onerror/], why: 'style breakout' },
    {
      html: '<meta http-equiv="refresh" content="0;url=https://r.example/">',
      gone: [/r\.example/, /refresh/],
      why: 'meta refresh navigates',
    },
    {
      html: '<base href="https://b.example/"><link rel=stylesheet href="https://l.example/a.css">',
      gone: [/b\.example/, /l\.example/],
      why: 'base and link',
    },
    {
      html: '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"/></svg>',
      gone: [/svg/i, /alert/],
      why: 'SVG script vectors',
    },
    {
      html: '<video poster="https://v.example/p.jpg"><source src="https://v.example/v.mp4"></video>',
      gone: [/v\.example/],
      why: 'media fetches',
    },
    {
      html: '<a href="https://shop.example/" target="_blank" ping="https://ping.example/">x</a>',
      gone: [/href=/, /ping/, /_blank/],
      why: 'anchors lose href, ping and target',
    },
    {
      html: '<img src="https://px.example/o.gif" width="1" height="1">',
      gone: [/px\.example/],
      why: 'tracking pixel',
    },
  ];
  it.each(cases)('$why', ({ html, gone, kept }) => {
    const { all } = clean(html);
    for (const re of gone) expect(all).not.toMatch(re);
    for (const re of kept ?? []) expect(all).toMatch(re);
  });
});

describe('sanitizeMail: images and links', () => {
  const cases: { html: string; showImages: boolean; blocked: number; src: RegExp | null; why: string }[] = [
    {
      html: '<img src="https://i.example/a.png">',
      showImages: false,
      blocked: 1,
      src: null,
      why: 'counted when blocked',
    },
    {
      html: '<img src="https://i.example/a.png">',
      showImages: true,
      blocked: 0,
      src: /i\.example/,
      why: 'https shown on request',
    },
    {
      html: '<img src="http://i.example/a.png">',
      showImages: true,
      blocked: 1,
      src: null,
      why: 'http never shown',
    },
    {
      html: '<img src="https://p.example/o.gif" style="width:1px;height:1px">',
      showImages: true,
      blocked: 0,
      src: null,
      why: 'pixels stay gone even when images are shown',
    },
    {
      html: '<img src="data:image/png;base64,iVBORw0KGgo=">',
      showImages: false,
      blocked: 0,
      src: /data:image/,
      why: 'embedded images are local',
    },
  ];
  it.each(cases)('$why', ({ html, showImages, blocked, src }) => {
    const mail = clean(html, showImages);
    expect(mail.blockedImages).toBe(blocked);
    if (src === null) expect(mail.body).not.toMatch(/src=/);
    else expect(mail.body).toMatch(src);
  });

  it.each([
    {
      html: '<a href="https://a.example/x">A</a> <a href="mailto:b@c.example">B</a>',
      links: ['https://a.example/x', 'mailto:b@c.example'],
      why: 'collected in order',
    },
    { html: '<a href="#top">top</a>', links: [], why: 'in-page anchors are not links out' },
    { html: '<a href="javascript:void(0)">x</a>', links: [], why: 'DOMPurify drops javascript: first' },
  ])('links $why', ({ html, links }) => {
    const mail = clean(html);
    expect(mail.links).toEqual(links);
    expect(mail.body).not.toMatch(/href=/);
  });
});
