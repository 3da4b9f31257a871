import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  type FailureVerdict,
  type SendFailure,
} from '../../../../../shared/domain/outbox/send-failure.js';

const f = (
  stage: SendFailure['stage'],
  responseCode: number | null,
  connection: SendFailure['connection'] = null,
) => ({
  stage,
  responseCode,
  connection,
  detail: '',
});

const cases: Array<[string, SendFailure, FailureVerdict]> = [
  ['DNS lookup fails: the desk is offline', f('connect', null, 'dns'), 'offline'],
  ['connection refused: server or network down', f('connect', null, 'refused'), 'offline'],
  ['connection dropped before the greeting', f('connect', null, 'offline'), 'offline'],
  ['connect timeout is temporary, not offline', f('connect', null, 'timeout'), 'temporary'],
  ['untrusted certificate stops until the settings change', f('connect', null, 'certificate'), 'config'],
  ['STARTTLS not offered though required: settings problem', f('connect', null, 'tls'), 'config'],
  ['421 at the greeting: server busy', f('connect', 421, null), 'temporary'],
  ['554 at the greeting: server refuses us', f('connect', 554, null), 'rejected'],
  ['535 bad credentials', f('auth', 535), 'auth'],
  ['534 mechanism too weak', f('auth', 534), 'auth'],
  ['530 auth required on MAIL FROM', f('envelope', 530), 'auth'],
  ['538 encryption required for auth', f('auth', 538), 'auth'],
  ['454 temporary auth failure retries (RFC 4954)', f('auth', 454), 'temporary'],
  ['connection drop during AUTH retries, does not blame the password', f('auth', null, 'offline'), 'offline'],
  ['auth refused without a code is still auth', f('auth', null, null), 'auth'],
  ['450 mailbox busy on RCPT: temporary', f('envelope', 450), 'temporary'],
  ['550 no such user on RCPT: rejected', f('envelope', 550), 'rejected'],
  ['connection cut after DATA began: may be delivered', f('data', null, 'offline'), 'ambiguous'],
  ['timeout after DATA began: may be delivered', f('data', null, 'timeout'), 'ambiguous'],
  ['451 after the body: check before resending', f('data', 451), 'ambiguous'],
  ['554 after the body: the server definitely refused', f('data', 554), 'rejected'],
  ['535 after the body (odd server) is still auth', f('data', 535), 'auth'],
  ['unknown fault before DATA: retry', f('envelope', null, null), 'temporary'],
];

describe('classifyFailure', () => {
  it.each(cases)('%s', (_why, failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });
});
