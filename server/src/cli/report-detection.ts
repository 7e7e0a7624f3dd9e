/**
 * Whether the CLI reads a file as a report — one decision for `check`, `convert` and
 * `summary`: a file named as a report (README: *.nianbao.md, *年度报告*.md …, the extension's
 * filenamePatterns) is one whatever its content; any other file is one when detectReport
 * finds enough standard part titles on lines of their own. When it finds too few but the
 * titles stand inside long lines (a web page crawled or copied without its line breaks), the
 * reason says so instead of claiming that no title was found.
 */
import { isReportFileName } from '../convert/report-names';
import { detectReport, PARTS, REPORT_THRESHOLD, type Lang, type PartId } from '../service';
import * as msg from './messages';

/**
 * Not a report: `skipped` is check's text for the file; `problem` says the same after the
 * file's name (convert's complaint).
 */
export type ReportDecision = { isReport: true } | { isReport: false; skipped: string; problem: (file: string) => string };

export function reportDecision(path: string, text: string, lang: Lang): ReportDecision {
  if (isReportFileName(path)) return { isReport: true };
  const detection = detectReport(text);
  if (detection.isReport) return { isReport: true };
  const flattened = flattenedReason(text, detection.standardTitles, lang);
  if (flattened !== null) {
    const skipped = msg.flattenedReport(lang, flattened);
    return { isReport: false, skipped, problem: (file) => `${file}: ${skipped}` };
  }
  const detail = lang === 'en' ? detection.reason.en : detection.reason.zh;
  return { isReport: false, skipped: msg.fileProblem(lang, 'not-report', detail), problem: (file) => msg.convertNotReport(lang, file, detail) };
}

/** Any whitespace between the characters of a title: crawled text breaks words at random. */
const spaced = (text: string): string => [...text].map((c) => c.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('\\s*');

/** A part's numbered title written anywhere in a line: 三、收到和处理政府信息公开申请情况 (or a variant). */
const INLINE_TITLES: readonly { id: PartId; pattern: RegExp }[] = PARTS.map((part) => ({
  id: part.id,
  pattern: new RegExp(`${part.numeral}\\s*[、.．，,]\\s*(?:${[part.title, ...part.variants].map(spaced).join('|')})`, 'u'),
}));

/**
 * The reason for a text whose standard part titles stand inside long lines, or null when
 * fewer than REPORT_THRESHOLD titles are there either (then detectReport's reason holds).
 * It says what was seen: how many titles, how many of them inside other text, how many
 * lines the text has and how long the longest is.
 */
export function flattenedReason(text: string, onOwnLines: number, lang: Lang): string | null {
  const found: { part: (typeof PARTS)[number]; inline: boolean }[] = [];
  for (const { id, pattern } of INLINE_TITLES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', match.index), text.lastIndexOf('\r', match.index)) + 1;
    found.push({ part: PARTS[id - 1]!, inline: !/^[\s#*>]*$/.test(text.slice(lineStart, match.index)) });
  }
  if (found.length < REPORT_THRESHOLD) return null;
  const inline = found.filter((f) => f.inline).length;
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((line) => [...line.trimEnd()].length));
  const lineCount = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  // Lines broken by a carriage return alone (old Mac files) are one line to the parser.
  const loneCarriageReturns = /\r(?!\n)/.test(text);
  if (lang === 'en') {
    const names = found.map(({ part }) => `${part.numeral} ${part.englishTitle}`).join(', ');
    const seen = inline > 0 ? `${inline} of them inside other text rather than at the start of a line` : 'each at the start of a line, but on a line too long to be a heading';
    const cause = loneCarriageReturns
      ? ' Its lines are broken by a carriage return alone (CR), which is not read as a line break.'
      : inline > 0
        ? ' The line breaks were probably lost when the page was crawled or copied.'
        : '';
    return (
      `found ${found.length} standard part titles (${names}), ${onOwnLines === 0 ? 'none' : `only ${onOwnLines}`} on a line of its own, ${seen}; ` +
      `the text has ${lineCount} line${lineCount === 1 ? '' : 's'}, the longest ${longest} characters.${cause}`
    );
  }
  const seen = inline > 0 ? `其中 ${inline} 个写在其他文字中间、不在行首` : '都在行首，但所在的行过长，不像标题行';
  const cause = loneCarriageReturns ? '文件只用回车符（CR）分行，不能作为换行读取。' : inline > 0 ? '可能是抓取或复制网页时丢失了换行。' : '';
  return (
    `找到 ${found.length} 个标准部分标题（${found.map(({ part }) => part.heading).join('、')}），${onOwnLines === 0 ? '没有一个' : `只有 ${onOwnLines} 个`}单独成行，${seen}；` +
    `全文共 ${lineCount} 行，最长一行 ${longest} 字。${cause}`
  );
}
