import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../electron/core/event-bus.js';
import {
  DESK_START_TIMEOUT,
  e2eSkipReason,
  startDesk,
  type Desk,
  type PageWindow,
} from '../support/e2e/harness.js';

// Type-only: page.evaluate callbacks run in the browser, where `window` is the page's own.
declare const window: PageWindow & { e2eGot?: Record<string, unknown[]> };

/*
 * The placeholder window in real Chromium with the real core behind window.helpdesk: it loads,
 * shows what the core says, stays on 127.0.0.1 and logs no errors; the bridge keeps the
 * preload's promises (allow-list, write-only passwords).
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const VERSION = '0.1.0-e2e';

function busOf(desk: Desk): EventBus {
  // The core's event source is its EventBus; emitting on it stands in for a sync making news.
  if (!(desk.core.events instanceof EventBus)) throw new Error('core.events is not the EventBus');
  return desk.core.events;
}

describe.skipIf(skipReason !== null)('smoke: the window and the bridge', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk({ version: VERSION, locale: 'en' });
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
  });

  it('first run on an empty store shows the account setup with the demo choice', async () => {
    await desk.page.getByTestId('try-demo').waitFor();
    expect(await desk.page.getByTestId('imap-host').count()).toBe(1);
    const info = await desk.invoke('app:info', {});
    expect(info.ok && info.value.version).toBe(VERSION);
    expect(info.ok && info.value.mode).toBe('empty');
    await desk.screenshot('smoke-first-run-en');
  });

  it('made requests only to its own 127.0.0.1 origin and logged no errors', () => {
    expect(desk.requests.length).toBeGreaterThan(0); // the page itself, at least: the recorder works
    expect(desk.requests.filter((url) => !url.startsWith(`${desk.origin}/`))).toEqual([]);
    expect(desk.blockedRequests).toEqual([]);
    expect(desk.consoleErrors).toEqual([]);
    expect(desk.internalErrors).toEqual([]);
  });

  it.each([
    { channel: 'app:quit', why: 'a name outside the contract' },
    { channel: 'account:get-password', why: 'a plausible but non-existent secret reader' },
    { channel: '__proto__', why: 'an Object.prototype key must not resolve to a handler' },
    { channel: 42, why: 'not a string at all' },
  ])('refuses the unknown channel $channel ($why)', async ({ channel }) => {
    const result = await desk.page.evaluate((c) => window.helpdesk.invoke(c as never, {} as never), channel);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Unknown call' } });
  });

  it.each([
    { name: '__helpdeskInvoke', why: 'the raw call binding would bypass the allow-list' },
    { name: '__helpdeskNextEvents', why: 'the raw event queue would let the page steal events' },
  ])('leaves no raw binding $name on window ($why)', async ({ name }) => {
    expect(await desk.page.evaluate((n) => n in window, name)).toBe(false);
  });

  it('freezes window.helpdesk so page code cannot swap its methods', async () => {
    const state = await desk.page.evaluate(() => {
      const bridge = window.helpdesk;
      return {
        frozen: Object.isFrozen(bridge),
        methodReplaced: Reflect.set(bridge, 'invoke', () => null),
        bridgeReplaced: Reflect.set(window, 'helpdesk', {}),
        bridgeRedefined: Reflect.defineProperty(window, 'helpdesk', { value: {} }),
        same: window.helpdesk === bridge,
      };
    });
    expect(state).toEqual({
      frozen: true,
      methodReplaced: false,
      bridgeReplaced: false,
      bridgeRedefined: false,
      same: true,
    });
  });

  it('rejects a malformed request with invalid-request instead of reaching the core', async () => {
    const result = await desk.page.evaluate(() =>
      window.helpdesk.invoke('messages:list', { limit: 'all', extra: true } as never),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('takes a password but never gives it back (account:get only says hasPassword)', async () => {
    const secret = 'hunter2-e2e-Sécret';
    const account = {
      imap: { host: '127.0.0.1', port: 1143, tls: 'starttls', user: 'seller', caFile: null },
      smtp: { host: '127.0.0.1', port: 1025, tls: 'none', user: 'seller', caFile: null },
    } as const;
    const result = await desk.page.evaluate(
      async ({ account, secret }) => {
        const set = await window.helpdesk.invoke('account:set', account);
        const pass = await window.helpdesk.invoke('account:set-password', {
          which: 'imap',
          password: secret,
        });
        const get = await window.helpdesk.invoke('account:get', {});
        return { set, pass, get, text: JSON.stringify(get) };
      },
      { account, secret },
    );
    expect(result.set).toEqual({ ok: true, value: {} });
    expect(result.pass).toEqual({ ok: true, value: {} });
    expect(result.get).toMatchObject({ ok: true, value: { hasPassword: { imap: true, smtp: false } } });
    expect(result.text).not.toContain(secret);
    expect(result.text).not.toContain('"password"'); // no field that could ever carry one
    // The core did store it: the page just cannot read it.
    expect(await desk.secrets.get('imap-password')).toBe(secret);
  });
});

describe.skipIf(skipReason !== null)('smoke: events reach the page the way the preload delivers them', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
  });

  it('delivers contract events in order to live listeners only, and drops off-contract payloads', async () => {
    await desk.page.evaluate(() => {
      const got: Record<string, unknown[]> = { kept: [], dropped: [] };
      window.e2eGot = got;
      window.helpdesk.on('messages:changed', (payload) => got.kept?.push(payload));
      const stop = window.helpdesk.on('messages:changed', (payload) => got.dropped?.push(payload));
      stop();
    });
    const bus = busOf(desk);
    bus.emit('messages:changed', { ids: 'not-an-array' } as never); // off-contract: must not arrive
    bus.emit('messages:changed', { ids: ['a'] });
    bus.emit('messages:changed', { ids: ['b', 'c'] });
    await desk.page.waitForFunction(() => (window.e2eGot?.kept?.length ?? 0) >= 2);
    const got = await desk.page.evaluate(() => window.e2eGot);
    expect(got).toEqual({ kept: [{ ids: ['a'] }, { ids: ['b', 'c'] }], dropped: [] });
    const broken = desk.internalErrors.filter((e) =>
      e.includes('messages:changed payload broke the contract'),
    );
    expect(broken).toHaveLength(1);
  });

  it.each([
    { event: 'app:quit', why: 'not a contract event' },
    { event: 'sync:progress ', why: 'near miss with a trailing space' },
  ])('throws on subscribing to $event ($why)', async ({ event }) => {
    const message = await desk.page.evaluate((e) => {
      try {
        window.helpdesk.on(e as never, () => undefined);
        return 'subscribed';
      } catch (error) {
        return String(error);
      }
    }, event);
    expect(message).toBe('TypeError: Unknown event');
  });

  it('gives a child frame no window.helpdesk (the preload runs in the main frame only)', async () => {
    const inChild = await desk.page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>child</p>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      document.body.append(frame);
      await loaded;
      return frame.contentWindow !== null && 'helpdesk' in frame.contentWindow;
    });
    expect(inChild).toBe(false);
  });
});

describe.skipIf(skipReason !== null)(
  'smoke: the harness notices what the tests above assert is absent',
  () => {
    let desk: Desk;

    beforeAll(async () => {
      desk = await startDesk();
    }, DESK_START_TIMEOUT);

    afterAll(async () => {
      await desk?.close();
    });

    it('records and blocks a request that leaves 127.0.0.1', async () => {
      // A page without the app's CSP, so the request really reaches the network layer.
      const other = await desk.context.newPage();
      await other.setContent('<img src="http://192.0.2.1/pixel.png" alt="">');
      expect(desk.blockedRequests).toContain('http://192.0.2.1/pixel.png');
      expect(desk.requests).toContain('http://192.0.2.1/pixel.png');
      await other.close();
    });

    it.each([
      { code: "console.error('probe-console')", expected: 'probe-console' },
      {
        code: "setTimeout(() => { throw new Error('probe-uncaught'); })",
        expected: 'pageerror: probe-uncaught',
      },
    ])('records $expected', async ({ code, expected }) => {
      await desk.page.evaluate(code);
      await expect.poll(() => desk.consoleErrors.join('\n'), { timeout: 30_000 }).toContain(expected);
    });
  },
);
