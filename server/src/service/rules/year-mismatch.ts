/**
 * year-mismatch: a sentence speaks of the report year's own work under another year —
 * typical of text copied from last year's report (2023年，我局主动公开… in the 2024 report).
 *
 * Reviewers read a year as wrong only in that position: the year opens its clause (after at
 * most a list marker such as （一） or 一是, or 在) and what follows names the agency's own
 * work (我局, 本单位, the agency's name, 全年, 共, 主动公开, 收到 …). Every other use of another
 * year is ordinary prose and never reported: comparisons (比2023年增加, 较2023年增长, 与2023年相比,
 * 同比), ranges (2022年至2024年), citations and titles (《某某县2023年政务公开工作要点》),
 * documents of earlier years (2023年度部门决算), history (以来, 成立), plans for later years (将,
 * 计划 …), dates, part 五 (the format asks how last year's problems were dealt with), and any
 * sentence that also names the report year (it tells the years apart on purpose).
 * Only the two years before the report year and the year after it are judged.
 *
 * The fix (the report year in place of the other) is offered only when the sentence names no
 * other year: then the replacement is certain.
 */
import type { ReportModel, YearMention } from '../model';
import type { Diagnostic } from '../diagnostics';
import type { FixProposal } from '../fixes/types';
import { minimalReplace } from '../fixes/edits';
import { textAt } from '../fixes/support';
import { digitsLike } from '../fixes/dates';
import { halfWidthDigits } from '../text/normalize';
import { withoutWhiteSpace } from '../text/spaces';
import { defineRule } from './support';
import { insideQuotes, type Prose, type Sentence } from './prose';
import { normalizeAgency } from '../workspace/agency';

/** What may stand in a clause before its year: a list marker (（一） 1、 一是 第一) or 在/于. */
const BEFORE_YEAR = /^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十0-9]{1,2}[、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,2}[，,、]?|在|于)?$/;

/** After 年/年度 and an optional comma: the words that open an account of one's own year's work. */
const OWN_WORK =
  /^(?:[，,、]?)(?:我(?![国省市区县])|本(?:局|委|办|厅|部|院|所|站|队|中心|单位|机关|部门|镇|乡|街道|区|县|市|系统)|全年|全(?:局|委|办)|共|累计|新收|主动公开|收到|受理|办理|办结|发布|公开|制发|完成|开展|组织|未|没有)/;

/** Words of a sentence that compares, cites, recounts history or plans: another year is meant. */
const OTHER_YEAR_SENTENCE =
  /比|较|相比|同比|环比|对比|增长|下降|增加|减少|上升|持平|上年|去年|上一年|以来|至今|截至|截止|连续|决算|预算|年度报告|年报|所列|整改|印发|施行|修订|修正|颁布|出台|成立|要点|规划|计划|方案/;

/** The report year named in words: a sentence naming it sets another year apart on purpose. */
const THIS_YEAR_WORDS = /本年|今年|当年/;

/** Plans: the year after the report year is legitimate in them. */
const PLAN_SENTENCE = /将|拟|下一步|继续|持续|进一步|力争|争取|目标|努力|着力|计划|明年|新的一年/;

/** A year of this century or the last written with 年 (2023年). */
const YEAR_WITH_NIAN = /((?:19|20)[0-9]{2})年/g;
const OPENING_COMMA = /^[，,、]/;

/** Years written with 年 in the sentence, beside the one at `except`. */
function otherYearsIn(sentence: Sentence, except: number): number[] {
  const out: number[] = [];
  YEAR_WITH_NIAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_WITH_NIAN.exec(sentence.text))) if (sentence.start + m.index !== except) out.push(Number(m[1]));
  return out;
}

/**
 * Whether the year at `offset` (its four digits in the prose) opens an account of the work of
 * some year: it opens its clause and names the agency's own work after it.
 */
function opensOwnWork(prose: Prose, offset: number, agencyNames: readonly string[]): boolean {
  const clause = prose.clauseAround(offset, offset + 4);
  if (!BEFORE_YEAR.test(prose.text.slice(clause.start, offset))) return false;
  let k = offset + 4;
  if (prose.text[k] !== '年') return false;
  k++;
  if (prose.text[k] === '度') k++;
  // The sentence goes on past the clause's comma: 2023年，我局…
  const rest = prose.text.slice(k, k + 40);
  if (OWN_WORK.test(rest)) return true;
  const afterComma = rest.replace(OPENING_COMMA, '');
  return agencyNames.some((name) => afterComma.startsWith(name));
}

