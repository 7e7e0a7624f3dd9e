/**
 * Test fixtures: the clean example report rebuilt as the documents clerks actually
 * have — a Word file whose table 三 has the official merged label cells (w:gridSpan,
 * w:vMerge), and a web page with navigation, banners and scripts around the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { TABLE3_APPLICANT_CAPTION, TABLE3_COLUMNS, TABLE3_NOTE, TABLE3_ORG_CAPTION, TABLE3_ROWS } from '../../server/src/service/schema/format';
import { repoRoot } from '../helpers/seeds';

export interface FixtureCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'p'; text: string } | { kind: 'table'; rows: FixtureCell[][] };

export const CLEAN_EXAMPLE = '2024-示范街道办事处-规范.nianbao.md';
export const DEFECTIVE_EXAMPLE = '2024-示范县农业农村局-待修改.nianbao.md';

export function readExample(name: string): string {
  return readFileSync(join(repoRoot, 'examples', name), 'utf8');
}

function splitCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Table 三 as the official form draws it: 3 label columns with merged group cells, then 7
 * values. `values` maps row keys to their cells; a row absent from it is absent from the table.
 */
export function officialTable3(values: ReadonlyMap<string, readonly string[]>): FixtureCell[][] {
  const columns = TABLE3_COLUMNS.map((c) => c.label);
  const orgColumns = columns.slice(1, 6);
  const rows: FixtureCell[][] = [
    [{ text: TABLE3_NOTE, colspan: 3, rowspan: 3 }, { text: TABLE3_APPLICANT_CAPTION, colspan: 7 }],
    [{ text: columns[0]!, rowspan: 2 }, { text: TABLE3_ORG_CAPTION, colspan: 5 }, { text: columns[6]!, rowspan: 2 }],
    orgColumns.map((text) => ({ text })),
  ];
  const present = TABLE3_ROWS.filter((def) => values.has(def.key));
  present.forEach((def, i) => {
    const row: FixtureCell[] = [];
    def.groups.forEach((group, depth) => {
      if (present[i - 1]?.groups[depth] === group) return; // covered by the group cell above
      row.push({ text: group, rowspan: present.filter((r) => r.groups[depth] === group).length });
    });
    row.push({ text: def.label, colspan: 3 - def.groups.length });
    for (const v of values.get(def.key)!) row.push({ text: v });
    rows.push(row);
  });
  return rows;
}

/** Table 三's rows of a canonical Markdown table, by row key (found by their official label). */
function table3Values(rows: readonly string[][]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const row of rows) {
    const def = TABLE3_ROWS.find((d) => d.label === row[0]);
    if (def) values.set(def.key, row.slice(1));
  }
  return values;
}

/** The example report (canonical Markdown) as blocks; table 三 becomes the official merged table. */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      continue;
    }
    if (!line.startsWith('|')) {
      blocks.push({ kind: 'p', text: line });
      continue;
    }
    const tableLines: string[] = [];
    while (i < lines.length && lines[i]!.startsWith('|')) tableLines.push(lines[i++]!);
    i--;
    const rows = tableLines.filter((l) => !/^\|[\s|:-]+\|$/.test(l)).map(splitCells);
    if (rows[0]?.[0] === TABLE3_NOTE) blocks.push({ kind: 'table', rows: officialTable3(table3Values(rows.slice(1))) });
    else blocks.push({ kind: 'table', rows: rows.map((r) => r.map((text) => ({ text }))) });
  }
  return blocks;
}

// ---------------------------------------------------------------------------
// HTML

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function blocksToHtml(blocks: readonly Block[]): string {
  const body = blocks.map((b) => {
    if (b.kind === 'heading') return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    if (b.kind === 'p') return `<p>&nbsp;&nbsp;${escapeHtml(b.text)}</p>`;
    const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}><p>${escapeHtml(c.text)}</p></td>`).join('')}</tr>`);
    return `<table border="1"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>年度报告</title>
<style>body { font-family: serif; }</style><script>var visits = "首页 | 政务公开";</script></head>
<body>
<header class="site"><a href="/">示范区人民政府门户网站</a><nav><a href="/">首页</a> | <a href="/gk">政务公开</a> | <a href="/hd">互动交流</a></nav></header>
<nav class="crumbs"><a href="/">首页</a> &gt; <a href="/gk">政府信息公开年报</a></nav>
<main><article>
${body.join('\n')}
</article></main>
<aside><h3>相关链接</h3><ul><li><a href="#">2023年度报告</a></li></ul></aside>
<footer>主办：示范区人民政府办公室\u3000网站标识码：0000000000\u3000<script>document.write("访问量")</script></footer>
</body></html>
`;
}

// ---------------------------------------------------------------------------
// DOCX (a minimal WordprocessingML package)

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** Rows with rowspan/colspan to Word's grid: gridSpan for width, a vMerge cell in every covered row. */
export function tableXml(rows: readonly FixtureCell[][]): string {
  const grid: ({ cell: FixtureCell; first: boolean } | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]![column]) column++;
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr]![column + dc] = { cell, first: dr === 0 && dc === 0 };
      column += colspan;
    }
  });
  const width = Math.max(...grid.map((g) => g.length));
  const trs = grid.map((line) => {
    const tcs: string[] = [];
    for (let c = 0; c < line.length; ) {
      const slot = line[c];
      if (!slot) {
        tcs.push(`<w:tc>${paragraph('')}</w:tc>`);
        c++;
        continue;
      }
      const { cell, first } = slot;
      const colspan = cell.colspan ?? 1;
      const props: string[] = [];
      if (colspan > 1) props.push(`<w:gridSpan w:val="${colspan}"/>`);
      if ((cell.rowspan ?? 1) > 1) props.push(first ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
      tcs.push(`<w:tc>${props.length ? `<w:tcPr>${props.join('')}</w:tcPr>` : ''}${paragraph(first ? cell.text : '')}</w:tc>`);
      c += colspan;
    }
    return `<w:tr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(width)}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

export async function blocksToDocx(blocks: readonly Block[]): Promise<Buffer> {
  const body = blocks.map((b) => (b.kind === 'table' ? tableXml(b.rows) : paragraph(b.text))).join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
