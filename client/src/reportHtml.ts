/**
 * The report view's page body: the report as the published document looks (server-built
 * ReportDocument: title, headings, paragraphs, the three tables with their merged cells),
 * every finding marked on its cell or block and listed under it. Pure (no vscode import), so
 * the escaping is tested directly: every text of the report goes through `escapeHtml`, and
 * the only attributes written are fixed class names and numbers.
 */
import type { ReportViewResult } from '../../server/src/protocol';

export interface ViewLabels {
  noProblems: string;
  /** "{0} errors, {1} warnings" already filled in by the caller's localiser. */
  counts: string;
  unreadable: string;
  wholeReport: string;
  empty: string;
  clickToJump: string;
}

type Block = ReportViewResult['document']['blocks'][number];
type Finding = ReportViewResult['findings'][number];
type Cell = Extract<Block, { kind: 'table' }>['grid']['rows'][number][number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Only the four severities become class names; anything else is a warning. */
function severityClass(severity: string): string {
  return severity === 'error' || severity === 'warning' || severity === 'information' || severity === 'hint' ? severity : 'warning';
}

function jump(line: number, character: number): string {
  return ` data-line="${Math.max(0, Math.trunc(line))}" data-character="${Math.max(0, Math.trunc(character))}"`;
}

function findingItem(finding: Finding, number: number): string {
  const { line, character } = finding.range.start;
  return `<li class="finding ${severityClass(finding.severity)}"${jump(line, character)}><span class="badge">${number}</span> ${escapeHtml(finding.message)} <span class="code">${escapeHtml(finding.code)}</span></li>`;
}

function cellHtml(cell: Cell, marks: readonly { finding: Finding; number: number }[], tag: 'td' | 'th'): string {
  const span = `${cell.colspan > 1 ? ` colspan="${Math.trunc(cell.colspan)}"` : ''}${cell.rowspan > 1 ? ` rowspan="${Math.trunc(cell.rowspan)}"` : ''}`;
  const worst = marks.some((m) => m.finding.severity === 'error') ? 'error' : marks.length > 0 ? severityClass(marks[0]!.finding.severity) : '';
  const classes = [cell.role, worst ? `marked ${worst}` : ''].filter(Boolean).join(' ');
  const at = cell.range ? jump(cell.range.start.line, cell.range.start.character) : '';
  const badges = marks.map((m) => `<span class="badge">${m.number}</span>`).join('');
  const title = marks.length > 0 ? ` title="${escapeHtml(marks.map((m) => m.finding.message).join('\n'))}"` : '';
  return `<${tag} class="${classes}"${span}${at}${title}>${escapeHtml(cell.text)}${badges}</${tag}>`;
}

function blockHtml(block: Block, index: number, marks: readonly { finding: Finding; number: number }[], labels: ViewLabels): string {
  const at = jump(block.startLine, 0);
  const marked = marks.length > 0 ? ` marked ${marks.some((m) => m.finding.severity === 'error') ? 'error' : severityClass(marks[0]!.finding.severity)}` : '';
  const list = marks.length > 0 ? `<ol class="findings">${marks.map((m) => findingItem(m.finding, m.number)).join('')}</ol>` : '';
  switch (block.kind) {
    case 'title':
      return `<h1 class="block${marked}"${at}>${escapeHtml(block.text)}</h1>${list}`;
    case 'heading': {
      const tag = block.level === 2 ? 'h2' : 'h3';
      return `<${tag} class="block${marked}"${at}>${escapeHtml(block.text)}</${tag}>${list}`;
    }
    case 'paragraph':
      return `<p class="block${marked}"${at}>${escapeHtml(block.text)}</p>${list}`;
    case 'signature':
      return `<p class="block signature${marked}"${at}>${escapeHtml(block.text)}</p>${list}`;
    case 'unreadable':
      return `<div class="block unreadable${marked}"${at}><p class="note">${escapeHtml(labels.unreadable)}</p><pre>${escapeHtml(block.lines.join('\n'))}</pre></div>${list}`;
    case 'table': {
      const { grid } = block;
      const byCell = new Map<string, { finding: Finding; number: number }[]>();
      const onBlock: { finding: Finding; number: number }[] = [];
      for (const mark of marks) {
        if (!mark.finding.cell) continue;
        const key = mark.finding.cell.join(',');
        byCell.set(key, [...(byCell.get(key) ?? []), mark]);
      }
      for (const mark of marks) if (!mark.finding.cell) onBlock.push(mark);
      const width = grid.columnsCm.reduce((a, b) => a + b, 0) || 1;
      // A width attribute, not a style: the view's Content Security Policy allows no inline styles.
      const cols = grid.columnsCm.map((cm) => `<col width="${((cm / width) * 100).toFixed(2)}%">`).join('');
      const rows = grid.rows
        .map((row, r) => `<tr>${row.map((cell, c) => cellHtml(cell, byCell.get(`${r},${c}`) ?? [], r < grid.headerRows || cell.role === 'header' || cell.role === 'caption' ? 'th' : 'td')).join('')}</tr>`)
        .join('');
      const kind = grid.table ? ` table-${grid.table}` : '';
      return `<div class="block table-block${onBlock.length > 0 ? marked : ''}" data-block="${index}"${at}><table class="report${kind}"><colgroup>${cols}</colgroup>${rows}</table></div>${list}`;
    }
  }
}

export function renderReportBody(view: ReportViewResult, labels: ViewLabels): string {
  const { document, findings } = view;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const numbered = findings.map((finding, i) => ({ finding, number: i + 1 }));
  const summary = `<div class="summary ${findings.length === 0 ? 'clean' : errors > 0 ? 'error' : 'warning'}">${escapeHtml(findings.length === 0 ? labels.noProblems : labels.counts)}</div>`;
  const loose = numbered.filter((m) => m.finding.block < 0);
  const whole = loose.length > 0 ? `<section class="whole"><h4>${escapeHtml(labels.wholeReport)}</h4><ol class="findings">${loose.map((m) => findingItem(m.finding, m.number)).join('')}</ol></section>` : '';
  if (document.blocks.length === 0) return `${summary}${whole}<p class="note">${escapeHtml(labels.empty)}</p>`;
  const body = document.blocks.map((block, index) => blockHtml(block, index, numbered.filter((m) => m.finding.block === index), labels)).join('\n');
  return `${summary}${whole}<article class="page" title="${escapeHtml(labels.clickToJump)}">${body}</article>`;
}
