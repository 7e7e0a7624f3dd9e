/**
 * Figures stated in prose that the tables also state: requests received (收到/受理/新收) and
 * concluded (办结/答复), administrative reviews and lawsuits (including 未发生… statements, read
 * as 0; 未发生…被纠错/败诉 speaks of outcomes, not of their number), normative documents issued
 * and in force. Precise rather than greedy: a false figure makes a false diagnostic.
 */
import type { NarrativeFigure } from '../model';
import { range } from '../model';
import { isParagraphEnd } from '../text/chars';

const NOT_REQUESTS = /复议|诉讼|信访|举报|投诉|建议|提案|咨询/;

/**
 * 收到/受理… or 新收: a 新 before the verb (新收到, 新受理) is kept in the phrase (see statesNewOnly).
 * The verbs are one alternation, 新收到 first (not an optional 新 before them: the engine then
 * tries every character as a start, half as fast again; test/parser/fast-paths.test.ts).
 */
export const RECEIVED =
  /(?:新(?:收到|受理|接收|接到)|收到|受理|接收|接到|新收)([^，。；,;：:0-9]{0,15}?)(?:依申请公开|申请)(?:申请)?(?:数量|总数|共计|合计|共)?\s*(?:为)?\s*([0-9]+)\s*(?:件|个|条|宗|次|份)/g;
const ANSWERED =
  /(?:办结|答复|办理完毕)(?:了)?([^，。；,;：:0-9]{0,15}?)(?:依申请公开|申请)(?:申请)?(?:数量|总数|共计|合计|共)?\s*(?:为)?\s*([0-9]+)\s*(?:件|个|条|宗|次|份)/g;
const NONE_RECEIVED = /(?:未|没有)(?:收到|受理|接到|接收)(?:任何)?([^，。；,;0-9]{0,15}?)申请/g;
const REVIEW_COUNT = /(行政复议|行政诉讼)(?:案件|申请)?(?:共|数量为|为)?\s*([0-9]+)\s*(?:件|起|宗|次|个|份)/g;
const NO_REVIEW = /(?:未发生|没有发生|未出现|未有|没有|无)([^，。；,;0-9]{0,25}?)(行政复议|行政诉讼)(?:(或者|[或和及、与])(行政复议|行政诉讼))?/g;
/** After a review or a lawsuit: its outcome (被纠错, 败诉): the statement is about outcomes, not about their number. */
const OUTCOME = /^(?:案件)?(?:被)?(?:纠错|纠正|败诉|撤销|确认违法)/;
const MORE_OUTCOME = /^(?:或者|[或和及、与])(?:被)?(行政复议|行政诉讼)(?:案件)?(?:被)?(?:纠错|纠正|败诉|撤销|确认违法)/;
const IN_FORCE = /现行有效(?:的)?(?:行政)?规范性文件\s*(?:共|数量为|为)?\s*([0-9]+)\s*(?:件|份|个)/g;
const NORMATIVE = /(?:制发|印发|出台|制定)(?:了)?(?:行政)?规范性文件\s*(?:共)?\s*([0-9]+)\s*(?:件|份|个)/g;

/** 新收…, 收到新的…: the phrase counts new requests alone. */
const SAYS_NEW = /^新|^(?:收到|受理|接收|接到)(?:了)?新/;
const SAYS_CARRIED_OVER = /结转|上年/;
/** Just before 行政复议/行政诉讼: an outcome (被纠错的行政复议…), not their number. */
const OUTCOME_BEFORE = /纠错|纠正|败诉|维持|撤销/;

/**
 * Whether a received-requests phrase says 新收 explicitly (新收政府信息公开申请15件, 新收到…, 收到新的
 * 申请…): it then counts 一、本年新收 alone, never 新收＋上年结转.
 */
export function statesNewOnly(phrase: string): boolean {
  // 新收和上年结转的申请共23件 counts both.
  return SAYS_NEW.test(phrase) && !SAYS_CARRIED_OVER.test(phrase);
}

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

function outcomeKindOf(word: string | undefined): NarrativeFigure['kind'] | null {
  if (word === '行政复议') return 'reviewsCorrected';
  if (word === '行政诉讼') return 'lawsuitsLost';
  return null;
}

/** A figure found in a text: its kind, value, where its number (or its statement) stands, and the phrase. */
type Emit = (kind: NarrativeFigure['kind'], value: number, start: number, end: number, phrase: string, phraseStart: number) => void;

