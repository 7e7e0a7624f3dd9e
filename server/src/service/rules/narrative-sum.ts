/**
 * narrative-sum: a figure whose parts the prose gives (全年累计发布2139条，其中网站1744条、微博393条
 * …) must equal their sum. Read only where the list is plain: the total is the figure just before
 * 其中 (nothing but a comma between), the parts follow it in the same unit, each named by a few
 * words with no other number, up to the end of the sentence or of the list. A 其中 that opens the
 * sentence after the total (…全年发布2139条。其中，网站1744条…) reads the figure that closes the
 * sentence before it, in the same paragraph, as the total. A list with
 * comparisons (同比, 较, 增, 减, 占) is not read. Parts that add up to more than the total are
 * wrong — unless they are publication channels (网站、微博、微信公众号), over which one item may be
 * counted more than once; parts that add up to less are reported only when three or more are
 * given and nothing marks the list as partial (等, 主要, 包括).
 */
import type { Range } from '../model';
import { defineRule } from './support';
import type { Prose, Sentence } from './prose';
import { CHANNEL } from './prose-words';

const FIGURE = /([0-9]+)(人次|万元|条|件|篇|期|次|场|个|份|项|家|名|人|部|则)/g;
const NOT_A_PLAIN_LIST = /同比|环比|较|比|增|减|占|约|余|多|超过|不到|以上|以下|累计|合计|共/;
const PARTIAL = /等|主要|包括|如/;
const MAX_LABEL = 20;
/** Between the total and 其中: nothing but one comma, colon or opening bracket. */
const TOTAL_THEN_LIST = /^[，,：:（(]?$/;
/** What ends a list: a semicolon or a full stop. */
const LIST_END = /[。；;]/;
/** The mark a part's label opens with, after the figure before it. */
const LABEL_OPENING_MARK = /^[，,、：:]/;
const DIGIT = /[0-9]/;
/** Right after the last part: a comparison (…，同比增长…): the figures are no plain list. */
const COMPARISON_AFTER = /^[，,]?(?:同比|较|比|增|减|占)/;
/** Right after the last part: 等, a list that names only some of its parts. */
const ETC_AFTER = /^[，,、]?等/;

interface Figure {
  value: number;
  unit: string;
  start: number;
  end: number;
}

/** Before a count's digits, [0-9.．%-]: the count is part of a longer number (2024年, 0517-…), a decimal or a percentage. */
function continuesNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2e /* . */ || code === 0xff0e /* ． */ || code === 0x25 /* % */ || code === 0x2d /* - */;
}

