/**
 * A web page (or mammoth's HTML of a Word file) to report text that parseReport reads.
 *
 * Page chrome (navigation, banners, scripts, forms) is dropped; block elements become
 * lines; a data table becomes a Markdown table, one `| a | b |` row per table row with one
 * cell per column (see tableRows): a merged cell is written once, on the row and at the place
 * where it starts (group labels on the group's first row), the places it covers and blank cells
 * are empty cells, so every value stays in its column. A table that holds other tables is page
 * layout, not data: its cells are read as ordinary blocks.
 *
 * Bounded: the parse stops past MAX_HTML_NODES nodes, and the tree is walked with stacks of
 * its own, never by recursion, however deep the page nests.
 */
import { defaultTreeAdapter, parse } from 'parse5';
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

/**
 * A page may hold at most this many elements, text and comment nodes: parse5 keeps about 400
 * bytes per node, so a page of millions of tags (a few tens of megabytes of markup) would take
 * gigabytes. A real report page, even Word's verbose "save as web page", holds tens of thousands.
 */
export const MAX_HTML_NODES = 500_000;

/** The page is beyond what the reader reads (see MAX_HTML_NODES). */
export class HtmlTooLargeError extends Error {}

export function htmlToText(html: string, maxNodes = MAX_HTML_NODES): string {
  return htmlToTextAndPictures(html, maxNodes).text;
}

/**
 * Where a picture (`<img>`) stands in the text, in the shape of AnalyzeOptions.pictures, whose
 * test takes a span [s, e) to offer the gaps s…e between lines (gap g is the one above line g)
 * and gives a part the gaps below its heading down to the next part's heading. A picture
 * standing between two lines (a paragraph of nothing but the picture, or a table of nothing
 * but pictures) is the one gap there: {s, s}, s the line after it. A picture inside lines
 * [s, e) (in a paragraph's text, in a data table's cells) is the gaps below those lines,
 * {s + 1, e}: the part that holds the lines holds the picture — a picture inside a part's
 * heading line is that part's, not the part's before.
 */
export interface PictureSpan {
  startLine: number;
  endLine: number;
}

/** The text of a page (htmlToText) and where its pictures stand in it. */
export function htmlToTextAndPictures(html: string, maxNodes = MAX_HTML_NODES): { text: string; pictures: PictureSpan[] } {
  const document = parseBounded(html, maxNodes);
  const lines: string[] = [];
  const writer = new LineWriter(lines);
  walk(document, writer, false, tablesHoldingTables(document));
  writer.flush();
  return { text: lines.join('\n') + '\n', pictures: writer.pictures };
}

/** parse5 with a tree adapter that counts the nodes it makes and stops the parse past the budget. */
function parseBounded(html: string, maxNodes: number): DefaultTreeAdapterTypes.Document {
  let nodes = 0;
  const count = (): void => {
    if (++nodes > maxNodes) throw new HtmlTooLargeError(`more than ${maxNodes} elements`);
  };
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      count();
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    createCommentNode(data) {
      count();
      return defaultTreeAdapter.createCommentNode(data);
    },
    // Text joins the text node before it when there is one; only a new node counts.
    insertText(parentNode, text) {
      const last = parentNode.childNodes[parentNode.childNodes.length - 1];
      if (last === undefined || !defaultTreeAdapter.isTextNode(last)) count();
      defaultTreeAdapter.insertText(parentNode, text);
    },
    insertTextBefore(parentNode, text, referenceNode) {
      count();
      defaultTreeAdapter.insertTextBefore(parentNode, text, referenceNode);
    },
  };
  return parse(html, { treeAdapter });
}

/** Closes the block opened when its element was entered (see walk). */
const END_BLOCK = null;

interface Visit {
  node: Node;
  inArticle: boolean;
}

/**
 * Writes the text of `root` and everything under it. Iterative, with a stack of its own: a
 * page nested hundreds of thousands of elements deep (parse5 builds such a tree) would overflow
 * the call stack of a recursive walk.
 */
function walk(root: Node, out: LineWriter, inArticle: boolean, layoutTables: ReadonlySet<Element>): void {
  const stack: (Visit | typeof END_BLOCK)[] = [{ node: root, inArticle }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === END_BLOCK) {
      out.flush();
      continue;
    }
    const { node } = item;
    if (node.nodeName === '#text') {
      out.text((node as DefaultTreeAdapterTypes.TextNode).value);
      continue;
    }
    if (!('childNodes' in node)) continue;
    let childrenInArticle = item.inArticle;
    if (isElement(node)) {
      const tag = node.tagName;
      if (ALWAYS_DROPPED.has(tag) || isHidden(node)) continue;
      if (PAGE_CHROME.has(tag) && !item.inArticle) continue;
      if (tag === 'br') {
        out.lineBreak();
        continue;
      }
      if (tag === 'img') {
        out.picture();
        continue;
      }
      if (tag === 'pre') {
        out.preformatted(textContent(node));
        continue;
      }
      if (tag === 'table' && !layoutTables.has(node)) {
        out.flush();
        const start = out.lineCount;
        const { rows, pictured } = tableRows(node, layoutTables);
        for (const row of rows) out.line(row);
        if (pictured) out.pictureIn(start);
        continue;
      }
      childrenInArticle = item.inArticle || tag === 'article' || tag === 'main' || attr(node, 'role') === 'main';
      if (BLOCKS.has(tag)) {
        out.flush();
        stack.push(END_BLOCK);
      }
    }
    // Pushed last child first, so that they are visited in document order.
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, inArticle: childrenInArticle });
  }
}

