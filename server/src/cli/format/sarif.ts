/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules as reportingDescriptors,
 * one result per finding with a 1-based region (columns in UTF-16 code units, which is
 * what the service's LSP-style characters count). Files that could not be checked become
 * tool-execution notifications, so they are visible without being findings. A finding in a
 * converted file (Word, web page, PDF) says where it is in the original in its location's message.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeLocation, RULE_CODES, ruleMeta, type Lang, type Severity } from '../../service';
import type { FileResult } from '../check-file';
import { DOCS_BASE_URL, VERSION } from '../package-info';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function formatSarif(results: readonly FileResult[], lang: Lang, cwd: string): string {
  const rules = RULE_CODES.map((code) => {
    const meta = ruleMeta(code);
    const description = meta ? (lang === 'en' ? meta.description.en : meta.description.zh) : code;
    return {
      id: code,
      name: code,
      shortDescription: { text: description },
      helpUri: `${DOCS_BASE_URL}${code}.md`,
      defaultConfiguration: { level: sarifLevel(meta?.defaultSeverity ?? 'warning') },
    };
  });
  const ruleIndex = new Map<string, number>(RULE_CODES.map((code, i) => [code, i]));
  const sarifResults = [];
  const notifications = [];
  for (const file of results) {
    const artifactLocation = artifactOf(file.file);
    if (file.error !== undefined || file.skipped !== undefined) {
      notifications.push({
        level: file.error !== undefined ? ('error' as const) : ('note' as const),
        message: { text: `${file.file}: ${file.error ?? file.skipped}` },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    for (const d of file.diagnostics) {
      sarifResults.push({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code) ?? -1,
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
            // A converted file (Word, web page, PDF): where the finding is in the original, in words.
            ...(d.location ? { message: { text: describeLocation(d.location, lang) } } : {}),
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'nianbao', version: VERSION, informationUri: DOCS_BASE_URL.replace(/docs\/rules\/$/, ''), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: results.every((r) => r.error === undefined), toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifactOf(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
