import { describe, expect, it } from 'vitest';
import { createAppUrlCheck } from '../../../../electron/main/trusted-sender.js';

const FILE_APP = 'file:///opt/Seller%20Helpdesk/resources/app/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

// [app url, frame url, trusted?, why]
const cases: [string, string, boolean, string][] = [
  [FILE_APP, FILE_APP, true, 'the built renderer'],
  [FILE_APP, `${FILE_APP}#/settings`, true, 'hash routes'],
  [FILE_APP, `${FILE_APP}?x=1`, true, 'query'],
  [
    FILE_APP,
    'file:///opt/Seller%20Helpdesk/resources/app/out/renderer/other.html',
    false,
    'another file next to it',
  ],
  [FILE_APP, 'file:///tmp/index.html', false, 'a file elsewhere'],
  [
    FILE_APP,
    'file://attacker-host/opt/Seller%20Helpdesk/resources/app/out/renderer/index.html',
    false,
    'UNC host',
  ],
  [FILE_APP, 'https://evil.example/index.html', false, 'remote'],
  [FILE_APP, 'about:blank', false, 'about:blank'],
  [FILE_APP, '', false, 'empty'],
  [DEV_APP, 'http://localhost:5173/', true, 'dev server'],
  [DEV_APP, 'http://localhost:5173/src/x.html', true, 'same origin, other path'],
  [DEV_APP, 'http://localhost:5174/', false, 'other port'],
  [DEV_APP, 'https://localhost:5173/', false, 'other scheme'],
  [DEV_APP, 'http://127.0.0.1:5173/', false, 'other host spelling'],
  [DEV_APP, 'http://localhost:5173.evil.example/', false, 'host suffix trick'],
];

describe('createAppUrlCheck', () => {
  it.each(cases)('%s <- %s: %s (%s)', (app, frame, trusted) => {
    expect(createAppUrlCheck(app)(frame)).toBe(trusted);
  });

  it.each(['custom://app/index.html', 'data:text/html,x'])('refuses to trust a %s app URL', (app) => {
    expect(() => createAppUrlCheck(app)).toThrow(/scheme/);
  });
});
