/**
 * Which open documents are checked as reports, and why (the status bar shows the why).
 * 'nianbao' documents always; Markdown and plain text only when they look like a report
 * (and detection is on), or when the user asked to check this one anyway.
 */
import { detectReport, type Bilingual } from '../service';

export const REPORT_LANGUAGE_ID = 'nianbao';
const DETECTABLE_LANGUAGE_IDS = new Set(['markdown', 'plaintext']);

export interface CheckDecision {
  checked: boolean;
  reason: Bilingual;
}

export interface DecisionInput {
  languageId: string;
  text: string;
  detectInMarkdown: boolean;
  /** The user ran "check anyway" for this document. */
  forced: boolean;
}

const BY_LANGUAGE: Bilingual = { zh: '文件类型为“年报”', en: 'The file type is “Nianbao report”' };
const BY_REQUEST: Bilingual = { zh: '已选择“仍然检查”此文件', en: 'Checked on request (“check anyway”)' };
const DETECTION_OFF: Bilingual = {
  zh: '已在设置中关闭 Markdown 检测',
  en: 'Detection in Markdown is turned off in the settings',
};
const OTHER_LANGUAGE: Bilingual = {
  zh: '此文件类型不检查（只检查年报、Markdown 和纯文本文件）',
  en: 'This file type is not checked (only reports, Markdown and plain text)',
};

export function decideChecking(input: DecisionInput): CheckDecision {
  if (input.languageId === REPORT_LANGUAGE_ID) return { checked: true, reason: BY_LANGUAGE };
  if (input.forced) return { checked: true, reason: BY_REQUEST };
  if (!DETECTABLE_LANGUAGE_IDS.has(input.languageId)) return { checked: false, reason: OTHER_LANGUAGE };
  if (!input.detectInMarkdown) return { checked: false, reason: DETECTION_OFF };
  const detected = detectReport(input.text);
  return { checked: detected.isReport, reason: detected.reason };
}
