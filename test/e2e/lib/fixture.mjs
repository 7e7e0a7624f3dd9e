// Facts the e2e test expects, computed from the fixture and the snippet file by the test's own
// arithmetic, so that editing either cannot silently turn an assertion into a tautology.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './tools.mjs';

export const FIXTURE_DIR = path.join(ROOT, 'test', 'e2e', 'fixture');
export const REPORT_NAME = '2024-测试局.nianbao.md';

const TABLE3_VALUE_COLUMNS = 7; // six applicant columns and 总计

/**
 * The one table-三 row whose 总计 is not the sum of its six applicant columns:
 * its 1-based line, the 1-based (UTF-16) column of the 总计 cell, the written and the right total.
 */
export function wrongTotal() {
  const lines = readFileSync(path.join(FIXTURE_DIR, REPORT_NAME), 'utf8').split(/\r?\n/);
  const found = [];
  lines.forEach((text, index) => {
    const cells = text.split('|').slice(1, -1).map((c) => c.trim());
    const numbers = cells.filter((c) => /^\d+$/.test(c));
    if (numbers.length !== TABLE3_VALUE_COLUMNS || cells.slice(-TABLE3_VALUE_COLUMNS).some((c) => !/^\d+$/.test(c))) return;
    const values = numbers.map(Number);
    const sum = values.slice(0, 6).reduce((a, b) => a + b, 0);
    const written = values[6];
    if (sum === written) return;
    const lastPipe = text.trimEnd().length - 1;
    const cellStart = text.lastIndexOf('|', lastPipe - 1) + 1;
    const totalAt = cellStart + (text.slice(cellStart).length - text.slice(cellStart).trimStart().length);
    found.push({ line: index + 1, column: totalAt + 1, written, expected: sum, text });
  });
  if (found.length !== 1) {
    throw new Error(`the fixture must hold exactly one wrong 总计 in table 三, found ${found.length}`);
  }
  return found[0];
}

/** The snippet whose prefix is given, with its placeholders replaced by their default text. */
export function expandedSnippet(prefix) {
  const file = path.join(ROOT, 'snippets', 'nianbao.code-snippets');
  const snippets = parseJsonc(readFileSync(file, 'utf8'));
  const entry = Object.entries(snippets).find(([, s]) => [s.prefix].flat().includes(prefix));
  if (!entry) throw new Error(`no snippet with prefix ${prefix} in ${path.relative(ROOT, file)}`);
  const [name, snippet] = entry;
  const body = [snippet.body].flat().join('\n');
  return { name, text: resolvePlaceholders(body) };
}

function parseJsonc(text) {
  // Snippet files allow comments and trailing commas; strip them outside strings.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += ch;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** Inserted text of a TextMate snippet body: ${1:x} → x, ${1|a,b|} → a, $1 / ${1} / $0 → '', \$ → $. */
function resolvePlaceholders(body) {
  let previous;
  let text = body;
  do {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  } while (text !== previous);
  return text.replace(/\\([$}\\])/g, '$1');
}
