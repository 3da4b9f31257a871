import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { textFields } from './fields.js';
import { hostMatches } from './hosts.js';
import { scanLinks, type LinkMatch } from './scan-links.js';

/** Links (domain.md): only https links needed to complete the order, never the seller's own site. */

function* eachLink(ctx: RuleContext): Generator<RuleHit & { link: LinkMatch }> {
  for (const { field, text } of textFields(ctx)) {
    for (const link of scanLinks(text).links)
      yield { field, start: link.start, end: link.end, detail: link.host, link };
  }
}

const hit = ({ field, start, end, detail }: RuleHit): RuleHit =>
  detail === undefined ? { field, start, end } : { field, start, end, detail };

const isOwnSite = (ctx: RuleContext, link: LinkMatch): boolean =>
  link.host !== '' && hostMatches(link.host, ctx.settings.ownDomains);

export const linkInsecure: Rule = {
  id: 'link-insecure',
  severity: 'block',
  summary: 'Only secure https links may be sent (not http, other schemes, bare or hidden web addresses)',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const h of eachLink(ctx)) {
      if (h.link.secure) continue;
      // A bare mention of an allowed domain ("Amazon.co.jp で確認") is prose, not a link to follow.
      if (!/[:/]/.test(h.link.href) && hostMatches(h.link.host, ctx.settings.allowedDomains)) continue;
      hits.push(hit(h));
    }
    return hits;
  },
};

export const linkUnconfirmed: Rule = {
  id: 'link-unconfirmed',
  severity: 'block',
  summary: 'https links must be confirmed as needed to complete the order',
  check(ctx) {
    const confirmed = new Set(ctx.draft.confirmedLinks ?? []);
    // Own-site links are reported by link-own-site instead, unless the seller switched that off.
    const ownSiteReported = !ctx.settings.disabledRules.includes('link-own-site');
    const hits: RuleHit[] = [];
    for (const h of eachLink(ctx)) {
      if (!h.link.secure || confirmed.has(h.link.href)) continue;
      if (hostMatches(h.link.host, ctx.settings.allowedDomains)) continue;
      if (ownSiteReported && isOwnSite(ctx, h.link)) continue;
      hits.push(hit(h));
    }
    return hits;
  },
};

export const linkOwnSite: Rule = {
  id: 'link-own-site',
  severity: 'block',
  summary: "Links to the seller's own website may not be sent",
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const h of eachLink(ctx)) if (isOwnSite(ctx, h.link)) hits.push(hit(h));
    return hits;
  },
};
