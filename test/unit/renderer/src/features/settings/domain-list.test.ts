import { describe, expect, it } from 'vitest';
import {
  normalizeDomain,
  parseDomainList,
  tidyDomainText,
} from '../../../../../../renderer/src/features/settings/domain-list.js';

describe('normalizeDomain', () => {
  it.each([
    { input: 'example.com', want: 'example.com', why: 'a plain host is kept' },
    { input: 'Example.COM', want: 'example.com', why: 'hosts are case-insensitive; stored lower-case' },
    {
      input: 'https://track.Yamato.co.jp/x?id=1#top',
      want: 'track.yamato.co.jp',
      why: 'a pasted URL keeps only its host',
    },
    { input: 'http://sagawa-exp.co.jp', want: 'sagawa-exp.co.jp', why: 'the scheme is stripped' },
    {
      input: 'www.shop.jp',
      want: 'shop.jp',
      why: 'www. is dropped so an own-site entry also catches shop.jp',
    },
    { input: 'ｗｗｗ．ｓｈｏｐ．ｊｐ', want: 'shop.jp', why: 'full-width letters and dots from an IME' },
    { input: 'shop。jp', want: 'shop.jp', why: 'the ideographic full stop is a dot' },
    { input: '*.example.com', want: 'example.com', why: 'wildcard notation: subdomains match anyway' },
    { input: 'example.com:8443', want: 'example.com', why: 'the port is not part of the host' },
    { input: 'example.com.', want: 'example.com', why: 'the root dot is dropped' },
    { input: '  example.com  ', want: 'example.com', why: 'surrounding spaces' },
    {
      input: '例え.jp',
      want: '例え.jp',
      why: 'IDN ok, kept as written: the checker compares hosts as written',
    },
    { input: 'München.de', want: 'münchen.de', why: 'IDN lower-cased' },
    { input: 'xn--r8jz45g.jp', want: 'xn--r8jz45g.jp', why: 'an A-label is a valid host too' },
    { input: 'www.com', want: 'www.com', why: 'www. is kept when nothing would be left but a TLD' },
    { input: 'localhost', want: null, why: 'a single label is not a domain' },
    { input: '192.168.0.1', want: null, why: 'an IP address is not a domain' },
    { input: 'http://[::1]/', want: null, why: 'nor an IPv6 address' },
    { input: 'info@shop.jp', want: null, why: 'an email address is refused, not cut down to its domain' },
    { input: 'bad_host.com', want: null, why: 'underscore is not allowed in a host' },
    { input: 'ex ample.com', want: null, why: 'no spaces inside' },
    {
      input: '%41.com',
      want: null,
      why: 'percent escapes are refused, not decoded behind the seller’s back',
    },
    { input: '-a.com', want: null, why: 'labels cannot start with a hyphen' },
    { input: 'a..b.com', want: null, why: 'empty labels' },
    { input: `${'a'.repeat(64)}.com`, want: null, why: 'labels are at most 63 characters (RFC 1035)' },
    { input: 'https://', want: null, why: 'a scheme alone' },
    { input: '', want: null, why: 'nothing' },
  ])('$input → $want ($why)', ({ input, want }) => {
    expect(normalizeDomain(input)).toBe(want);
  });
});

describe('parseDomainList', () => {
  it.each([
    { text: 'a.com\nb.jp', domains: ['a.com', 'b.jp'], invalid: [], why: 'one per line' },
    {
      text: 'a.com, b.jp、c.cn，d.kr; e.com',
      domains: ['a.com', 'b.jp', 'c.cn', 'd.kr', 'e.com'],
      invalid: [],
      why: 'pasted lists with ASCII and CJK commas',
    },
    {
      text: 'a.com\nA.COM\nhttps://www.a.com/x',
      domains: ['a.com'],
      invalid: [],
      why: 'duplicates after normalising are dropped',
    },
    { text: '\n\n  \n', domains: [], invalid: [], why: 'blank lines are nothing' },
    {
      text: 'a.com b.jp\r\nc.kr',
      domains: ['a.com', 'b.jp', 'c.kr'],
      invalid: [],
      why: 'space-separated domains on one line, Windows line ends',
    },
    {
      text: 'my shop.jp\nc.kr',
      domains: ['c.kr'],
      invalid: ['my shop.jp'],
      why: 'a line with a space that is not all domains is reported whole',
    },
    {
      text: 'a.com\nnope\nb.jp',
      domains: ['a.com', 'b.jp'],
      invalid: ['nope'],
      why: 'wrong entries are reported as written',
    },
  ])('$why', ({ text, domains, invalid }) => {
    expect(parseDomainList(text)).toEqual({ domains, invalid });
  });
});

describe('tidyDomainText', () => {
  it.each([
    {
      text: 'HTTPS://WWW.A.COM/x\nbad entry\na.com',
      want: 'a.com\nbad entry',
      why: 'valid normalised first, wrong ones kept to fix',
    },
    { text: 'b.jp, c.jp', want: 'b.jp\nc.jp', why: 'becomes one per line' },
  ])('$why', ({ text, want }) => {
    expect(tidyDomainText(text)).toBe(want);
  });
});
