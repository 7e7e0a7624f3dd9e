/**
 * nianbao/status and nianbao/checkAnyway: what the status bar item shows and the
 * "check anyway" command for a Markdown file that was not detected as a report.
 */
import type { Bilingual, Lang } from '../service';
import type { DocumentChecker } from './checker';
import type { CheckAnywayResult, StatusResult } from './protocol';
import type { SettingsManager } from './settings';

const NOT_OPEN: Bilingual = { zh: '此文件未在编辑器中打开', en: 'The file is not open in the editor' };

function uriOf(params: unknown): string | null {
  if (params === null || typeof params !== 'object') return null;
  const uri = (params as { uri?: unknown }).uri;
  return typeof uri === 'string' ? uri : null;
}

export async function documentStatus(
  params: unknown,
  checker: DocumentChecker,
  settings: SettingsManager,
  lang: Lang,
): Promise<StatusResult> {
  const uri = uriOf(params);
  const notOpen: StatusResult = { checked: false, reason: NOT_OPEN[lang], errors: 0, warnings: 0 };
  if (uri === null) return notOpen;
  await settings.ensure(uri);
  const decision = checker.decision(uri);
  if (!decision) return notOpen;
  let errors = 0;
  let warnings = 0;
  const analysis = decision.checked ? checker.analysis(uri) : null;
  for (const d of analysis?.diagnostics ?? []) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { checked: decision.checked, reason: decision.reason[lang], errors, warnings };
}

export function checkAnyway(params: unknown, checker: DocumentChecker): CheckAnywayResult {
  const uri = uriOf(params);
  if (uri === null) return { ok: false };
  checker.checkAnyway(uri);
  return { ok: true };
}
