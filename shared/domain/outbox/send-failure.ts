/**
 * How an SMTP submission failed, described without any library type, and what that means for
 * the reply: wait and retry, stop and ask the user, or look in Sent before anything else.
 */

/** How far the transaction got: the one fact that decides whether the server may have the message. */
export type SendStage = 'connect' | 'auth' | 'envelope' | 'data';

/** What happened to the connection when no SMTP reply explains the failure. */
export type ConnectionFault = 'offline' | 'dns' | 'refused' | 'timeout' | 'tls' | 'certificate';

export interface SendFailure {
  stage: SendStage;
  /** The server's reply code (RFC 5321 §4.2), null when the connection failed without one. */
  responseCode: number | null;
  connection: ConnectionFault | null;
  /** The server's or the socket's words, kept for the user. */
  detail: string;
}

export type FailureVerdict =
  | 'offline' // no network / no server: wait, retry when back
  | 'temporary' // 4xx or a transient fault before the message went: retry with backoff
  | 'auth' // login refused: stop until the user fixes the password
  | 'rejected' // 5xx: the server refuses this message; stop, keep it
  | 'config' // TLS/certificate: stop until the settings are fixed
  | 'ambiguous'; // the message may have been accepted: search Sent before any resend

/** RFC 4954 §6 and common practice: 530 auth required, 534 mechanism too weak, 535 bad credentials, 538 encryption required. */
const AUTH_CODES = new Set([530, 534, 535, 538]);

export function classifyFailure(failure: SendFailure): FailureVerdict {
  const code = failure.responseCode;
  if (code !== null && AUTH_CODES.has(code)) return 'auth';
  if (failure.stage === 'data') {
    // Once the body has started to travel, only a 5xx is an unambiguous "not accepted"
    // (RFC 5321 §4.2.5); a dropped connection, a timeout or a 4xx can hide a delivered message
    // (the 250 lost on the way back, or a server that queued and then reported trouble).
    if (code !== null && code >= 500) return 'rejected';
    return 'ambiguous';
  }
  if (failure.stage === 'auth') {
    // 454 "temporary authentication failure" (RFC 4954 §6) and a dropped connection retry.
    if (code !== null && code >= 400 && code < 500) return 'temporary';
    if (code === null && failure.connection !== null) return connectionVerdict(failure.connection);
    return 'auth';
  }
  if (code !== null && code >= 500) return 'rejected';
  if (code !== null && code >= 400) return 'temporary';
  if (failure.connection !== null) return connectionVerdict(failure.connection);
  return 'temporary';
}

function connectionVerdict(fault: ConnectionFault): FailureVerdict {
  switch (fault) {
    case 'offline':
    case 'dns':
    case 'refused':
      return 'offline';
    case 'timeout':
      return 'temporary';
    case 'tls':
    case 'certificate':
      return 'config';
  }
}
