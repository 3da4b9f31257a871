import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/csp.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('content security policy', () => {
  it('the meta tag in renderer/index.html equals the header policy', async () => {
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  const policy = directives(CONTENT_SECURITY_POLICY);

  // [directive, expected sources, why]
  it.each([
    ['default-src', ["'self'"], 'nothing remote by default'],
    ['script-src', ["'self'"], 'no inline script, no eval, no remote script'],
    ['object-src', ["'none'"], 'no plugins'],
    ['base-uri', ["'none'"], 'an injected <base> cannot redirect relative URLs'],
    ['form-action', ["'none'"], 'no form posts anywhere'],
    ['img-src', ["'self'", 'data:', 'blob:', 'https:'], 'https only so allowed mail images can show'],
    ['connect-src', ["'self'"], 'no fetch/XHR to anywhere else, so an image cannot become a channel'],
  ])('%s is %j (%s)', (name, expected) => {
    expect(policy.get(name)).toEqual(expected);
  });

  it.each(["'unsafe-eval'", 'http:', '*'])('never allows %s', (source) => {
    for (const values of policy.values()) expect(values).not.toContain(source);
  });

  // https: is allowed for images only (a srcdoc mail frame inherits this policy); everywhere else
  // it would let a page load remote script, style, frames or connections.
  it.each([...policy.keys()].filter((name) => name !== 'img-src'))('%s does not allow https:', (name) => {
    expect(policy.get(name)).not.toContain('https:');
  });
});
