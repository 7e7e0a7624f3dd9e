/**
 * A report as a government site publishes it: the site's page (banner, navigation, where you
 * are, the article's title and date line, related links, the footer with the site's
 * registration numbers) around the report pasted from Word — Word's "save as web page" markup:
 * <p class=MsoNormal> paragraphs of <span>s, mso- styles, <o:p></o:p> ends, tables with
 * colspan/rowspan, blank cells as <o:p>&nbsp;</o:p>, source lines wrapped inside the text.
 *
 * The CSS sets the page as it prints (A4, 仿宋 三号 body, table cells in 宋体), so Chromium's
 * print puts table 三 across a page break as the Word layout does.
 */
import { gridOf, slotsOf, type Grid, type GridCell, type Table2Drawing } from './grid';
import type { SourceBlock, SourceReport } from './source';

export interface SiteStyle {
  siteName: string;
  /** The department running the site (主办单位) and its registration numbers. */
  sponsor: string;
  siteCode: string;
  icp: string;
  nav: readonly string[];
  /** 当前位置 trail, after 首页. */
  crumbs: readonly string[];
  /** The date line under the article title: 发布时间 and 来源. */
  publishedAt: string;
  source: string;
  /** Old sites lay the page out with nested tables and declare charset=gb2312. */
  layout: 'divs' | 'tables';
  charset: 'utf-8' | 'gb2312';
  /** Whether the pasted Word content repeats the title the page shows above it. */
  contentRepeatsTitle: boolean;
  table2Drawing: Table2Drawing;
  /**
   * What the page holds in place of a table, given the table's HTML: for the fixtures whose
   * tables were pasted as pictures (pictured-tables.ts). Absent: the table itself.
   */
  replaceTable?: (grid: Grid, tableHtml: string) => string;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Centimetres to points, as Word writes widths in its styles (the width attribute is pixels: pt × 4/3). */
const cmToPt = (cm: number): number => Math.round((cm / 2.54) * 72 * 100) / 100;

/**
 * Word splits runs where the font changes: Latin letters and digits (set in the Latin font of
 * the style) and the Chinese text (in the Chinese font), each in a span of its own.
 */
function runs(text: string, chineseFont: string, sizePt: number): string {
  const parts = text.match(/[\x21-\x7e]+|[^\x21-\x7e]+/g) ?? [];
  return parts
    .map((part) =>
      /^[\x21-\x7e]/.test(part)
        ? `<span lang=EN-US style='font-size:${sizePt}pt'>${escapeHtml(part)}</span>`
        : `<span style='font-size:${sizePt}pt;font-family:${chineseFont}'>${escapeHtml(part)}</span>`,
    )
    .join('');
}

const END = `<span lang=EN-US><o:p></o:p></span>`;
const BLANK = `<span lang=EN-US><o:p>&nbsp;</o:p></span>`;

function paragraph(block: SourceBlock): string {
  switch (block.kind) {
    case 'title':
      return `<p class=MsoNormal align=center style='text-align:center;line-height:35.0pt;mso-line-height-rule:exactly'>${runs(block.text, '方正小标宋简体', 22)}${END}</p>\n<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>${BLANK}</p>`;
    case 'heading':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${runs(block.text, block.level === 2 ? '黑体' : '楷体_GB2312', 16)}${END}</p>`;
    case 'paragraph':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${runs(block.text, '仿宋_GB2312', 16)}${END}</p>`;
    case 'signature':
      return `<p class=MsoNormal align=right style='text-align:right;margin-right:64.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${runs(block.text, '仿宋_GB2312', 16)}${END}</p>`;
    default:
      throw new Error(`not a paragraph: ${block.kind}`);
  }
}

function td(cell: GridCell, widthCm: number, grid: Grid): string {
  const spans = `${cell.colspan > 1 ? ` colspan=${cell.colspan}` : ''}${cell.rowspan > 1 ? ` rowspan=${cell.rowspan}` : ''}`;
  const widthPt = cmToPt(widthCm);
  const left = cell.role === 'label' && grid.table === 'three';
  const align = left ? '' : ` align=center style='text-align:center'`;
  const content = cell.text === '' ? BLANK : `${runs(cell.text, '宋体', grid.fontPt)}${END}`;
  return `<td width=${Math.round((widthPt * 4) / 3)}${spans} style='width:${widthPt}pt;border:solid windowtext 1.0pt;padding:0cm 2.85pt'><p class=MsoNormal${align}>${content}</p></td>`;
}

function table(grid: Grid): string {
  const slots = slotsOf(grid);
  const rows = grid.rows.map((cells, r) => {
    let column = 0;
    const tds = cells.map((cell) => {
      while (slots[r]![column]!.cell !== cell) column++;
      const width = grid.columnsCm.slice(column, column + cell.colspan).reduce((a, b) => a + b, 0);
      column += cell.colspan;
      return td(cell, width, grid);
    });
    return ` <tr style='mso-yfti-irow:${r}${r === 0 ? ';mso-yfti-firstrow:yes' : ''}${r === grid.rows.length - 1 ? ';mso-yfti-lastrow:yes' : ''};height:${cmToPt(grid.rowMinCm)}pt'>\n  ${tds.join('\n  ')}\n </tr>`;
  });
  // Word adds a row of empty cells, one per grid column, when merged cells leave columns misaligned.
  const misaligned =
    grid.table === 'three'
      ? `\n <![if !supportMisalignedColumns]>\n <tr height=0>\n  ${grid.columnsCm.map((cm) => `<td width=${Math.round((cmToPt(cm) * 4) / 3)} style='border:none'></td>`).join('')}\n </tr>\n <![endif]>`
      : '';
  return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 align=center style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 2.85pt 0cm 2.85pt'>\n${rows.join('\n')}${misaligned}\n</table>\n<p class=MsoNormal>${BLANK}</p>`;
}

/**
 * Word breaks its HTML source lines near 80 characters: before an attribute of a tag, or between
 * two Chinese characters of the text (which a browser joins again without a space).
 */
function wrapLikeWord(html: string): string {
  const out: string[] = [];
  for (const line of html.split('\n')) {
    let rest = line;
    while (rest.length > 80) {
      const cuts: number[] = [];
      for (let i = 1; i < rest.length; i++) if (canBreakAt(rest, i)) cuts.push(i);
      // The last place before column 76, else the first one after it.
      const cut = cuts.filter((i) => i <= 76).at(-1) ?? cuts[0];
      if (cut === undefined) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    out.push(rest);
  }
  return out.join('\n');
}

function canBreakAt(line: string, i: number): boolean {
  if (line[i] === ' ') return !isInsideText(line, i) && /^ [a-z:-]+=/i.test(line.slice(i));
  return /[\u4e00-\u9fff]/.test(line[i - 1]!) && /[\u4e00-\u9fff]/.test(line[i]!) && isInsideText(line, i);
}

/** Whether position i of the line lies in text between tags (not inside a tag). */
function isInsideText(line: string, i: number): boolean {
  return line.lastIndexOf('>', i - 1) >= line.lastIndexOf('<', i - 1);
}

function wordContent(report: SourceReport, site: SiteStyle): string {
  const parts: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === 'title' && !site.contentRepeatsTitle) continue;
    const grid = gridOf(block, site.table2Drawing);
    parts.push(grid ? (site.replaceTable ? site.replaceTable(grid, table(grid)) : table(grid)) : paragraph(block));
  }
  return `<div class=WordSection1 style='layout-grid:15.6pt'>\n${wrapLikeWord(parts.join('\n'))}\n</div>`;
}