/** The agency as written and as matched (see normalizeAgency), spaces removed: 2023年，江北市生态环境局… */
function agencyNamesOf(written: string | undefined): string[] {
  const names: string[] = [];
  const plain = withoutWhiteSpace(written ?? '');
  if (plain.length >= 2) names.push(plain);
  const key = normalizeAgency(written);
  if (key && key.length >= 2 && key !== plain) names.push(key);
  return names;
}

function judged(m: YearMention, year: number): boolean {
  return m.value === year - 1 || m.value === year - 2 || m.value === year + 1;
}

/**
 * The report year in place of the copied one, its digits written as the year's were. Not for
 * fix-all: the rule is a warning about prose, and the clerk may have meant another year.
 */
function reportYearInstead(model: ReportModel, data: { expected: number; found: number }, diagnostic: Diagnostic): FixProposal[] {
  const { expected, found } = data;
  const written = textAt(model, diagnostic.range);
  const offset = halfWidthDigits(written).indexOf(String(found));
  if (offset < 0) return [];
  const line = diagnostic.range.start.line;
  const from = diagnostic.range.start.character + offset;
  const digits = written.slice(offset, offset + String(found).length);
  const edit = minimalReplace({ start: { line, character: from }, end: { line, character: from + digits.length } }, digits, digitsLike(digits, expected));
  return edit ? [{ title: { zh: `将 ${found} 改为 ${expected}`, en: `Change ${found} to ${expected}` }, edits: [edit], safe: false }] : [];
}

const EN_MISMATCH = 'The year {found} contradicts the report year {expected} (text perhaps copied from another year’s report)';

export default defineRule({
  code: 'year-mismatch',
  name: { zh: '年份不符', en: 'year mismatch' },
  defaultSeverity: 'warning',
  description: { zh: '写本年度工作的句子用了其他年份（常见于沿用上一年度报告的文字）', en: 'A sentence reports the report year’s work under another year' },
  messages: {
    /** A year before the report year: last year's or the year before's text. */
    earlierYear: { zh: '年份 {found} 与报告年度 {expected} 不一致（可能沿用了往年报告的文字）', en: EN_MISMATCH },
    /** The year after the report year. */
    laterYear: { zh: '年份 {found} 与报告年度 {expected} 不一致（可能沿用了其他年度报告的文字）', en: EN_MISMATCH },
  },
  data: { expected: 'number', found: 'number' },
  fix: reportYearInstead,
  check(ctx) {
    const { model } = ctx;
    const year = model.year?.value;
    if (year === undefined) return;
    const reportDateLines = new Set<number>();
    if (model.signature?.date) reportDateLines.add(model.signature.date.line);
    if (model.published) reportDateLines.add(model.published.line);
    let prose: Prose | null = null;
    let agencyNames: string[] | undefined;
    for (const m of model.years) {
      if (!judged(m, year) || m.inDate || m.inTitle || m.inPeriod || m.partId === 5 || reportDateLines.has(m.line)) continue;
      if (m.line < model.contentStartLine || m.line >= model.contentEndLine) continue;
      prose ??= ctx.prose;
      const offset = prose.offsetAt(m.line, m.range.start.character);
      const sentence = offset < 0 ? null : prose.sentenceAt(offset);
      if (!sentence || sentence.partId === 5 || insideQuotes(prose, sentence, offset)) continue;
      if (OTHER_YEAR_SENTENCE.test(sentence.text) || THIS_YEAR_WORDS.test(sentence.text)) continue;
      if (m.value === year + 1 && PLAN_SENTENCE.test(sentence.text)) continue;
      const others = otherYearsIn(sentence, offset);
      if (others.includes(year)) continue;
      agencyNames ??= agencyNamesOf(model.agency?.text ?? model.signature?.agency?.text);
      if (!opensOwnWork(prose, offset, agencyNames)) continue;
      ctx.report({
        range: m.range,
        messageId: m.value < year ? 'earlierYear' : 'laterYear',
        args: { found: m.value, expected: year },
        data: { expected: year, found: m.value },
        ...(others.length > 0 ? { fixable: false as const } : {}),
      });
    }
  },
});
