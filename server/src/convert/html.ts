/**
 * A web page (or mammoth's HTML of a Word file) to report text that parseReport reads.
 *
 * Page chrome (navigation, banners, scripts, forms) is dropped; block elements become
 * lines; a data table becomes one `| a | b |` row per table row. A merged cell is written
 * once, on the row and at the place where it starts — the flattened form of the statutory
 * tables (group labels on the group's first row), so the values of every row stay the
 * trailing cells, in column order, whatever the label cells span. A table that holds other
 * tables is page layout, not data: its cells are read as ordinary blocks.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Never report text, wherever they stand. */
const ALWAYS_DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'frame', 'svg', 'math',
  'form', 'button', 'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'map', 'menu', 'dialog', 'video', 'audio',
]);
/** Page banners: dropped unless they belong to the article itself (its title, its date). */
const PAGE_CHROME = new Set(['header', 'footer']);

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'hr', 'html', 'li', 'main', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function htmlToText(html: string): string {
  const document = parse(html);
  const lines: string[] = [];
  const writer = new LineWriter(lines);
  walk(document, writer, false);
  writer.flush();
  return lines.join('\n') + '\n';
}

function walk(node: Node, out: LineWriter, inArticle: boolean): void {
  if (node.nodeName === '#text') {
    out.text((node as DefaultTreeAdapterTypes.TextNode).value);
    return;
  }
  if (!('childNodes' in node)) return;
  if (isElement(node)) {
    const tag = node.tagName;
    if (ALWAYS_DROPPED.has(tag) || isHidden(node)) return;
    if (PAGE_CHROME.has(tag) && !inArticle) return;
    if (tag === 'br') return out.lineBreak();
    if (tag === 'pre') return out.preformatted(textContent(node));
    if (tag === 'table' && !containsTable(node)) {
      out.flush();
      for (const row of tableRows(node)) out.line(row);
      return;
    }
    const articleHere = inArticle || tag === 'article' || tag === 'main' || attr(node, 'role') === 'main';
    const block = BLOCKS.has(tag);
    if (block) out.flush();
    for (const child of node.childNodes) walk(child, out, articleHere);
    if (block) out.flush();
    return;
  }
  for (const child of node.childNodes) walk(child, out, inArticle);
}

/** Accumulates inline text into lines, collapsing white space as a browser does. */
class LineWriter {
  private current = '';
  constructor(private readonly lines: string[]) {}

  text(raw: string): void {
    this.current += raw;
  }

  lineBreak(): void {
    this.flush();
  }

  line(text: string): void {
    this.flush();
    this.lines.push(text);
  }

  preformatted(text: string): void {
    this.flush();
    for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '') this.lines.push(line.replace(/\s+$/, ''));
  }

  flush(): void {
    const line = collapseWhitespace(this.current);
    this.current = '';
    if (line !== '') this.lines.push(line);
  }
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Collapses white space runs to one space; a run that holds a source line break between
 * two Chinese characters disappears (a break inside a Chinese sentence is no word gap).
 * Non-breaking and ideographic spaces count as white space too, so indentation goes.
 */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]+/g, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      if (/[\n\r]/.test(run) && CJK.test(before) && CJK.test(after)) return '';
      return ' ';
    })
    .trim();
}

// ---------------------------------------------------------------------------
// Tables

interface GridCell {
  text: string;
  /** First grid row and column the cell occupies. */
  row: number;
  column: number;
}

/** The table's rows as `| a | b |` lines: each cell once, on the row where it starts. */
function tableRows(table: Element): string[] {
  const rows = rowsOf(table);
  const occupied: boolean[][] = [];
  const cellsByRow: GridCell[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let column = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (occupied[r]?.[column]) column++;
      const colspan = clampSpan(attr(td, 'colspan'));
      const rowspan = clampSpan(attr(td, 'rowspan'));
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        const line = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) line[column + dc] = true;
      }
      cellsByRow[r]!.push({ text: cellText(td), row: r, column });
      column += colspan;
    }
  });
  const out: string[] = [];
  for (const cells of cellsByRow) {
    if (cells.every((c) => c.text === '')) continue;
    out.push(`| ${cells.map((c) => c.text).join(' | ')} |`);
  }
  return out;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.childNodes) if (isElement(tr) && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function clampSpan(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** A cell's text on one line: its paragraphs joined, pipes made full-width so they stay inside the cell. */
function cellText(td: Element): string {
  const lines: string[] = [];
  const writer = new LineWriter(lines);
  for (const child of td.childNodes) walk(child, writer, true);
  writer.flush();
  let text = '';
  for (const line of lines) {
    const last = text[text.length - 1] ?? '';
    text += text === '' || (CJK.test(last) && CJK.test(line[0] ?? '')) ? line : ` ${line}`;
  }
  return text.replace(/\|/g, '｜');
}

// ---------------------------------------------------------------------------
// DOM helpers

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(element: Element, name: string): string | undefined {
  for (const a of element.attrs) if (a.name === name) return a.value;
  return undefined;
}

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function containsTable(element: Element): boolean {
  for (const child of element.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'table' || containsTable(child)) return true;
  }
  return false;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node)) return '';
  if (isElement(node) && node.tagName === 'br') return '\n';
  return node.childNodes.map(textContent).join('');
}
