/**
 * Figures stated in prose that the tables also state: requests received, administrative
 * reviews and lawsuits (including 未发生… statements, read as 0), normative documents
 * issued. Precise rather than greedy: a false figure makes a false diagnostic.
 */
import type { NarrativeFigure } from '../model';
import { range } from '../model';

const NOT_REQUESTS = /复议|诉讼|信访|举报|投诉|建议|提案|咨询/;

const RECEIVED =
  /(?:收到|受理|接收|接到)([^，。；,;：:0-9]{0,15}?)(?:依申请公开|申请)(?:申请)?(?:数量|总数|共计|合计|共)?\s*(?:为)?\s*([0-9]+)\s*(?:件|个|条|宗|次|份)/g;
const NONE_RECEIVED = /(?:未|没有)(?:收到|受理|接到|接收)(?:任何)?([^，。；,;0-9]{0,15}?)申请/g;
const REVIEW_COUNT = /(行政复议|行政诉讼)(?:案件|申请)?(?:共|数量为|为)?\s*([0-9]+)\s*(?:件|起|宗|次|个|份)/g;
const NO_REVIEW = /(?:未发生|没有发生|未出现|未有|没有|无)([^，。；,;0-9]{0,25}?)(行政复议|行政诉讼)(?:(?:或者|[或和及、与])(行政复议|行政诉讼))?/g;
const NORMATIVE = /(?:制发|印发|出台|制定)(?:了)?(?:行政)?规范性文件\s*(?:共)?\s*([0-9]+)\s*(?:件|份|个)/g;

/** The words a line needs for any figure to be read on it. */
export const FIGURE_WORDS = ['申请', '行政复议', '行政诉讼', '规范性文件'] as const;

/** FIGURE_WORDS as bits (see LineSearch.linesWithAny's wordsOut): bit k for FIGURE_WORDS[k]. */
const REQUEST = 1;
const REVIEW = 2;
const LAWSUIT = 4;
const NORMATIVE_DOCS = 8;

/** The FIGURE_WORDS a line holds, as bits, searched on the line itself. */
function figureWordsOf(line: string): number {
  return (
    (line.indexOf('申请') >= 0 ? REQUEST : 0) |
    (line.indexOf('行政复议') >= 0 ? REVIEW : 0) |
    (line.indexOf('行政诉讼') >= 0 ? LAWSUIT : 0) |
    (line.indexOf('规范性文件') >= 0 ? NORMATIVE_DOCS : 0)
  );
}

function kindOf(word: string | undefined): NarrativeFigure['kind'] | null {
  if (word === '行政复议') return 'reviews';
  if (word === '行政诉讼') return 'lawsuits';
  return null;
}

function push(out: NarrativeFigure[], lineNo: number, kind: NarrativeFigure['kind'], value: number, start: number, end: number, phrase: string): void {
  out.push({ kind, value, range: range(lineNo, start, lineNo, end), line: lineNo, phrase });
}

/**
 * `held`: the FIGURE_WORDS the line holds, as bits, when the caller knows them already (the
 * parser's search of the whole text does); else the line is searched for them.
 */
export function scanLineFigures(line: string, lineNo: number, out: NarrativeFigure[], held = figureWordsOf(line)): void {
  const hasRequest = (held & REQUEST) !== 0;
  const hasReview = (held & (REVIEW | LAWSUIT)) !== 0;
  let m: RegExpExecArray | null;
  if (hasRequest) {
    RECEIVED.lastIndex = 0;
    while ((m = RECEIVED.exec(line))) {
      if (NOT_REQUESTS.test(m[1]!)) continue;
      const numStart = m.index + m[0].lastIndexOf(m[2]!);
      push(out, lineNo, 'requestsReceived', Number(m[2]), numStart, numStart + m[2]!.length, m[0]);
    }
    NONE_RECEIVED.lastIndex = 0;
    while ((m = NONE_RECEIVED.exec(line))) {
      if (NOT_REQUESTS.test(m[1]!)) continue;
      push(out, lineNo, 'requestsReceived', 0, m.index, m.index + m[0].length, m[0]);
    }
  }
  if (hasReview) {
    REVIEW_COUNT.lastIndex = 0;
    while ((m = REVIEW_COUNT.exec(line))) {
      const numStart = m.index + m[0].lastIndexOf(m[2]!);
      push(out, lineNo, kindOf(m[1])!, Number(m[2]), numStart, numStart + m[2]!.length, m[0]);
    }
    NO_REVIEW.lastIndex = 0;
    while ((m = NO_REVIEW.exec(line))) {
      const first = kindOf(m[2]);
      if (first) push(out, lineNo, first, 0, m.index, m.index + m[0].length, m[0]);
      const second = kindOf(m[3]);
      if (second) push(out, lineNo, second, 0, m.index, m.index + m[0].length, m[0]);
    }
  }
  if ((held & NORMATIVE_DOCS) !== 0) {
    NORMATIVE.lastIndex = 0;
    while ((m = NORMATIVE.exec(line))) {
      const numStart = m.index + m[0].lastIndexOf(m[1]!);
      push(out, lineNo, 'normativeDocsIssued', Number(m[1]), numStart, numStart + m[1]!.length, m[0]);
    }
  }
}
