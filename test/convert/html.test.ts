import { describe, expect, it } from 'vitest';
import { HtmlTooLargeError, collapseWhitespace, htmlToText } from '../../server/src/convert/html';
import { inputToText } from '../../server/src/convert/index';
import { analyze } from '../../server/src/service/analyze';
import { parseReport } from '../../server/src/service/parser/index';
import { TABLE3_NOTE, TABLE3_ROWS } from '../../server/src/service/schema/format';
import { blocksOf, blocksToHtml, CLEAN_EXAMPLE, officialTable3, readExample, type Block, type FixtureCell } from './report-fixture';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>t</title><script>var a = 1;</script><style>p{}</style></head><body>${body}</body></html>`;

describe('htmlToText', () => {
  it('keeps the report and drops the page around it', () => {
    const text = htmlToText(blocksToHtml(blocksOf(readExample(CLEAN_EXAMPLE))));
    const lines = text.split('\n');
    expect(lines[0]).toBe('示范区示范街道办事处2024年政府信息公开工作年度报告');
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('六、其他需要报告的事项');
    expect(lines.at(-3)).toBe('示范区示范街道办事处');
    expect(lines.at(-2)).toBe('2025年1月20日');
    for (const noise of ['首页', '政务公开 |', '相关链接', '网站标识码', '访问量', 'var visits']) expect(text).not.toContain(noise);
  });

  it('writes a merged table on its grid: each merged cell once, where it starts, the places it covers empty', () => {
    const lines = htmlToText(blocksToHtml(blocksOf(readExample(CLEAN_EXAMPLE)))).split('\n');
    const at = lines.indexOf('三、收到和处理政府信息公开申请情况');
    expect(lines.slice(at + 1, at + 9)).toEqual([
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |',
      '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |',
      '| 一、本年新收政府信息公开申请数量 |  |  | 6 | 2 | 0 | 0 | 1 | 0 | 9 |',
      '| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 三、本年度办理结果 | （一）予以公开 |  | 3 | 1 | 0 | 0 | 1 | 0 | 5 |',
      '|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    ]);
    expect(lines[at + 9]).toBe('|  | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(lines[at + 10]).toBe('|  |  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  });

  it('keeps a blank data cell as an empty cell in its column (missing data is not zero)', () => {
    const text = htmlToText(page('<table><tr><td colspan="2">2.重复申请</td><td>1</td><td></td><td>0</td></tr></table>'));
    expect(text).toBe('| 2.重复申请 |  | 1 |  | 0 |\n| --- | --- | --- | --- | --- |\n');
  });

  it('drops banners outside the article but keeps the article’s own header (its title and date)', () => {
    const html = page('<header>网站导航</header><article><header><h1>某局2024年政府信息公开工作年度报告</h1><div>发布日期：2025-01-20</div></header><p>正文</p><footer>附件</footer></article><footer>版权所有</footer>');
    expect(htmlToText(html)).toBe('某局2024年政府信息公开工作年度报告\n发布日期：2025-01-20\n正文\n附件\n');
  });

  it('reads a layout table (a table holding tables) as blocks, and the inner table as data', () => {
    const html = page('<table><tr><td><p>标题</p><table><tr><td>行政许可</td><td>3</td></tr></table></td></tr></table>');
    expect(htmlToText(html)).toBe('标题\n| 行政许可 | 3 |\n| --- | --- |\n');
  });

  it('drops hidden elements, scripts and forms; <br> breaks lines; pipes stay inside their cell', () => {
    const html = page('<div style="display:none">隐藏</div><p hidden>也隐藏</p><form><input value="x">搜索</form><p>第一行<br>第二行</p><table><tr><td>a|b</td><td>1</td></tr></table>');
    expect(htmlToText(html)).toBe('第一行\n第二行\n| a｜b | 1 |\n| --- | --- |\n');
  });

  it('keeps <pre> lines as written', () => {
    expect(htmlToText(page('<pre>规章 | 0 | 0 | 0 |\n\n行政规范性文件 | 1 | 0 | 2 |  </pre>'))).toBe('规章 | 0 | 0 | 0 |\n行政规范性文件 | 1 | 0 | 2 |\n');
  });
});

// ---------------------------------------------------------------------------
// Pages as Word's "save as web page" writes them

/** The ways Word writes a cell with nothing in it. */
const WORD_BLANKS = [
  '',
  '&nbsp;',
  '<o:p></o:p>',
  '<o:p>&nbsp;</o:p>',
  "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>",
];

const WORD_CELL_STYLE = "style='width:42.5pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'";

/** A table cell as Word writes it; a blank one in the next of Word's blank forms, a number now and then bold and `x:str`. */
function wordCell(cell: FixtureCell, position: number): string {
  const spans = `${cell.colspan ? ` colspan=${cell.colspan}` : ''}${cell.rowspan ? ` rowspan=${cell.rowspan}` : ''}`;
  if (cell.text === '') return `<td width=57${spans} valign=top ${WORD_CELL_STYLE}>${WORD_BLANKS[position % WORD_BLANKS.length]}</td>`;
  const number = /^\d+$/.test(cell.text);
  const inner = number && position % 2 === 0 ? `<b><span lang=EN-US style='font-size:10.5pt;mso-bidi-font-weight:normal'>${cell.text}</span></b>` : `<span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${cell.text}</span>`;
  return `<td width=57${spans}${number ? ' x:str' : ''} ${WORD_CELL_STYLE}><p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>${inner}<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p></td>`;
}

/** A report as Word saves it as a web page: MsoNormal paragraphs, mso- styles, <o:p>, conditional comments. */
function wordPage(blocks: readonly Block[], charset = 'utf-8'): string {
  let position = 0;
  const body = blocks.map((b) => {
    if (b.kind === 'heading') return `<p class=MsoNormal style='mso-outline-level:${b.level}'><b><span style='font-size:16.0pt;font-family:黑体'>${b.text}<span lang=EN-US><o:p></o:p></span></span></b></p>`;
    if (b.kind === 'p') return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${b.text}<span lang=EN-US><o:p></o:p></span></span></p>`;
    const rows = b.rows.map((r, i) => `<tr style='mso-yfti-irow:${i};height:20.0pt'>\n${r.map((c) => wordCell(c, position++)).join('\n')}\n</tr>`);
    return `<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n${rows.join('\n')}\n</table></div>`;
  });
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=${charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>
<!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt;} -->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
${body.join('\n')}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>
</body>
</html>
`;
}

/** Table 三's 总计 column of the clean example, by row key. */
function cleanTotals(): Map<string, string> {
  const lines = readExample(CLEAN_EXAMPLE).split('\n');
  const totals = new Map<string, string>();
  for (const def of TABLE3_ROWS) {
    const line = lines.find((l) => l.startsWith(`| ${def.label} `))!;
    const cells = line.split('|').map((c) => c.trim());
    totals.set(def.key, cells[cells.length - 2]!);
  }
  return totals;
}

/** The clean example with table 三's five 法人或其他组织 columns blank in every row (自然人 = 总计, so every sum holds). */
function reportWithBlankOrgColumns(): Block[] {
  const values = new Map([...cleanTotals()].map(([key, total]) => [key, [total, '', '', '', '', '', total]]));
  return blocksOf(readExample(CLEAN_EXAMPLE)).map((b) => (b.kind === 'table' && b.rows[0]?.[0]?.text === TABLE3_NOTE ? { kind: 'table', rows: officialTable3(values) } : b));
}

describe('a Word-exported web page', () => {
  it('keeps table 三’s blank 法人或其他组织 cells as empty cells in their columns, whatever blank Word wrote', () => {
    const lines = htmlToText(wordPage(reportWithBlankOrgColumns())).split('\n');
    const at = lines.findIndex((l) => l.startsWith('| （本列数据'));
    expect(lines.slice(at + 4, at + 7)).toEqual([
      '| 一、本年新收政府信息公开申请数量 |  |  | 9 |  |  |  |  |  | 9 |',
      '| 二、上年结转政府信息公开申请数量 |  |  | 1 |  |  |  |  |  | 1 |',
      '| 三、本年度办理结果 | （一）予以公开 |  | 5 |  |  |  |  |  | 5 |',
    ]);
    expect(lines[at + 27]).toBe('|  | （七）总计 |  | 9 |  |  |  |  |  | 9 |');
    expect(lines[at + 28]).toBe('| 四、结转下年度继续办理 |  |  | 1 |  |  |  |  |  | 1 |');
    expect(lines[at + 29]).toBe('四、政府信息公开行政复议、行政诉讼情况');
    // Every data row: three label columns, then exactly seven values, the five in between empty.
    for (const line of lines.slice(at + 4, at + 29)) expect(line).toMatch(/^\|( [^|]*? )?\|( [^|]*? )?\|( [^|]*? )?\| \d+ (\| {2}){5}\| \d+ \|$/);
  });

  it('is read with seven cells in every row of table 三, the blanks empty, and reported as missing values, not as wrong sums', () => {
    const text = htmlToText(wordPage(reportWithBlankOrgColumns()));
    const table = parseReport(text).parts.find((p) => p.id === 3)!.table!;
    expect(table.rows).toHaveLength(TABLE3_ROWS.length);
    const totals = cleanTotals();
    for (const [i, row] of table.rows.entries()) {
      expect(row.def?.key).toBe(TABLE3_ROWS[i]!.key);
      expect(row.cells.map((c) => c.kind)).toEqual(['integer', 'empty', 'empty', 'empty', 'empty', 'empty', 'integer']);
      expect(row.cells[0]!.value).toBe(Number(totals.get(row.def!.key)));
      expect(row.cells[6]!.value).toBe(Number(totals.get(row.def!.key)));
    }
    // Five columns blank in every row are one pattern: one value-missing finding for the table.
    const { diagnostics } = analyze(text, {});
    expect(diagnostics.map((d) => d.code)).toEqual(['value-missing']);
    expect(diagnostics[0]!.data?.pattern).toBeTruthy();
  });

  it('keeps a filled value under its own column when the cells before it are blank (26 | blank ×5 | 26)', () => {
    const row = [{ text: '一、本年新收政府信息公开申请数量', colspan: 3 }, { text: '26' }, ...WORD_BLANKS.map(() => ({ text: '' })), { text: '26' }];
    const text = htmlToText(wordPage([{ kind: 'table', rows: [row] }]));
    expect(text).toBe('| 一、本年新收政府信息公开申请数量 |  |  | 26 |  |  |  |  |  | 26 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');
  });

  it('reads table 四 in its official merged form with every value in its column, a blank one empty', () => {
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => ({ text }));
    const values = ['1', '0', '0', '0', '1', '0', '', '0', '0', '0', '2', '0', '0', '0', '2'].map((text) => ({ text }));
    const rows: FixtureCell[][] = [
      [{ text: '行政复议', colspan: 5 }, { text: '行政诉讼', colspan: 10 }],
      [...outcomes.map((o) => ({ ...o, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }],
      [...outcomes, ...outcomes],
      values,
    ];
    const blocks = reportWithBlankOrgColumns().map((b) => (b.kind === 'table' && b.rows[0]?.[0]?.text === '行政复议' ? { kind: 'table' as const, rows } : b));
    const text = htmlToText(wordPage(blocks));
    expect(text).toContain('\n| 1 | 0 | 0 | 0 | 1 | 0 |  | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |\n');
    const table = parseReport(text).parts.find((p) => p.id === 4)!.table!;
    expect(table.rows[0]!.cells.map((c) => c.raw)).toEqual(['1', '0', '0', '0', '1', '0', '', '0', '0', '0', '2', '0', '0', '0', '2']);
  });
});

// ---------------------------------------------------------------------------
// Bounds

describe('bounds', () => {
  const report = '<p>某局2024年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>3</td></tr></table>';

  it('reads a page nested 200,000 elements deep, without overflowing the stack', () => {
    for (const tag of ['div', 'span', 'b', 'font']) {
      const started = performance.now();
      const text = htmlToText(`<html><body>${`<${tag}>`.repeat(200_000)}${report}</body></html>`);
      expect(text).toBe('某局2024年政府信息公开工作年度报告\n| 行政许可 | 3 |\n| --- | --- |\n');
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('reads tables nested 50,000 deep as layout, the innermost one as data', () => {
    const text = htmlToText(`<html><body>${'<table><tr><td>'.repeat(50_000)}<table><tr><td>行政许可</td><td>3</td></tr></table></body></html>`);
    expect(text).toBe('| 行政许可 | 3 |\n| --- | --- |\n');
  });

  it('stops reading a page past its node budget, with an error of its own', () => {
    expect(() => htmlToText(page('<p>一</p>'.repeat(100)), 50)).toThrow(HtmlTooLargeError);
    expect(htmlToText(page('<p>一</p>'.repeat(10)), 50)).toBe('一\n'.repeat(10));
  });

  it('refuses a web page of millions of elements as too large, quickly', async () => {
    const started = performance.now();
    const result = await inputToText('html', new TextEncoder().encode(`<html><body>${'<p>a'.repeat(2_000_000)}</body></html>`));
    expect(result).toEqual({ ok: false, reason: 'too-large', detail: 'more than 500000 elements' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    expect(await inputToText('html', bytes)).toEqual({ ok: false, reason: 'too-large', detail: '51 MB' });
    expect(await inputToText('text', bytes)).toEqual({ ok: false, reason: 'too-large', detail: '51 MB' });
  });

  it('lays out a table of huge spans within its grid budget', () => {
    const started = performance.now();
    const text = htmlToText(page(`<table>${'<tr><td colspan=1000 rowspan=1000>x</td><td>1</td></tr>'.repeat(5_000)}</table>`));
    const lines = text.trimEnd().split('\n');
    // The first cell spans as written; once the budget is spent, spans count as one.
    expect(lines[0]).toBe(`| x |${'  |'.repeat(999)} 1 |`);
    expect(lines.at(-1)).toBe('| x | 1 |');
    expect(lines).toHaveLength(5_001);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs, drops indentation, and joins Chinese broken across source lines', () => {
    expect(collapseWhitespace('\u00a0\u00a0\u3000共收到\n  申请 9 件 ')).toBe('共收到申请 9 件');
    expect(collapseWhitespace('2024\n年')).toBe('2024 年');
  });
});
