/**
 * What the server must publish for a text: the service's own diagnostics, written
 * out in LSP terms independently of the server's conversion code.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/service/analyze';
import type { AnalyzeOptions } from '../../server/src/service/diagnostics';
import { repoRoot } from '../helpers/seeds';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export function ruleDocsHref(code: string): string {
  return pathToFileURL(join(repoRoot, 'docs', 'rules', `${code}.md`)).href;
}

export function expectedDiagnostics(text: string, uri: string, options: AnalyzeOptions = {}): LspDiagnostic[] {
  return analyze(text, { lang: 'zh', ...options }).diagnostics.map((d) => {
    const out: LspDiagnostic = {
      range: d.range,
      severity: SEVERITY[d.severity],
      source: 'nianbao',
      code: d.code,
      codeDescription: { href: ruleDocsHref(d.code) },
      message: d.message,
    };
    // More than two locations in the same document (a sum's addends, named in the message) are
    // not sent: VS Code would print each at the top of the hover, before the sum.
    const related = d.relatedInformation ?? [];
    const kept = related.filter((r) => !r.uri).length > 2 ? related.filter((r) => r.uri) : related;
    if (kept.length) {
      out.relatedInformation = kept.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }));
    }
    if (d.data !== undefined) out.data = d.data;
    return out;
  });
}

/** The text a range covers (single-line ranges, as the rules report cells). */
export function textAt(text: string, range: LspDiagnostic['range']): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (range.start.line !== range.end.line) throw new Error('textAt: multi-line range');
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}
