/** The reply settings dialog (issue 5): compliance switches, link and word lists, limits, auto-acknowledgement. */
export const replySettingsEn = {
  menu: 'Replies & compliance',
  title: 'Replies & compliance',
  intro:
    'A reply that breaks the marketplace’s messaging rules can get your messaging blocked or your account suspended. These checks run while you write and again before each reply is sent.',
  loadFailed: 'The reply settings could not be loaded: {{reason}}',
  close: 'Close',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  saveFailed: 'The settings could not be saved: {{reason}}',
  unsaved: 'Unsaved changes',
  fixErrors: 'Correct the marked fields to save.',
  separator: ', ',
  rules: {
    title: 'Rules',
    help: 'Switch a check off only if you are sure. Blocking checks stop a reply; warnings ask you to look again.',
    blockGroup: 'Checks that block sending',
    warnGroup: 'Warnings',
    switchLabel: 'Check: {{name}}',
    blockOff:
      'Off: the marketplace’s rule still applies. A reply that breaks it may still be blocked, and your account may be suspended.',
    blockOffSummary: 'Blocking checks switched off: {{n}}. The marketplace still enforces these rules.',
  },
  links: {
    title: 'Links',
    allowed: 'Allowed domains',
    allowedHelp:
      'One per line, e.g. a carrier’s tracking site. https links to these domains and their subdomains need no confirmation.',
    own: 'Your own websites',
    ownHelp: 'One per line. Links to these domains are always blocked, even over https.',
    invalid: 'Not a domain: {{items}}',
  },
  words: {
    title: 'Banned words',
    label: 'Words and phrases never to send',
    help: 'One per line. A reply containing one is blocked; upper/lower case and full-/half-width are ignored.',
    tooLong: 'Too long (up to {{max}} characters): {{items}}',
  },
  tooMany: 'Too many entries (up to {{max}}).',
  attachments: {
    title: 'Attachments',
    label: 'Size limit per attachment',
    unit: 'MB',
    help: 'The marketplace accepts PDF, Word, image and text files under 7 MB each.',
    invalid: 'Enter a number from 1 to 25.',
    aboveMarketplace: 'Above 7 MB, the marketplace may refuse the attachment.',
  },
  limit: {
    title: 'Daily message limit',
    orders: 'Average daily orders',
    ordersHelp: 'The marketplace allows 5 × average daily orders + 600 messages a day.',
    invalid: 'Enter a whole number, 0 or more.',
    formula: 'Daily limit: 5 × {{orders}} + 600 = {{limit}} messages',
    usage: 'Sent today: {{sent}} of {{limit}}',
    usageUnavailable: 'Today’s count is not available.',
  },
  autoAck: {
    title: 'Automatic acknowledgement',
    enable: 'Send an automatic acknowledgement when a buyer writes',
    help: 'Sent at most once per buyer per day, in the buyer’s language (English otherwise), and never to automated marketplace mail. It does not count as your reply: the message still needs an answer within 24 hours.',
    body: 'Text in {{language}}',
    suggest: 'Use a suggested text',
    chars: '{{n}} / {{max}}',
    empty: 'Enter a text for this language.',
    tooLong: 'Keep it short: up to {{max}} characters.',
    blocked: 'This text breaks a rule and cannot be saved while the acknowledgement is on:',
    blockedOff: 'This text breaks a rule; correct it before switching the acknowledgement on:',
    excerpt: '“{{text}}”',
  },
};

export type ReplySettingsTranslation = typeof replySettingsEn;