function figuresOf(sentence: Sentence): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(sentence.text))) {
    // A number inside a longer one (2024年, 0517-…) or a decimal is no count.
    if (m.index > 0 && continuesNumber(sentence.text.charCodeAt(m.index - 1))) continue;
    out.push({ value: Number(m[1]), unit: m[2]!, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return out;
}

export default defineRule({
  code: 'narrative-sum',
  name: { zh: '分项之和不符', en: 'parts do not add up' },
  defaultSeverity: 'warning',
  description: { zh: '正文“其中”所列各项之和与总数不一致', en: 'The parts listed after 其中 do not add up to their total' },
  messages: {
    /** {parts}: the listed values joined by ＋ (zh) or + (en). */
    mismatch: { zh: '“其中”所列各项之和 {parts}＝{sum}，与总数 {total} 不一致', en: 'The parts listed after 其中 add up to {parts} = {sum}, not the total {total}' },
    part: { zh: '所列一项：{value}', en: 'A listed part: {value}' },
  },
  data: { total: 'number', parts: 'number[]', sum: 'number' },
  check(ctx) {
    const prose = ctx.prose;
    const sentences = prose.sentences;
    // Each 其中 of the prose, in order (a word never spans two sentences), with the sentence it stands in.
    let k = 0;
    for (let at = prose.text.indexOf('其中'); at >= 0; at = prose.text.indexOf('其中', at + 2)) {
      while (k < sentences.length && sentences[k]!.end <= at) k++;
      const sentence = sentences[k];
      if (!sentence || sentence.start > at) continue;
      const list = wrongList(prose, sentence, at, k > 0 ? sentences[k - 1]! : null);
      if (!list) continue;
      const values = list.parts.map((p) => p.value);
      ctx.report({
        range: list.total,
        messageId: 'mismatch',
        args: { parts: { zh: values.join('＋'), en: values.join(' + ') }, sum: list.sum, total: list.totalValue },
        relatedInformation: list.parts.map((p) => ({ range: p.range, messageId: 'part' as const, args: { value: p.value } })),
        data: { total: list.totalValue, parts: values, sum: list.sum },
      });
    }
  },
});

/**
 * The total of a 其中 that opens its sentence: the figure that closes the sentence right before it
 * (…2139条。其中…), in the same paragraph; else null.
 */
function totalClosing(prose: Prose, previous: Sentence | null, sentence: Sentence, at: number): Figure | null {
  if (!previous || at !== sentence.start || previous.end !== sentence.start || prose.text[previous.end - 1] !== '。') return null;
  const figures = figuresOf(previous);
  const last = figures[figures.length - 1];
  return last && last.end === previous.end - 1 ? last : null;
}

/** A 其中 list whose parts do not add up to its total: where the total and each part are written, and their values. */
interface WrongList {
  total: Range;
  totalValue: number;
  sum: number;
  parts: { range: Range; value: number }[];
}

function wrongList(prose: Prose, sentence: Sentence, at: number, previous: Sentence | null): WrongList | null {
  const figures = figuresOf(sentence);
  const totalIndex = lastBefore(figures, at);
  let total: Figure;
  if (totalIndex >= 0) {
    total = figures[totalIndex]!;
    if (!TOTAL_THEN_LIST.test(prose.text.slice(total.end, at))) return null;
  } else {
    const closing = totalClosing(prose, previous, sentence, at);
    if (!closing) return null;
    total = closing;
  }
  const parts: Figure[] = [];
  const labels: string[] = [];
  let cursor = at + 2;
  for (let k = totalIndex + 1; k < figures.length; k++) {
    const f = figures[k]!;
    const between = prose.text.slice(cursor, f.start);
    // A semicolon or a full stop ends the list (the next list may follow: 行政复议…；行政诉讼46件，其中…).
    if (LIST_END.test(between)) break;
    const label = between.replace(LABEL_OPENING_MARK, '');
    if (f.unit !== total.unit || label.length > MAX_LABEL) break;
    parts.push(f);
    labels.push(label);
    cursor = f.end;
  }
  if (parts.length < 2) return null;
  const values = parts.map((p) => p.value);
  const sum = values.reduce((a, b) => a + b, 0);
  // Most lists add up: what their words say matters only when they do not.
  if (sum === total.value) return null;
  let partial = false;
  let channels = 0;
  for (const label of labels) {
    if (NOT_A_PLAIN_LIST.test(label) || DIGIT.test(label)) return null;
    if (PARTIAL.test(label)) partial = true;
    if (CHANNEL.test(label)) channels++;
  }
  const after = prose.text.slice(cursor, Math.min(sentence.end, cursor + 6));
  if (COMPARISON_AFTER.test(after)) return null;
  if (ETC_AFTER.test(after)) partial = true;
  if (sum < total.value && (parts.length < 3 || partial)) return null;
  // By channel, an item published on two of them is counted twice.
  if (sum > total.value && channels >= 2) return null;
  return {
    total: prose.rangeOf(total.start, total.start + String(total.value).length),
    totalValue: total.value,
    sum,
    parts: parts.map((p) => ({ range: prose.rangeOf(p.start, p.start + String(p.value).length), value: p.value })),
  };
}

function lastBefore(figures: readonly Figure[], at: number): number {
  let found = -1;
  for (let k = 0; k < figures.length; k++) if (figures[k]!.end <= at) found = k;
  return found;
}
