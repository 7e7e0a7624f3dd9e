/**
 * Service diagnostics → LSP diagnostics. The service already speaks LSP positions,
 * so ranges pass through untouched; only severity, source, the rule page and the
 * related locations are added.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { localized, ruleMeta, type Diagnostic, type Lang, type Severity } from '../service';

export const DIAGNOSTIC_SOURCE = 'nianbao';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The extension root: the nearest folder above this file holding package.json
 * (dist/server.js → <root>; server/src/lsp/*.ts under tests → the repository). The rule
 * pages ship in <root>/docs/rules, so the links work offline and match the installed version.
 */
export const extensionRoot = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(start, '..');
  }
}

/** file:// URL of a rule's page (docs/rules/<code>.md inside the extension). */
export function ruleDocsUrl(code: string): string {
  const relative = ruleMeta(code as never)?.docs ?? `docs/rules/${code}.md`;
  return pathToFileURL(resolve(extensionRoot, relative)).href;
}

/**
 * VS Code prints every related location as a "file.md(71, 11): …" line at the top of the hover,
 * before the extension's own hover with the sum. A sum's addends in the same document are
 * already named in the message (1＋0＋0＝1), so more than two of them are left out; locations in
 * another document (last year's report) are always kept.
 */
const MAX_SAME_DOCUMENT_RELATED = 2;

function relatedWorthShowing(diagnostic: Diagnostic): NonNullable<Diagnostic['relatedInformation']> {
  const all = diagnostic.relatedInformation ?? [];
  const sameDocument = all.filter((info) => !info.uri);
  return sameDocument.length > MAX_SAME_DOCUMENT_RELATED ? all.filter((info) => info.uri) : all;
}

/**
 * The LSP diagnostic of a finding, its message and notes rendered in `lang` (the server's
 * current language: a change of nianbao.language is rendered at the next publication, with
 * no restart).
 */
export function toLspDiagnostic(finding: Diagnostic, uri: string, lang: Lang): LspDiagnostic {
  const diagnostic = localized(finding, lang);
  const out: LspDiagnostic = {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: diagnostic.code,
    codeDescription: { href: ruleDocsUrl(diagnostic.code) },
    message: diagnostic.message,
  };
  const related = relatedWorthShowing(diagnostic);
  if (related.length > 0) {
    out.relatedInformation = related.map((info) => ({
      location: { uri: info.uri ?? uri, range: info.range },
      message: info.message,
    }));
  }
  if (diagnostic.data !== undefined) out.data = diagnostic.data;
  return out;
}
