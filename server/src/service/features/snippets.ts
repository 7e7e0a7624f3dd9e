/**
 * The snippets, generated from the schema through the canonical renderer: a snippet can never
 * drift from the statutory format. Two kinds:
 * - snippets without a year (the tables, part headings, the fee sentence) are written at build
 *   time to snippets/nianbao.code-snippets (a test fails when the committed file differs);
 * - snippets with a year (the whole report, the statistics period) are computed when they are
 *   asked for (`datedSnippets(now)`, served by the language server as completion items): the
 *   report year is last year and the 落款 this January, which a snippet file cannot know and
 *   VS Code's snippet variables cannot compute ($CURRENT_YEAR has no "last year").
 */
import { FEE_SENTENCE, PARTS, TABLE2_BLOCKS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, periodSentence } from '../schema/format';
import { renderTableMarkdown } from '../schema/render';
import { defaultReportYear, reportTemplateText } from './commands';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const SNIPPET_SPECIAL = /[\\$}]/g;

/** Escapes literal text for the snippet syntax ($, } and \ are special). */
export function escapeSnippetText(text: string): string {
  return text.replace(SNIPPET_SPECIAL, (ch) => `\\${ch}`);
}

/** A table with a tab stop on every number, numbered in reading order. */
function tableBody(id: 'two' | 'three' | 'four'): string[] {
  let stop = 0;
  return renderTableMarkdown(id, undefined, {
    groupRows: true,
    literal: escapeSnippetText,
    cell: ({ text }) => `\${${++stop}:${escapeSnippetText(text)}}`,
  });
}

/** Stand-ins that cannot occur in the schema's texts, replaced by placeholders after escaping. */
const AGENCY_MARK = '\uE000';
const YEAR_MARK = 8888;
/** Every AGENCY_MARK of a text. */
const AGENCY_MARKS = /\uE000/g;
/** Every YEAR_MARK of a text, and every YEAR_MARK + 1 (the 落款's year). */
const YEAR_MARKS = new RegExp(String(YEAR_MARK), 'g');
const NEXT_YEAR_MARKS = new RegExp(String(YEAR_MARK + 1), 'g');

/** The whole report (the new-report template) with agency, report year and 落款 year as placeholders. */
function reportBody(year: number): string[] {
  const text = escapeSnippetText(reportTemplateText(AGENCY_MARK, YEAR_MARK));
  let agencySeen = false;
  let yearSeen = false;
  const body = text
    .replace(AGENCY_MARKS, () => (agencySeen ? '${1}' : ((agencySeen = true), '${1:机关名称}')))
    .replace(NEXT_YEAR_MARKS, `\${3:${year + 1}}`)
    .replace(YEAR_MARKS, () => (yearSeen ? '${2}' : ((yearSeen = true), `\${2:${year}}`)));
  return [...body.split('\n').slice(0, -1), '$0'];
}

function periodBody(year: number): string[] {
  const text = escapeSnippetText(periodSentence(YEAR_MARK));
  let seen = false;
  return [text.replace(YEAR_MARKS, () => (seen ? '${1}' : ((seen = true), `\${1:${year}}`)))];
}

/** The snippets that hold a year, computed for `now`: report year = last year, 落款 = this January. */
export function datedSnippets(now: Date = new Date()): Record<string, Snippet> {
  const year = defaultReportYear(now);
  return {
    '年报：完整报告模板': {
      prefix: ['年报模板', 'nb-report', 'nianbao'],
      body: reportBody(year),
      description:
        `政府信息公开工作年度报告的完整框架：标题、统计期限、六个部分（含一的五个方面、表二至表四、五的问题与改进、六的信息处理费说明）和落款。` +
        `报告年度默认为上一年（${year}年），落款日期默认为今年1月31日；依次填写机关名称（标题与落款同步）和年度。各部分的“请填写”处写好之前，检查会报告该部分为空。`,
    },
    '年报：统计期限': {
      prefix: ['统计期限', 'nb-period'],
      body: periodBody(year),
      description: `统计期限句：报告年度（默认${year}年）的1月1日至12月31日（两处年份同步）。`,
    },
  };
}

/** The snippets without a year: the file VS Code reads (snippets/nianbao.code-snippets). */
export function generateSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  snippets['年报：表二 主动公开政府信息情况'] = {
    prefix: ['年报表二', 'nb-table2', 'nbb2'],
    body: tableBody('two'),
    description: `表二（${TABLE2_BLOCKS.map((b) => b.caption).join('、')}），每个数字一个跳格位。`,
  };
  snippets['年报：表三 收到和处理政府信息公开申请情况'] = {
    prefix: ['年报表三', 'nb-table3', 'nbb3'],
    body: tableBody('three'),
    description: `表三：${TABLE3_ROWS.length}行×${TABLE3_COLUMNS.length}列（${TABLE3_COLUMNS.map((c) => c.label).join('、')}），每个数字一个跳格位。`,
  };
  snippets['年报：表四 政府信息公开行政复议、行政诉讼情况'] = {
    prefix: ['年报表四', 'nb-table4', 'nbb4'],
    body: tableBody('four'),
    description: `表四：行政复议、行政诉讼共${TABLE4_COLUMNS.length}项，每个数字一个跳格位。`,
  };
  for (const part of PARTS) {
    snippets[`年报：${part.heading}`] = {
      prefix: [`年报${part.numeral}`, `nb-part${part.id}`],
      body: [escapeSnippetText(part.heading), '$0'],
      description: `第${part.numeral}部分标题。${part.mustContain.zh}`,
    };
  }
  snippets['年报：信息处理费'] = {
    prefix: ['信息处理费', 'nb-fee'],
    body: [escapeSnippetText(FEE_SENTENCE)],
    description: '第六部分应说明的信息处理费收取情况（本年度未收取时的标准表述）。',
  };
  return snippets;
}

/** The snippets file text, as committed (2-space JSON, trailing newline). */
export function snippetsFileText(): string {
  return JSON.stringify(generateSnippets(), null, 2) + '\n';
}
