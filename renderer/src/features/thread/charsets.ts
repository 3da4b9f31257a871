import type { RedecodeCharset } from '../../api/desk-types.js';

/** The "re-decode as…" menu, grouped by the markets whose mailers mislabel these most. */
export const REDECODE_MENU: readonly { charset: RedecodeCharset; label: string }[] = [
  { charset: 'utf-8', label: 'UTF-8' },
  { charset: 'iso-2022-jp', label: 'ISO-2022-JP (JIS)' },
  { charset: 'shift_jis', label: 'Shift_JIS' },
  { charset: 'euc-jp', label: 'EUC-JP' },
  { charset: 'gb18030', label: 'GB18030' },
  { charset: 'gbk', label: 'GBK' },
  { charset: 'gb2312', label: 'GB2312' },
  { charset: 'big5', label: 'Big5' },
  { charset: 'euc-kr', label: 'EUC-KR' },
  { charset: 'ks_c_5601-1987', label: 'KS C 5601' },
  { charset: 'iso-8859-1', label: 'ISO-8859-1' },
  { charset: 'windows-1252', label: 'Windows-1252' },
];
