/**
 * How people write "." and "@" so that filters miss them. Matched on width-folded text (ＤＯＴ is
 * already "DOT"), case-insensitively. Each pattern is a regex source for one separator, spaces
 * around it included, so a host or address match spans exactly what the seller typed.
 */

// "example . com" with spaces is how a dot is hidden in plain sight; a plain "." needs no spaces.
const DOT_WORDS = [
  String.raw`\s*[\[({<]\s*(?:\.|dot)\s*[\])}>]\s*`, // [.] (.) [dot] (dot) {dot} <dot>
  String.raw`\s+dot\s+`, // "example dot com"
  String.raw`\s*(?:ドット|どっと|点|點|닷|쩜|。)\s*`, // ja / zh / ko words for the dot
  String.raw` +\. +`, // "example . com"
];

const AT_WORDS = [
  String.raw`\s*[\[({<]\s*(?:@|at)\s*[\])}>]\s*`, // [at] (at) {at} [@]
  String.raw`\s+at\s+`, // "shop at example dot com": only with a domain after it (see email.ts)
  String.raw`\s*(?:アット(?:マーク)?|あっと|艾特|골뱅이|앳)\s*`,
];

/** One dot between host labels, plain or hidden. */
export const DOT_SEPARATOR = `(?:\\.|${DOT_WORDS.join('|')})`;
/** The "@" of an address, plain or hidden. */
export const AT_SEPARATOR = `(?:\\s*@\\s*|${AT_WORDS.join('|')})`;

const HIDDEN_DOT = new RegExp(DOT_WORDS.join('|'), 'giu');

/** A host as the seller wrote it ("Example dot com") to its plain lowercase form ("example.com"). */
export function plainHost(written: string): string {
  return written.replace(HIDDEN_DOT, '.').replace(/\s+/g, '').toLowerCase();
}