/** The page's style, as it prints; also the style of a table's screenshot (pictured-tables.ts). */
export const PRINT_CSS = `
@page { size: A4; margin: 2.54cm 2.2cm 2.54cm 2.2cm; }
body { margin: 0; font-family: "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", sans-serif; font-size: 14px; color: #222; }
.banner { background: #b5121b; color: #fff; padding: 14px 20px; font-size: 26px; letter-spacing: 2px; }
.menu { background: #8d0d14; padding: 6px 20px; }
.menu a { color: #fff; margin-right: 22px; text-decoration: none; }
.crumbs { padding: 8px 0; color: #666; font-size: 13px; border-bottom: 1px solid #ddd; }
.article { margin: 0 auto; max-width: 16.6cm; }
.article h1 { font-size: 24px; text-align: center; color: #000; margin: 18px 0 8px; }
.info { text-align: center; color: #777; font-size: 13px; padding-bottom: 10px; border-bottom: 1px dashed #ccc; }
.tools { text-align: right; font-size: 13px; color: #777; }
.content p.MsoNormal { margin: 0; font-family: 仿宋_GB2312, 仿宋, FangSong, "Noto Serif CJK SC", serif; }
.content table { border-collapse: collapse; margin: 0 auto; }
.content td { vertical-align: middle; }
.content td p.MsoNormal { line-height: 1.25; font-family: 宋体, SimSun, "Noto Serif CJK SC", serif; }
.related, .share { font-size: 13px; color: #555; }
.site-footer { margin-top: 24px; background: #f2f2f2; padding: 12px; text-align: center; font-size: 12px; color: #666; line-height: 22px; }
@media print { .menu, .share, .tools, .related { display: none; } }
`;

