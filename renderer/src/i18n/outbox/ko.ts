import type { OutboxTranslation } from './en.js';

export const outboxKo: OutboxTranslation = {
  title: '보내기 상태',
  state: {
    queued: '보내기 대기 중',
    sending: '보내는 중…',
    checking: '이미 보냈는지 확인하고 있습니다',
    sent: '보냄',
    held: '보내기를 보류했습니다',
    failed: '보내지 못했습니다',
  },
  sentAt: '보냄 {{time}}',
  reason: {
    offline: '오프라인 상태입니다. 연결되면 보냅니다.',
    temporary: '메일 서버가 아직 받지 않았습니다. {{time}}에 다시 시도합니다.',
    temporarySoon: '메일 서버가 아직 받지 않았습니다. 잠시 후 다시 시도합니다.',
    checking: '지난번 보내기가 중단되어, 구매자가 두 번 받지 않도록 보낸편지함을 먼저 확인하고 있습니다.',
    'answered-elsewhere': '다른 담당자가 이미 답장했습니다.',
    'newer-message': '답장을 쓰기 시작한 후 구매자가 새 메시지를 보냈습니다.',
    auth: '메일 서버에 로그인하지 못했습니다. 계정 설정에서 SMTP 비밀번호를 확인한 후 다시 시도하세요.',
    rejected: '메일 서버가 이 메시지를 거부했습니다. 다시 시도하거나 임시 저장으로 되돌려 수정하세요.',
    unknown: '보내는 중 문제가 발생했습니다. 다시 시도하거나 임시 저장으로 되돌리세요.',
  },
  serverSaid: '서버 응답: {{detail}}',
  showMessage: '메시지 {{n}} 보기',
  action: {
    retry: '다시 시도',
    'send-anyway': '그래도 보내기',
    discard: '임시 저장으로 되돌리기',
  },
  newerDraftKept:
    '이 대화에는 더 최근의 임시 저장이 있어 그것을 유지했습니다. 답장 작성 화면을 열어 계속하세요.',
  actionFailed: '작업하지 못했습니다: {{reason}}',
};
