/**
 * Renders syntaxes/nianbao.tmLanguage.json from the statutory schema.
 *
 *   npx tsx scripts/gen-grammar.ts          writes the grammar
 *   npx tsx scripts/gen-grammar.ts --check  exits 1 when the committed grammar is stale
 *
 * The row labels, column labels, part keywords and the title suffix come from
 * server/src/service/schema/format.ts, so the highlighting can never drift from the
 * format the checker enforces. test/grammar/generated.test.ts fails when the committed
 * file differs from this script's output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  PARTS,
  TABLE2_BLOCKS,
  TABLE2_HEADER_LABEL,
  TABLE3_APPLICANT_CAPTION,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_NOTE,
  TABLE3_ORG_CAPTION,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_HEADER_WORDS,
  TABLE4_OUTCOMES,
  TITLE_SUFFIX,
} from '../server/src/service/schema/format';

export const GRAMMAR_PATH = resolve(__dirname, '..', 'syntaxes', 'nianbao.tmLanguage.json');

/** Any run of space separators (ASCII, ideographic, no-break). Tabs separate cells, so they are not spaces here. */
const SPACES = '\\p{Zs}*';
const DIGIT = '[0-9０-９]';

/** Characters that real drafts write in several forms (FORMAT.md: brackets, punctuation, quotes, digits). */
const CHAR_CLASSES: Record<string, string> = {
  '（': '[（(]',
  '(': '[（(]',
  '）': '[）)]',
  ')': '[）)]',
  '，': '[，,]',
  ',': '[，,]',
  '：': '[：:]',
  ':': '[：:]',
  '、': '[、，,]',
  '.': '[.．、]',
  '．': '[.．、]',
  '/': '[/／]',
};
const QUOTE_CHARS = new Set(['“', '”', '"', '「', '」', '‘', '’', "'"]);

function escapeRegExpChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A regex source that matches `label` as drafts write it: either bracket or comma width,
 * with or without quotes, full- or half-width digits, and stray spaces between any two
 * characters (商业 企业, 结果 维持, （四）无 法提供).
 */
export function tolerantLabel(label: string): string {
  const parts: string[] = [];
  for (const ch of Array.from(label)) {
    if (ch === ' ' || ch === '\u3000') continue;
    if (QUOTE_CHARS.has(ch)) {
      parts.push('[“”"「」‘’\']?');
      continue;
    }
    const cls = CHAR_CLASSES[ch];
    if (cls) parts.push(cls);
    else if (/[0-9]/.test(ch)) parts.push(`[${ch}${String.fromCharCode(ch.charCodeAt(0) + 0xfee0)}]`);
    else parts.push(escapeRegExpChar(ch));
  }
  return parts.join(SPACES);
}

