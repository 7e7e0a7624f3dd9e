/**
 * title-wording: the title is worded otherwise than the format's 政府信息公开工作年度报告 —
 * 工作 or 年度 left out (…政府信息公开年度报告, …政府信息公开工作报告), the two swapped, or
 * 政务公开 in place of 政府信息公开. Read only when no title of the statutory wording was found:
 * among the short lines above the first part, the one that reads as a title (no sentence
 * punctuation, ends with 报告, names 信息公开 or 政务公开).
 */
import type { ReportModel, Span } from '../model';
import { range } from '../model';
import { TITLE_SUFFIX } from '../schema/format';
import { defineRule } from './support';
import { withoutWhiteSpace } from '../text/spaces';

const OFFICIAL_MIDDLE = TITLE_SUFFIX.slice('政府信息公开'.length, -'报告'.length); // 工作年度

const LOOK_BACK = 15;
const TITLE_LIKE = /(?:信息公开|政务公开)[^。，,；;：:]{0,8}报告$/;

/** Markdown's heading marks, and a line set in bold (**…**): no part of the words. */
const HEADING_MARKS = /^#+\s*/;
const BOLD_LINE = /^\*\*(.*)\*\*$/;
/** Sentence punctuation: a line holding it is no title. */
const SENTENCE_MARK = /[。，,；;]/;
const WHITE_SPACE_RUNS = /\s+/g;
const SPACES = / /g;

/** The line that reads as the title when none of the statutory wording was found. */
function titleLikeLine(model: ReportModel): Span | null {
  const first = model.parts[0];
  const end = first ? (first.heading?.line ?? first.bodyStartLine) : Math.min(model.lines.length, LOOK_BACK);
  for (let i = Math.max(0, end - LOOK_BACK); i < end; i++) {
    const line = model.lines[i]!;
    let text = line.trim().replace(HEADING_MARKS, '').replace(BOLD_LINE, '$1').trim();
    if (text.length === 0 || text.length > 60 || SENTENCE_MARK.test(text)) continue;
    text = text.replace(WHITE_SPACE_RUNS, ' ').trim();
    const compact = text.replace(SPACES, '');
    if (!TITLE_LIKE.test(compact)) continue;
    const start = line.indexOf(text.slice(0, 1));
    const last = text.slice(-1);
    const stop = line.lastIndexOf(last) + 1;
    return { text: line.slice(start, stop), range: range(i, start, i, stop) };
  }
  return null;
}

type Problem = { id: 'affairs' | 'noWork' | 'noYear' | 'noWorkYear' | 'swapped' } | { id: 'otherMiddle'; middle: string };

/** What is wrong with the wording, or null when it is the statutory one. */
function problemOf(compact: string): Problem | null {
  if (compact.endsWith(TITLE_SUFFIX)) return null;
  const at = compact.lastIndexOf('政府信息公开');
  if (at < 0) return { id: 'affairs' };
  const middle = compact.slice(at + '政府信息公开'.length, -'报告'.length);
  if (middle === '年度') return { id: 'noWork' };
  if (middle === '工作') return { id: 'noYear' };
  if (middle === '') return { id: 'noWorkYear' };
  if (middle === '年度工作') return { id: 'swapped' };
  if (middle === OFFICIAL_MIDDLE) return null;
  return { id: 'otherMiddle', middle };
}

/** The English of every wording problem: the title and the statutory wording. */
const NOT_AS_REQUIRED = 'The title “{found}” is not worded as the format requires (“…{suffix}”)';

export default defineRule({
  code: 'title-wording',
  name: { zh: '标题用语', en: 'title wording' },
  defaultSeverity: 'warning',
  description: { zh: '标题不是“……政府信息公开工作年度报告”（漏写“工作”“年度”等）', en: 'The title is not worded “…政府信息公开工作年度报告”' },
  messages: {
    affairs: { zh: '标题“{found}”写成了“政务公开”，应为“……{suffix}”', en: NOT_AS_REQUIRED },
    noWork: { zh: '标题“{found}”缺少“工作”二字，应为“……{suffix}”', en: NOT_AS_REQUIRED },
    noYear: { zh: '标题“{found}”缺少“年度”二字，应为“……{suffix}”', en: NOT_AS_REQUIRED },
    noWorkYear: { zh: '标题“{found}”缺少“工作年度”四字，应为“……{suffix}”', en: NOT_AS_REQUIRED },
    swapped: { zh: '标题“{found}”把“工作年度”写成了“年度工作”，应为“……{suffix}”', en: NOT_AS_REQUIRED },
    otherMiddle: { zh: '标题“{found}”中的“{middle}”与格式不符，应为“……{suffix}”', en: NOT_AS_REQUIRED },
  },
  data: { found: 'string' },
  check(ctx) {
    if (ctx.model.title) return;
    const title = titleLikeLine(ctx.model);
    if (!title) return;
    const problem = problemOf(withoutWhiteSpace(title.text));
    if (!problem) return;
    const args = { found: title.text, suffix: TITLE_SUFFIX };
    ctx.report({
      range: title.range,
      ...(problem.id === 'otherMiddle' ? { messageId: 'otherMiddle' as const, args: { ...args, middle: problem.middle } } : { messageId: problem.id, args }),
      data: { found: title.text },
    });
  },
});
