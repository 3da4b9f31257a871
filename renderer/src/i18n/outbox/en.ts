/** Outbox strings (issue 5). */
export const outboxEn = {
  title: 'Outbox',
  state: {
    queued: 'Waiting to send',
    sending: 'Sending…',
    checking: 'Checking whether it was already sent',
    sent: 'Sent',
    held: 'Stopped before sending',
    failed: 'Could not be sent',
  },
  sentAt: 'Sent {{time}}',
  reason: {
    offline: 'You are offline. It will be sent when the connection is back.',
    temporary: 'The mail server did not take it yet. Next try at {{time}}.',
    temporarySoon: 'The mail server did not take it yet. It will be tried again shortly.',
    checking:
      'The last attempt was interrupted: the Sent folder is checked first so the buyer never gets it twice.',
    'answered-elsewhere': 'Someone else has already replied to this conversation.',
    'newer-message': 'The buyer has written again since you started this reply.',
    auth: 'The mail server refused the sign-in. Check the SMTP password in the account settings, then retry.',
    rejected: 'The mail server refused this message. Retry, or take it back to the draft and change it.',
    unknown: 'Something went wrong while sending. Retry, or take it back to the draft.',
  },
  serverSaid: 'Server response: {{detail}}',
  showMessage: 'Show message {{n}}',
  action: {
    retry: 'Retry',
    'send-anyway': 'Send anyway',
    discard: 'Back to draft',
  },
  newerDraftKept:
    'This conversation already has a newer draft, so that draft was kept. Open the reply editor to continue.',
  actionFailed: 'That did not work: {{reason}}',
};

export type OutboxTranslation = typeof outboxEn;
