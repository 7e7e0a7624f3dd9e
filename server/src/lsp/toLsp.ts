/**
 * Service diagnostics → LSP diagnostics. The service already speaks LSP positions,
 * so ranges pass through untouched; only severity, source, the rule page and the
 * related locations are added.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { RULE_LINK_CODE_PARAM, RULE_LINK_PATH, type RuleLinkInitializationOptions } from '../protocol';
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

/** A URI scheme as RFC 3986 spells it. */
const URI_SCHEME = /^[a-z][a-z0-9+.-]*$/i;
/** An extension id (publisher.name) as VS Code's URI routing accepts it for an authority. */
const EXTENSION_ID = /^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/i;

/**
 * The route to the client's URI handler from the client's initialization options, or
 * undefined when they do not name one that VS Code would deliver (other editors send none).
 */
export function ruleLinkRouteFrom(uriScheme: unknown, extensionId: unknown): RuleLinkInitializationOptions | undefined {
  if (typeof uriScheme !== 'string' || !URI_SCHEME.test(uriScheme)) return undefined;
  if (typeof extensionId !== 'string' || !EXTENSION_ID.test(extensionId)) return undefined;
  return { uriScheme, extensionId };
}

/**
 * Where the findings' code links lead. Set once, when the client initializes the server (one
 * server process serves one client), and read by every conversion below, so the published
 * diagnostics and the code actions' copies of them carry the same link.
 */
let ruleLinkRoute: RuleLinkInitializationOptions | undefined;

export function setRuleLinkRoute(route: RuleLinkInitializationOptions | undefined): void {
  ruleLinkRoute = route;
}

/**
 * The code link of a rule: through the client's URI handler when the client named one (it opens
 * the rendered page, where a file:// link opens the page's Markdown source as a text file, and
 * VS Code no longer runs command: links from diagnostics), else the file:// URL of the page.
 */
export function ruleLinkHref(code: string): string {
  if (!ruleLinkRoute) return ruleDocsUrl(code);
  const { uriScheme, extensionId } = ruleLinkRoute;
  return `${uriScheme}://${extensionId}${RULE_LINK_PATH}?${RULE_LINK_CODE_PARAM}=${encodeURIComponent(code)}`;
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
    codeDescription: { href: ruleLinkHref(diagnostic.code) },
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
