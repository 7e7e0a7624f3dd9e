/**
 * The VS Code snippets (snippets/nianbao.code-snippets), generated from the schema
 * through the canonical renderer at build time: a snippet can never drift from the
 * statutory format. A test fails when the committed file differs from this output.
 */
import { FEE_SENTENCE, PARTS, TABLE2_BLOCKS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, periodSentence } from '../schema/format';
import { renderReportSkeleton, renderTableMarkdown } from '../schema/render';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** Default year in the placeholders; the clerk overwrites it (snippets cannot know the report year). */
const DEFAULT_YEAR = 2024;

/** Escapes literal text for the snippet syntax ($, } and \ are special). */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** A table with a tab stop on every number, numbered in reading order. */
function tableBody(id: 'two' | 'three' | 'four'): string[] {
  let stop = 0;
  return renderTableMarkdown(id, undefined, {
    literal: escapeSnippetText,
    cell: ({ text }) => `\${${++stop}:${escapeSnippetText(text)}}`,
  });
}

/** Stand-ins that cannot occur in the schema's texts, replaced by placeholders after escaping. */
const AGENCY_MARK = '\uE000';
const YEAR_MARK = 8888;

function reportBody(): string[] {
  const text = escapeSnippetText(renderReportSkeleton({ agency: AGENCY_MARK, year: YEAR_MARK }));
  let agencySeen = false;
  let yearSeen = false;
  const body = text
    .replace(/\uE000/g, () => (agencySeen ? '${1}' : ((agencySeen = true), '${1:机关名称}')))
    .replace(new RegExp(String(YEAR_MARK + 1), 'g'), `\${3:${DEFAULT_YEAR + 1}}`)
    .replace(new RegExp(String(YEAR_MARK), 'g'), () => (yearSeen ? '${2}' : ((yearSeen = true), `\${2:${DEFAULT_YEAR}}`)));
  return [...body.split('\n').slice(0, -1), '$0'];
}

function periodBody(): string[] {
  const text = escapeSnippetText(periodSentence(YEAR_MARK));
  let seen = false;
  return [text.replace(new RegExp(String(YEAR_MARK), 'g'), () => (seen ? '${1}' : ((seen = true), `\${1:${DEFAULT_YEAR}}`)))];
}

export function generateSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  snippets['年报：完整报告模板'] = {
    prefix: ['年报模板', 'nb-report', 'nianbao'],
    body: reportBody(),
    description:
      `政府信息公开工作年度报告的完整框架：标题、统计期限、六个部分（含一的五个方面、表二至表四、五的问题与改进、六的信息处理费说明）和落款。` +
      `依次填写机关名称（标题与落款同步）、报告年度（标题与统计期限同步）和落款日期的年份——应为报告年度的下一年：代码片段无法由年度自动推算，请手工核对（命令“年报：新建年度报告”会自动计算）。`,
  };
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
  snippets['年报：统计期限'] = {
    prefix: ['统计期限', 'nb-period'],
    body: periodBody(),
    description: '统计期限句：报告年度的1月1日至12月31日（两处年份同步）。',
  };
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
