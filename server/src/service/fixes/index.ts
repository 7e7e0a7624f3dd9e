/**
 * Quick fixes and fix-all: minimal text edits computed from a diagnostic's `data`
 * and the report model. LSP-free (the server maps these onto code actions, the CLI's
 * `--fix` calls fixAll). Architecture invariant: a fix never loses a character it
 * does not mean to change, and applying it twice changes nothing more.
 */
import { analyze } from '../analyze';
import type { AnalyzeOptions, Diagnostic, Lang } from '../diagnostics';
import { composedEdits, composeRound, startComposition, type TextEdit } from './edits';
import { safeFixes } from './core';

export type { TextEdit } from './edits';
export type { CodeFix } from './types';
export { applyEdits } from './edits';
export { codeActionsFor, type ServiceCodeAction } from './actions';
export { FIXABLE_CODES, fixesFor, fixAllOfRuleEdits, safeFixes } from './core';
export { suppressEdits } from './suppress';

/** Rounds are needed when one fix changes a number another sum reads (a row total feeds the balance). */
const MAX_ROUNDS = 6;

interface FixAllResult {
  text: string;
  applied: number;
  remaining: Diagnostic[];
  edits: TextEdit[];
}

function runFixAll(text: string, options: AnalyzeOptions = {}): FixAllResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
  const composition = startComposition(text);
  let applied = 0;
  let analysis = analyze(text, options);
  const seen = new Set<string>([text]);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = safeFixes(analysis.model, analysis.diagnostics, lang);
    if (fixes.length === 0) break;
    composeRound(composition, fixes.flatMap((f) => f.edits));
    // A text seen before means two fixes undo each other: stop rather than loop.
    if (seen.has(composition.current)) break;
    seen.add(composition.current);
    applied += fixes.length;
    analysis = analyze(composition.current, options);
  }
  return { text: composition.current, applied, remaining: analysis.diagnostics, edits: composedEdits(composition) };
}

/**
 * Applies every safe fix. One analysis gives a set of non-overlapping safe edits that
 * are applied at once; when those change numbers other sums read (a corrected row
 * total unbalances its column), the next round fixes what they uncovered, so the
 * result has no safe fix left. `remaining` are the diagnostics of the result.
 */
export function fixAll(text: string, options?: AnalyzeOptions): { text: string; applied: number; remaining: Diagnostic[] } {
  const { text: fixed, applied, remaining } = runFixAll(text, options);
  return { text: fixed, applied, remaining };
}

/** fixAll as edits on the original text (for `source.fixAll` and the `nianbao/fixAll` request). */
export function fixAllEdits(text: string, options?: AnalyzeOptions): TextEdit[] {
  return runFixAll(text, options).edits;
}

