import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../../../electron/core/outbox/smtp-transport.js';
import type { SendFailure, SendStage } from '../../../../../shared/domain/outbox/send-failure.js';

// nodemailer's errors as the outbox sees them: the stage we were in decides what a drop means.

const err = (props: Record<string, unknown>) => Object.assign(new Error(String(props.message ?? 'x')), props);

const cases: Array<[string, unknown, SendStage, Omit<SendFailure, 'detail'>]> = [
  [
    'connection refused while connecting',
    err({ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:2525' }),
    'connect',
    { stage: 'connect', responseCode: null, connection: 'refused' },
  ],
  [
    'DNS failure',
    err({ code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.example' }),
    'connect',
    { stage: 'connect', responseCode: null, connection: 'dns' },
  ],
  [
    'self-signed certificate',
    err({
      code: 'ESOCKET',
      message: 'self-signed certificate',
      cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    }),
    'connect',
    { stage: 'connect', responseCode: null, connection: 'certificate' },
  ],
  [
    'greeting timeout',
    err({ code: 'ETIMEDOUT', message: 'Greeting never received' }),
    'connect',
    { stage: 'connect', responseCode: null, connection: 'timeout' },
  ],
  [
    '535 on AUTH keeps its code',
    err({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Error: authentication failed' }),
    'auth',
    { stage: 'auth', responseCode: 535, connection: null },
  ],
  [
    'RCPT refused: before the body even if we were in send()',
    err({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }),
    'data',
    { stage: 'envelope', responseCode: 550, connection: null },
  ],
  [
    'connection closed during send(): counted as DATA (may be delivered)',
    err({ code: 'ECONNECTION', message: 'Connection closed unexpectedly', command: 'CONN' }),
    'data',
    { stage: 'data', responseCode: null, connection: 'offline' },
  ],
  [
    '451 after the body',
    err({ code: 'EMESSAGE', responseCode: 451, command: 'DATA' }),
    'data',
    { stage: 'data', responseCode: 451, connection: null },
  ],
  [
    'a thrown string is still described',
    'boom',
    'connect',
    { stage: 'connect', responseCode: null, connection: null },
  ],
];

describe('describeFailure', () => {
  it.each(cases)('%s', (_why, error, stage, expected) => {
    expect(describeFailure(error, stage)).toMatchObject(expected);
  });

  it.each([
    [
      'the server response is kept for the user',
      err({ response: '554 5.7.1 Spam detected', responseCode: 554 }),
      '554 5.7.1 Spam detected',
    ],
    ['else the message', err({ message: 'Connection closed' }), 'Connection closed'],
  ])('detail: %s', (_why, error, detail) => {
    expect(describeFailure(error, 'data').detail).toBe(detail);
  });
});
