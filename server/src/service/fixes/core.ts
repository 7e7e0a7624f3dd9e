/** The fix providers by rule code, and choosing the safe fixes of a document. */
import type { Diagnostic, Lang, RuleCode } from '../diagnostics';
import type { ReportModel } from '../model';
import { editsConflict, type TextEdit } from './edits';
import { toCodeFixes, type CodeFix, type FixProposal } from './types';
import { RULES, ruleOf } from '../rules/index';
import { decodeData } from '../finding-data';
import { verifiedFixes } from './verify';

/** Codes whose rule has a fix. */
export const FIXABLE_CODES: readonly RuleCode[] = RULES.filter((r) => r.fix).map((r) => r.meta.code);

/** The proposals of a diagnostic's rule: its fix given the finding's data, once the data has the rule's shape. */
function proposalsFor(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const rule = ruleOf(diagnostic.code);
  if (!rule?.fix) return [];
  const data = rule.dataShape ? decodeData(rule.dataShape, diagnostic.data) : undefined;
  if (data === null) return [];
  return rule.fix(model, data as never, diagnostic);
}

/**
 * The fixes for one diagnostic, best first (an arithmetic finding may offer several repairs). Never throws: a fix
 * provider that fails offers no fix, so the editor keeps working; `onError` hears of it
 * (the fuzz test fails on it, the server logs it).
 */
export function fixesFor(model: ReportModel, diagnostic: Diagnostic, lang: Lang, onError?: (error: unknown) => void): CodeFix[] {
  try {
    return toCodeFixes(proposalsFor(model, diagnostic), diagnostic, lang);
  } catch (error) {
    onError?.(error);
    return [];
  }
}

/**
 * The safe fix of each diagnostic (optionally of one code), skipping any whose edits
 * would touch text another chosen fix touches. Inserts at one point keep the order of
 * the diagnostics (which is document and statutory order). Fixes that write numbers into
 * tables 三 and 四 are then checked on the text they give (verify.ts): a repair stays only
 * when it leaves every sum of its table true, a fill only when it breaks no sum.
 */
export function safeFixes(model: ReportModel, diagnostics: readonly Diagnostic[], lang: Lang, code?: RuleCode): CodeFix[] {
  const chosen: CodeFix[] = [];
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    if (code !== undefined && diagnostic.code !== code) continue;
    const fix = fixesFor(model, diagnostic, lang).find((f) => f.safe);
    if (!fix || editsConflict(fix.edits, edits)) continue;
    chosen.push(fix);
    edits.push(...fix.edits);
  }
  return verifiedFixes(model, chosen);
}

/** The edits of every safe fix of one rule in the document (the "fix all of this rule" action). */
export function fixAllOfRuleEdits(model: ReportModel, diagnostics: readonly Diagnostic[], code: RuleCode, lang: Lang): TextEdit[] {
  return safeFixes(model, diagnostics, lang, code).flatMap((f) => f.edits);
}