/** Accumulates inline text into lines, collapsing white space as a browser does. */
class LineWriter {
  private current = '';
  /** A picture stands in the inline text being gathered: it belongs to the line that text makes. */
  private pictureInCurrent = false;
  /** Where the pictures written so far stand (see PictureSpan). */
  readonly pictures: PictureSpan[] = [];
  constructor(private readonly lines: string[]) {}

  get lineCount(): number {
    return this.lines.length;
  }

  picture(): void {
    this.pictureInCurrent = true;
  }

  /** A picture inside the lines written since line `start`; between two lines when there are none. */
  pictureIn(start: number): void {
    const end = this.lines.length;
    this.pictures.push(end > start ? { startLine: start + 1, endLine: end } : { startLine: start, endLine: start });
  }

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
    const start = this.lines.length;
    this.current = '';
    if (line !== '') this.lines.push(line);
    if (this.pictureInCurrent) {
      this.pictureInCurrent = false;
      this.pictureIn(start);
    }
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

/**
 * At most this many grid positions (cells and the places merged cells cover) are laid out
 * per table; past it a cell's spans count as one (a page of thousands of cells each spanning
 * a thousand rows and columns would take billions). The statutory tables have a few hundred.
 */
const MAX_GRID_POSITIONS = 1_000_000;

/**
 * The table's rows as `| a | b |` lines, one cell per column of the table's grid: a merged
 * cell is written once, at the row and column where it starts, and the places it covers are
 * empty cells, so every later cell stays in its column — a blank value cell too, which is
 * written empty (missing data is not zero). A delimiter row after the first row makes the
 * lines a Markdown table, which the parser reads by column: values stay under their headers
 * even when a row's blank cells hold nothing. Rows with nothing in them are left out.
 */
function tableRows(table: Element, layoutTables: ReadonlySet<Element>): { rows: string[]; pictured: boolean } {
  const rows = rowsOf(table);
  /** occupied[r][c]: a cell starting on an earlier row (rowspan) or column (colspan) covers it. */
  const occupied: boolean[][] = [];
  const cellsByRow: (string | undefined)[][] = rows.map(() => []);
  let positions = 0;
  let width = 0;
  let pictured = false;
  rows.forEach((tr, r) => {
    let column = 0;
    const line = cellsByRow[r]!;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (occupied[r]?.[column]) column++;
      let colspan = clampSpan(attr(td, 'colspan'));
      let rowspan = Math.min(clampSpan(attr(td, 'rowspan')), rows.length - r);
      if (positions + colspan * rowspan > MAX_GRID_POSITIONS) colspan = rowspan = 1;
      positions += colspan * rowspan;
      for (let dr = 0; dr < rowspan; dr++) {
        const covered = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) covered[column + dc] = true;
      }
      const cell = cellText(td, layoutTables);
      line[column] = cell.text;
      pictured ||= cell.pictured;
      column += colspan;
      width = Math.max(width, column);
    }
  });
  const out: string[] = [];
  // Padded to the table's width unless that would make the output far larger than the table.
  const padTo = rows.length * width <= MAX_GRID_POSITIONS ? width : 0;
  for (const line of cellsByRow) {
    if (!line.some((text) => text !== undefined && text !== '')) continue;
    const cells: string[] = [];
    for (let c = 0; c < Math.max(line.length, padTo); c++) cells.push(line[c] ?? '');
    out.push(`| ${cells.join(' | ')} |`);
    if (out.length === 1) out.push(`|${' --- |'.repeat(cells.length)}`);
  }
  return { rows: out, pictured };
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

/**
 * A cell's text on one line: its paragraphs joined, pipes made full-width so they stay inside
 * the cell. A cell holding only blanks (Word's `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`) is ''.
 * Whether a picture stands in it.
 */
function cellText(td: Element, layoutTables: ReadonlySet<Element>): { text: string; pictured: boolean } {
  const lines: string[] = [];
  const writer = new LineWriter(lines);
  for (const child of td.childNodes) walk(child, writer, true, layoutTables);
  writer.flush();
  let text = '';
  for (const line of lines) {
    const last = text[text.length - 1] ?? '';
    text += text === '' || (CJK.test(last) && CJK.test(line[0] ?? '')) ? line : ` ${line}`;
  }
  return { text: text.replace(/\|/g, '｜'), pictured: writer.pictures.length > 0 };
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

/**
 * The elements that hold a table somewhere inside them: a table among them is page layout,
 * read as blocks, not data. Found in one pass (each table marks its ancestors up to the first
 * one already marked), instead of searching below every table, which is quadratic in a page of
 * tables nested thousands deep.
 */
function tablesHoldingTables(document: Node): Set<Element> {
  const holders = new Set<Element>();
  const stack: Node[] = [document];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!('childNodes' in node)) continue;
    if (isElement(node) && node.tagName === 'table') {
      for (let up = node.parentNode; up && isElement(up) && !holders.has(up); up = up.parentNode) holders.add(up);
    }
    for (const child of node.childNodes) stack.push(child);
  }
  return holders;
}

/** The text under a node in document order, <br> as a line break; iterative (see walk). */
function textContent(root: Node): string {
  let text = '';
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(node) && node.tagName === 'br') text += '\n';
    else if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return text;
}
