import { describe, expect, it } from 'vitest';
import { collapseWhitespace, htmlToText } from '../../server/src/convert/html';
import { blocksOf, blocksToHtml, CLEAN_EXAMPLE, readExample } from './report-fixture';

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

  it('writes a merged table in the flattened form: each merged cell once, where it starts', () => {
    const lines = htmlToText(blocksToHtml(blocksOf(readExample(CLEAN_EXAMPLE)))).split('\n');
    const at = lines.indexOf('三、收到和处理政府信息公开申请情况');
    expect(lines.slice(at + 1, at + 8)).toEqual([
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
      '| 自然人 | 法人或其他组织 | 总计 |',
      '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
      '| 一、本年新收政府信息公开申请数量 | 6 | 2 | 0 | 0 | 1 | 0 | 9 |',
      '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 三、本年度办理结果 | （一）予以公开 | 3 | 1 | 0 | 0 | 1 | 0 | 5 |',
      '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    ]);
    expect(lines[at + 8]).toBe('| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(lines[at + 9]).toBe('| 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  });

  it('keeps a blank data cell as an empty cell (missing data is not zero)', () => {
    const text = htmlToText(page('<table><tr><td colspan="2">2.重复申请</td><td>1</td><td></td><td>0</td></tr></table>'));
    expect(text).toBe('| 2.重复申请 | 1 |  | 0 |\n');
  });

  it('drops banners outside the article but keeps the article’s own header (its title and date)', () => {
    const html = page('<header>网站导航</header><article><header><h1>某局2024年政府信息公开工作年度报告</h1><div>发布日期：2025-01-20</div></header><p>正文</p><footer>附件</footer></article><footer>版权所有</footer>');
    expect(htmlToText(html)).toBe('某局2024年政府信息公开工作年度报告\n发布日期：2025-01-20\n正文\n附件\n');
  });

  it('reads a layout table (a table holding tables) as blocks, and the inner table as data', () => {
    const html = page('<table><tr><td><p>标题</p><table><tr><td>行政许可</td><td>3</td></tr></table></td></tr></table>');
    expect(htmlToText(html)).toBe('标题\n| 行政许可 | 3 |\n');
  });

  it('drops hidden elements, scripts and forms; <br> breaks lines; pipes stay inside their cell', () => {
    const html = page('<div style="display:none">隐藏</div><p hidden>也隐藏</p><form><input value="x">搜索</form><p>第一行<br>第二行</p><table><tr><td>a|b</td><td>1</td></tr></table>');
    expect(htmlToText(html)).toBe('第一行\n第二行\n| a｜b | 1 |\n');
  });

  it('keeps <pre> lines as written', () => {
    expect(htmlToText(page('<pre>规章 | 0 | 0 | 0 |\n\n行政规范性文件 | 1 | 0 | 2 |  </pre>'))).toBe('规章 | 0 | 0 | 0 |\n行政规范性文件 | 1 | 0 | 2 |\n');
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs, drops indentation, and joins Chinese broken across source lines', () => {
    expect(collapseWhitespace('\u00a0\u00a0\u3000共收到\n  申请 9 件 ')).toBe('共收到申请 9 件');
    expect(collapseWhitespace('2024\n年')).toBe('2024 年');
  });
});
