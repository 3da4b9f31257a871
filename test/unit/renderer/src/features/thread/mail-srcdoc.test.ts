import { describe, expect, it } from 'vitest';
import { frameCsp, mailSrcdoc } from '../../../../../../renderer/src/features/thread/mail-srcdoc.js';

const mail = {
  body: '<p>x</p>',
  css: 'p{color:red}</style><script>alert(1)</script>',
  blockedImages: 0,
  links: [],
};

describe('mailSrcdoc', () => {
  it.each([
    { showImages: false, want: 'img-src data:;', why: 'no remote images by default' },
    { showImages: true, want: 'img-src https: data:;', why: 'https only after the user asks' },
  ])('$why', ({ showImages, want }) => {
    expect(frameCsp(showImages)).toContain(want);
    expect(frameCsp(showImages)).toContain("default-src 'none'");
    expect(frameCsp(showImages)).not.toMatch(/script-src|unsafe-eval/);
  });

  it('puts the CSP before any mail content and cannot be closed early by mail CSS', () => {
    const doc = mailSrcdoc(mail, false);
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<p>x</p>'));
    expect(doc).not.toContain('</style><script>');
  });
});
