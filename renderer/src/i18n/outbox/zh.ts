import type { OutboxTranslation } from './en.js';

export const outboxZh: OutboxTranslation = {
  title: '发送状态',
  state: {
    queued: '等待发送',
    sending: '正在发送…',
    checking: '正在确认是否已发送',
    sent: '已发送',
    held: '已暂停发送',
    failed: '发送失败',
  },
  sentAt: '已发送 {{time}}',
  reason: {
    offline: '当前处于离线状态，网络恢复后会自动发送。',
    temporary: '邮件服务器暂未接收，将于 {{time}} 重试。',
    temporarySoon: '邮件服务器暂未接收，稍后会自动重试。',
    checking: '上次发送被中断，正在检查“已发送”文件夹，避免重复发送给买家。',
    'answered-elsewhere': '其他客服已经回复了这个会话。',
    'newer-message': '您开始写回复之后，买家又发来了新消息。',
    auth: '邮件服务器拒绝登录。请在账户设置中检查 SMTP 密码，然后重试。',
    rejected: '邮件服务器拒收了这条消息。请重试，或退回草稿修改后再发。',
    unknown: '发送时出现问题。请重试，或退回草稿。',
  },
  serverSaid: '服务器返回：{{detail}}',
  showMessage: '查看消息 {{n}}',
  action: {
    retry: '重试',
    'send-anyway': '仍然发送',
    discard: '退回草稿',
  },
  newerDraftKept: '此会话已有更新的草稿，已保留该草稿。请打开回复编辑器继续。',
  actionFailed: '操作失败：{{reason}}',
};