export function reportToWebPage(report: SourceReport, site: SiteStyle): string {
  const title = escapeHtml(report.title);
  const nav = site.nav.map((item) => `<a href="#">${escapeHtml(item)}</a>`).join('');
  const crumbs = ['首页', ...site.crumbs].map((c) => `<a href="#">${escapeHtml(c)}</a>`).join(' &gt; ');
  const content = wordContent(report, site);
  const info = `发布时间：${escapeHtml(site.publishedAt)}\u3000\u3000来源：${escapeHtml(site.source)}`;
  const footer = `主办单位：${escapeHtml(site.sponsor)}<br>网站标识码：${site.siteCode}\u3000${escapeHtml(site.icp)}<br>建议使用1366×768分辨率浏览本站`;
  const metaCharset = site.charset === 'gb2312' ? `<meta charset="gb2312">` : `<meta charset="utf-8">`;
  const head = `<head>\n${metaCharset}\n<title>${title}_${escapeHtml(site.siteName)}</title>\n<meta name="ArticleTitle" content="${title}">\n<meta name="PubDate" content="${escapeHtml(site.publishedAt)}">\n<style>${PRINT_CSS}</style>\n<script>var _hmt = _hmt || []; function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }</script>\n</head>`;
  const tools = `<div class="tools">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>`;
  const share = `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>`;
  const related = `<div class="related"><h3>相关链接</h3><ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li><li><a href="#">依申请公开</a></li></ul></div>`;

  if (site.layout === 'divs') {
    return `<!DOCTYPE html>
<html lang="zh-CN" xmlns:o="urn:schemas-microsoft-com:office:office">
${head}
<body>
<header><div class="banner">${escapeHtml(site.siteName)}</div></header>
<nav class="menu">${nav}</nav>
<div class="crumbs">当前位置：${crumbs}</div>
<main class="article">
<article>
<h1>${title}</h1>
<div class="info">${info}</div>
${tools}
<div class="content" id="zoom">
${content}
</div>
${share}
</article>
${related}
</main>
<footer class="site-footer">${footer}</footer>
</body>
</html>
`;
  }
  // An older site: the page laid out with tables inside tables, no HTML5 sections.
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office">
${head}
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="banner">${escapeHtml(site.siteName)}</td></tr><tr><td class="menu">${nav}</td></tr></table>
<table class="article" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="crumbs">当前位置：${crumbs}</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><h1>${title}</h1></td></tr>
<tr><td class="info">${info}</td></tr>
<tr><td>${tools}</td></tr>
<tr><td><div class="content" id="zoom">
${content}
</div></td></tr>
<tr><td>${share}</td></tr>
</table>
</td></tr>
<tr><td>${related}</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="site-footer">${footer}</td></tr></table>
</body>
</html>
`;
}