/** The figures of one text (a line, or two wrapped lines joined), by offset in that text. */
function scanText(text: string, held: number, emit: Emit): void {
  const hasRequest = (held & REQUEST) !== 0;
  const hasReview = (held & (REVIEW | LAWSUIT)) !== 0;
  let m: RegExpExecArray | null;
  if (hasRequest) {
    RECEIVED.lastIndex = 0;
    while ((m = RECEIVED.exec(text))) {
      if (NOT_REQUESTS.test(m[1]!)) continue;
      const numStart = m.index + m[0].lastIndexOf(m[2]!);
      emit('requestsReceived', Number(m[2]), numStart, numStart + m[2]!.length, m[0], m.index);
    }
    ANSWERED.lastIndex = 0;
    while ((m = ANSWERED.exec(text))) {
      if (NOT_REQUESTS.test(m[1]!)) continue;
      const numStart = m.index + m[0].lastIndexOf(m[2]!);
      emit('requestsAnswered', Number(m[2]), numStart, numStart + m[2]!.length, m[0], m.index);
    }
    NONE_RECEIVED.lastIndex = 0;
    while ((m = NONE_RECEIVED.exec(text))) {
      if (NOT_REQUESTS.test(m[1]!)) continue;
      emit('requestsReceived', 0, m.index, m.index + m[0].length, m[0], m.index);
    }
  }
  if (hasReview) {
    REVIEW_COUNT.lastIndex = 0;
    while ((m = REVIEW_COUNT.exec(text))) {
      // 被纠错的行政复议案件0件 counts outcomes, not reviews.
      if (OUTCOME_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const numStart = m.index + m[0].lastIndexOf(m[2]!);
      emit(kindOf(m[1])!, Number(m[2]), numStart, numStart + m[2]!.length, m[0], m.index);
    }
    NO_REVIEW.lastIndex = 0;
    while ((m = NO_REVIEW.exec(text))) {
      const end = m.index + m[0].length;
      const firstEnd = m[4] ? end - m[3]!.length - m[4].length : end;
      const firstOutcome = OUTCOME.exec(text.slice(firstEnd, firstEnd + 8));
      const lastOutcome = m[4] ? OUTCOME.exec(text.slice(end, end + 8)) : firstOutcome;
      if (firstOutcome || lastOutcome) {
        // 未发生…被行政复议纠错或行政诉讼败诉: none corrected, none lost — their number is not stated.
        const stop = m[4] ? end + (lastOutcome?.[0].length ?? 0) : firstEnd + firstOutcome![0].length;
        const phraseEnd = stop + (MORE_OUTCOME.exec(text.slice(stop, stop + 16))?.[0].length ?? 0);
        const phrase = text.slice(m.index, phraseEnd);
        const kinds = new Set<string>([m[2]!, ...(m[4] ? [m[4]] : [])]);
        const more = MORE_OUTCOME.exec(text.slice(stop, stop + 16));
        if (more) kinds.add(more[1]!);
        for (const word of kinds) emit(outcomeKindOf(word)!, 0, m.index, phraseEnd, phrase, m.index);
        NO_REVIEW.lastIndex = phraseEnd;
        continue;
      }
      const first = kindOf(m[2]);
      if (first) emit(first, 0, m.index, m.index + m[0].length, m[0], m.index);
      const second = kindOf(m[4]);
      if (second) emit(second, 0, m.index, m.index + m[0].length, m[0], m.index);
    }
  }
  if ((held & NORMATIVE_DOCS) !== 0) {
    NORMATIVE.lastIndex = 0;
    while ((m = NORMATIVE.exec(text))) {
      const numStart = m.index + m[0].lastIndexOf(m[1]!);
      emit('normativeDocsIssued', Number(m[1]), numStart, numStart + m[1]!.length, m[0], m.index);
    }
    IN_FORCE.lastIndex = 0;
    while ((m = IN_FORCE.exec(text))) {
      const numStart = m.index + m[0].lastIndexOf(m[1]!);
      emit('normativeDocsInForce', Number(m[1]), numStart, numStart + m[1]!.length, m[0], m.index);
    }
  }
}

/**
 * `held`: the FIGURE_WORDS the line holds, as bits, when the caller knows them already (the
 * parser's search of the whole text does); else the line is searched for them.
 */
export function scanLineFigures(line: string, lineNo: number, out: NarrativeFigure[], held = figureWordsOf(line)): void {
  scanText(line, held, (kind, value, start, end, phrase) => out.push({ kind, value, range: range(lineNo, start, lineNo, end), line: lineNo, phrase }));
}

/** A line that ends a paragraph (as the prose reads it: isParagraphEnd), a table line or a blank one: the next line does not continue it. */
function endsParagraph(line: string): boolean {
  const text = line.trimEnd();
  return text.length === 0 || isParagraphEnd(text.charCodeAt(text.length - 1)) || text.includes('|') || text.includes('\t');
}

/**
 * The figures of a sentence that a line break cuts (text copied out of a PDF wraps prose at
 * the page's width: 受理政府 / 信息公开申请 17 件): the end of the previous line joined with
 * this one, keeping only figures that cross the break (the others are each line's own).
 */
export function scanWrappedFigures(previous: string, previousNo: number, line: string, lineNo: number, out: NarrativeFigure[]): void {
  if (endsParagraph(previous) || line.includes('|') || line.includes('\t')) return;
  const head = previous.trimEnd();
  const indent = line.length - line.trimStart().length;
  const joined = head + line.slice(indent);
  const held = figureWordsOf(joined);
  if (held === 0) return;
  const at = (offset: number): { line: number; character: number } =>
    offset < head.length ? { line: previousNo, character: offset } : { line: lineNo, character: offset - head.length + indent };
  scanText(joined, held, (kind, value, start, end, phrase, phraseStart) => {
    // Only the phrase crossing the break: a figure within one line is found on that line.
    if (phraseStart >= head.length || phraseStart + phrase.length <= head.length) return;
    const s = at(start);
    const e = at(end);
    out.push({ kind, value, range: range(s.line, s.character, e.line, e.character), line: e.line, phrase });
  });
}
