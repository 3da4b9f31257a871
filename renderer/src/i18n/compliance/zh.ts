import type { ComplianceTranslation } from './en.js';

export const complianceZh: ComplianceTranslation = {
  severity: {
    block: '禁止发送',
    warn: '提醒',
  },
  rules: {
    'link-insecure': {
      name: '非 https 链接',
      why: '不能发送外部网站链接，只允许发送完成订单所必需的安全 https 链接。请删除链接，如买家确实需要，请改用 https 地址。',
    },
    'link-unconfirmed': {
      name: '未确认的链接',
      why: '即使是 https 链接，也只能发送完成订单所必需的。请确认买家确实需要此链接，否则请删除。',
    },
    'link-own-site': {
      name: '自有网站链接',
      why: '不能发送自有网站的链接，即使是 https 也不行。请把买家需要的信息直接写在消息里。',
    },
    'email-address': {
      name: '电子邮箱地址',
      why: '不能发送电子邮箱等联系方式。请在本消息对话中与买家沟通。',
    },
    'phone-number': {
      name: '电话号码',
      why: '不能发送电话号码等联系方式。请在本消息对话中与买家沟通。',
    },
    'opt-out-request': {
      name: '要求退订消息',
      why: '不能要求买家退订（不再接收）卖家消息。请删除相关内容。',
    },
    'review-incentive': {
      name: '以好处换评价',
      why: '禁止以退款、折扣、赠品等换取评价，也不能催促买家给好评。请删除相关内容。',
    },
    'placeholder-left': {
      name: '模板占位符未替换',
      why: '文中还留有 [NAME]、○○ 等模板占位符。发送前请替换为实际内容。',
    },
    'empty-salutation': {
      name: '称呼缺少姓名',
      why: '称呼中没有买家姓名。请填写买家姓名，或删除称呼这一行。',
    },
    'html-tracking-pixel': {
      name: '跟踪像素',
      why: '不能使用跟踪像素（用于统计打开情况的极小或隐藏图片）。请删除该图片。',
    },
    'html-insecure-image': {
      name: '非 https 图片',
      why: '图片必须通过 https 提供，并且与订单相关。请删除图片或改用 https 地址。',
    },
    'attachment-type': {
      name: '不允许的文件类型',
      why: '附件只能是 PDF、Word、图片或文本文件。请另存为 PDF 等格式后再添加。',
    },
    'attachment-too-large': {
      name: '附件过大',
      why: '每个附件都必须小于大小上限（未修改设置时为 7 MB）。请压缩文件或分开发送。',
    },
    'banned-word': {
      name: '违禁词',
      why: '包含您在“回复与合规”设置中添加的禁用词。请换一种说法。',
    },
    promotion: {
      name: '营销推广',
      why: '不能发送营销内容：优惠券、折扣、促销活动，或推荐其他商品、第三方商品。请只写与买家订单相关的内容。',
    },
    'order-id-missing': {
      name: '未注明订单号',
      why: '请注明 17 位订单号（例如 503-1234567-1234567），方便买家和平台知道是哪一笔订单。',
    },
    'language-mismatch': {
      name: '与买家语言不一致',
      why: '请使用买家偏好的语言回复，一般以买家来信所用的语言为准。',
    },
    'blank-lines': {
      name: '空行过多',
      why: '换行过多会让消息看起来像垃圾邮件。请删除多余的空行。',
    },
    'gif-or-thumbs-down': {
      name: 'GIF 或“踩”表情',
      why: '不能使用 GIF 动图和 👎（踩）表情。请删除。',
    },
    'too-long': {
      name: '消息过长',
      why: '消息太长不便阅读，也容易被视为垃圾信息。请直接回答买家的问题，尽量简洁。',
    },
    'repeats-notice': {
      name: '重复平台通知',
      why: '订单确认、发货通知和感谢信息平台已经发送过。请不要发送只重复这些内容的消息。',
    },
    offensive: {
      name: '不当用语',
      why: '不能使用冒犯性、暴力或不专业的用语。请改用礼貌的表达。',
    },
    'important-misuse': {
      name: '误用重要标签',
      why: '主题中的重要标签（[重要] / [Important]）会让已退订的买家也收到消息，所以只能用于完成订单所必需的消息。其他情况请去掉。',
    },
    'proactive-late': {
      name: '订单完成超过 30 天',
      why: '卖家主动发起的消息只能在订单完成后 30 天内、且出于允许的原因发送。请在买家来信的对话中回复。',
    },
    'attachment-purpose-other': {
      name: '非订单文件的附件',
      why: '只能附加发票、保修卡、使用说明等与订单相关的文件。请选择文件类型，或移除该附件。',
    },
  },
};