/** Longest first: Oniguruma takes the first alternative that matches, and 其他 must not win over 3.其他. */
function alternation(labels: Iterable<string>): string {
  const unique = [...new Set([...labels].filter((l) => l.length > 0))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(tolerantLabel).join('|')})`;
}

/** A whole table cell: bounded by the line's ends, a pipe or a tab. */
function cell(inner: string): string {
  return `(?:^|(?<=[|\\t]))${SPACES}(${inner})${SPACES}(?=[|\\t]|$)`;
}

function wholeLine(inner: string): string {
  return `^${SPACES}(${inner})${SPACES}$`;
}

export function rowLabels(): string[] {
  return [
    ...TABLE2_BLOCKS.flatMap((b) => b.rows.map((r) => r.label)),
    ...TABLE3_ROWS.map((r) => r.label),
    ...Object.values(TABLE3_GROUPS),
  ];
}

export function columnLabels(): string[] {
  return [
    TABLE2_HEADER_LABEL,
    ...TABLE2_BLOCKS.flatMap((b) => b.columns.map((c) => c.label)),
    TABLE3_APPLICANT_CAPTION,
    TABLE3_ORG_CAPTION,
    TABLE3_NOTE,
    ...TABLE3_COLUMNS.map((c) => c.label),
    ...TABLE4_HEADER_WORDS,
    ...TABLE4_GROUPS.map((g) => g.label),
    ...TABLE4_GROUPS.flatMap((g) => (g.parent ? [g.parent] : [])),
    ...TABLE4_OUTCOMES.map((o) => o.label),
  ];
}

export function captionLabels(): string[] {
  return TABLE2_BLOCKS.map((b) => b.caption);
}

/** A heading is a phrase, not a sentence: no cell separators, no full stop or comma. */
const TITLE_CHAR = '[^|\\t。，,；;]';

/**
 * A part heading: the part's numeral, then a short title that contains every word of
 * one of the part's keyword sets — the same test the parser applies, so a heading the
 * checker recognises is the heading the editor colours.
 */
function partTitle(): string {
  const sets = PARTS.flatMap((p) => p.keywords.map((words) => words.map((w) => `(?=${TITLE_CHAR}*?${tolerantLabel(w)})`).join('')));
  return `(?:${sets.join('|')})${TITLE_CHAR}{1,40}?`;
}

const NUMERALS = PARTS.map((p) => p.numeral).join('');
const YEAR = `(?<!${DIGIT})(?:19|20|１９|２０)${DIGIT}{2}`;

function renderGrammar(): Record<string, unknown> {
  const rowLabel = alternation(rowLabels());
  const columnLabel = alternation(columnLabels());
  const caption = alternation(captionLabels());
  const number = `${DIGIT}+(?:[.．]${DIGIT}+)?`;
  const cellScopes = {
    rowLabel: 'entity.name.tag.row-label.nianbao',
    columnLabel: 'entity.other.attribute-name.column-label.nianbao',
    caption: 'entity.name.type.caption.nianbao',
    number: 'constant.numeric.cell.nianbao',
    notApplicable: 'constant.language.not-applicable.nianbao',
  };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Nianbao',
    scopeName: 'text.nianbao',
    comment: 'GENERATED by scripts/gen-grammar.ts from server/src/service/schema/format.ts. Do not edit by hand.',
    patterns: [
      { include: '#title' },
      { include: '#part-heading' },
      { include: '#table-row' },
      { include: '#lone-cell' },
      { include: '#subheading' },
      { include: 'text.html.markdown' },
    ],
    injections: {
      // Markdown paragraphs, list items and headings keep their Markdown scopes; years and dates inside them get ours.
      'L:(meta.paragraph.markdown | markup.heading.markdown) - (markup.inline.raw | markup.raw | meta.link)': {
        patterns: [{ include: '#dates' }],
      },
    },
    repository: {
      title: {
        comment: 'The report title: <机关><Y>年（度）政府信息公开工作年度报告.',
        match: `^${SPACES}(?:(#{1,6})${SPACES})?(?:\\*\\*)?([^|\\t。]{0,60}?(?:${tolerantLabel(TITLE_SUFFIX)}|年.{0,3}政府信息公开.{0,6}年度报告))(?:\\*\\*)?${SPACES}$`,
        name: 'markup.heading.title.nianbao',
        captures: {
          '1': { name: 'punctuation.definition.heading.nianbao' },
          '2': { name: 'entity.name.section.title.nianbao', patterns: [{ include: '#dates' }] },
        },
      },
      'part-heading': {
        comment: 'The six parts 一、总体情况 … 六、其他需要报告的事项, as plain, Markdown (#) or bold lines.',
        match: `^${SPACES}(?:(#{1,6})${SPACES})?(\\*\\*)?${SPACES}([${NUMERALS}])${SPACES}([、.．])${SPACES}(${partTitle()})${SPACES}[：:]?(\\*\\*)?${SPACES}$`,
        name: 'markup.heading.part.nianbao',
        captures: {
          '1': { name: 'punctuation.definition.heading.nianbao' },
          '2': { name: 'punctuation.definition.bold.nianbao' },
          '3': { name: 'constant.numeric.part-numeral.nianbao' },
          '4': { name: 'punctuation.separator.part-numeral.nianbao' },
          '5': { name: 'entity.name.section.part.nianbao' },
          '6': { name: 'punctuation.definition.bold.nianbao' },
        },
      },
      subheading: {
        comment: 'Sub-headings at line start: （一）主动公开情况 or 1、主动公开方面, up to the first full stop or colon; the rest of the line is prose.',
        begin: `^${SPACES}(?:(#{1,6})${SPACES})?(\\*\\*)?((?:[（(][一二三四五六七八九十]{1,3}[)）]|${DIGIT}{1,2}、)${SPACES}[^。：:；;，,|\\t]{1,40}?)(?:(\\*\\*)|(?=[。：:；;]|${SPACES}$))`,
        beginCaptures: {
          '1': { name: 'punctuation.definition.heading.nianbao' },
          '2': { name: 'punctuation.definition.bold.nianbao' },
          '3': { name: 'markup.heading.subheading.nianbao' },
          '4': { name: 'punctuation.definition.bold.nianbao' },
        },
        end: '$',
        patterns: [{ include: '#dates' }],
      },
      'table-row': {
        comment: 'A line with pipes or tabs is a table row: Markdown tables, `label | 0 | 0 |` rows and tab-separated rows.',
        begin: '^(?=[^\\n]*[|\\t])',
        end: '$',
        name: 'markup.table.nianbao',
        patterns: [
          { match: '(?<=\\|)\\s*(:?-{2,}:?)\\s*(?=\\|)', captures: { '1': { name: 'punctuation.separator.table.nianbao' } } },
          { match: '\\|', name: 'punctuation.definition.table.nianbao' },
          { include: '#cells' },
          { include: '#dates' },
        ],
      },
      'lone-cell': {
        comment: 'One cell per line, as tables copied from web pages arrive: a label or a number alone on its line.',
        patterns: [
          { match: wholeLine(rowLabel), captures: { '1': { name: cellScopes.rowLabel } } },
          { match: wholeLine(caption), captures: { '1': { name: cellScopes.caption } } },
          { match: wholeLine(columnLabel), captures: { '1': { name: cellScopes.columnLabel } } },
          { match: wholeLine(number), captures: { '1': { name: cellScopes.number } } },
        ],
      },
      cells: {
        patterns: [
          { match: cell(rowLabel), captures: { '1': { name: cellScopes.rowLabel } } },
          { match: cell(caption), captures: { '1': { name: cellScopes.caption } } },
          { match: cell(columnLabel), captures: { '1': { name: cellScopes.columnLabel } } },
          { match: cell(number), captures: { '1': { name: cellScopes.number } } },
          { match: cell('[/／]'), captures: { '1': { name: cellScopes.notApplicable } } },
        ],
      },
      dates: {
        patterns: [
          {
            comment: '2025年2月14日, 2024年12月',
            match: `${YEAR}${SPACES}年${SPACES}${DIGIT}{1,2}${SPACES}月(?:${SPACES}${DIGIT}{1,2}${SPACES}[日号])?`,
            name: 'constant.other.date.nianbao',
          },
          {
            comment: '2025-02-14, 2025/2/14, 2025.02.14',
            match: `${YEAR}([-/.])${DIGIT}{1,2}\\1${DIGIT}{1,2}(?!${DIGIT})`,
            name: 'constant.other.date.nianbao',
          },
          {
            comment: '2024年, 2024 年, 2024年度',
            match: `${YEAR}${SPACES}年`,
            name: 'constant.numeric.year.nianbao',
          },
        ],
      },
    },
  };
}

/** The grammar file's exact text. */
export function grammarText(): string {
  return `${JSON.stringify(renderGrammar(), null, 2)}\n`;
}

if (process.argv[1] && /gen-grammar\.ts$/.test(process.argv[1])) {
  const text = grammarText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(GRAMMAR_PATH, 'utf8');
    if (current !== text) {
      console.error('syntaxes/nianbao.tmLanguage.json is stale: run npx tsx scripts/gen-grammar.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(GRAMMAR_PATH, text);
  }
}
