import type { OutboxTranslation } from './en.js';

export const outboxJa: OutboxTranslation = {
  title: '送信状況',
  state: {
    queued: '送信待ち',
    sending: '送信中…',
    checking: '送信済みかどうか確認しています',
    sent: '送信済み',
    held: '送信を保留しました',
    failed: '送信できませんでした',
  },
  sentAt: '送信済み {{time}}',
  reason: {
    offline: 'オフラインです。接続が戻ると送信します。',
    temporary: 'メールサーバーがまだ受け付けていません。{{time}}に再送します。',
    temporarySoon: 'メールサーバーがまだ受け付けていません。まもなく再送します。',
    checking: '前回の送信が中断されたため、二重送信にならないよう送信済みフォルダーを確認しています。',
    'answered-elsewhere': '別の担当者がすでに返信しました。',
    'newer-message': '購入者から新しいメッセージが届いています。',
    auth: 'メールサーバーにログインできませんでした。アカウント設定で SMTP のパスワードを確認してから、再試行してください。',
    rejected:
      'メールサーバーがこのメッセージを受け付けませんでした。再試行するか、下書きに戻して修正してください。',
    unknown: '送信中に問題が発生しました。再試行するか、下書きに戻してください。',
  },
  serverSaid: 'サーバーの応答：{{detail}}',
  showMessage: 'メッセージ {{n}} を表示',
  action: {
    retry: '再試行',
    'send-anyway': 'それでも送信',
    discard: '下書きに戻す',
  },
  newerDraftKept: 'この会話には新しい下書きがあるため、そちらを残しました。返信画面を開いて続けてください。',
  actionFailed: '操作できませんでした：{{reason}}',
};
