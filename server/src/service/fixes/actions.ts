/**
 * The actions offered on a finding, as plain data (the server maps them onto LSP
 * code actions): fix this, fix all findings of this rule, ignore here, open the
 * rule's page — in that order, the preferred fix first.
 */
import type { Diagnostic, Lang, RuleCode } from '../diagnostics';
import type { Range, ReportModel } from '../model';
import { comparePositions, type TextEdit } from './edits';
import { fixAllOfRuleEdits, fixesFor, safeFixes } from './core';
import { ruleMeta } from '../rules/index';
import { suppressEdits } from './suppress';

export interface ServiceCodeAction {
  title: string;
  kind: 'quickfix';
  edits?: TextEdit[];
  isPreferred?: boolean;
  diagnostics: Diagnostic[];
  /** Set on the action that opens the rule's page; the server turns it into a command with the page's URL. */
  openRule?: RuleCode;
}

function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** `onError` hears of a fix provider that failed (that finding then offers no fix). */
export function codeActionsFor(model: ReportModel, diagnostics: readonly Diagnostic[], range: Range, lang: Lang, onError?: (error: unknown) => void): ServiceCodeAction[] {
  const here = diagnostics.filter((d) => touches(d.range, range));
  const fixes: ServiceCodeAction[] = [];
  const others: ServiceCodeAction[] = [];
  const codesDone = new Set<RuleCode>();
  const suppressDone = new Set<string>();
  for (const diagnostic of here) {
    for (const fix of fixesFor(model, diagnostic, lang, onError)) {
      fixes.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, ...(fix.isPreferred ? { isPreferred: true } : {}), diagnostics: [diagnostic] });
    }
    const code = diagnostic.code;
    if (!codesDone.has(code)) {
      codesDone.add(code);
      const ofRule = diagnostics.filter((d) => d.code === code);
      if (ofRule.length > 1 && safeFixes(model, ofRule, lang, code).length > 1) {
        const name = ruleMeta(code)?.name ?? { zh: code, en: code };
        others.push({
          title: lang === 'en' ? `Fix all “${name.en}” problems in this file` : `修复本文件中所有“${name.zh}”问题`,
          kind: 'quickfix',
          edits: fixAllOfRuleEdits(model, ofRule, code, lang),
          diagnostics: ofRule,
        });
      }
    }
    const key = `${code}:${diagnostic.range.start.line}`;
    if (!suppressDone.has(key)) {
      suppressDone.add(key);
      const { edits, scope } = suppressEdits(model, diagnostic);
      // The clerk reads the rule's name; the code follows because the comment written names it.
      const rule = nameOf(code, lang);
      const title =
        scope === 'file'
          ? lang === 'en'
            ? `Ignore “${rule}” in this file`
            : `在本文件中忽略“${rule}”`
          : scope === 'table'
          ? lang === 'en'
            ? `Ignore “${rule}” in this table`
            : `在此表格中忽略“${rule}”`
          : lang === 'en'
            ? `Ignore “${rule}” here`
            : `在此处忽略“${rule}”`;
      others.push({ title, kind: 'quickfix', edits, diagnostics: [diagnostic] });
    }
  }
  for (const code of codesDone) {
    others.push({ title: lang === 'en' ? `Read about “${nameOf(code, lang)}”` : `查看规则说明：${nameOf(code, lang)}`, kind: 'quickfix', diagnostics: here.filter((d) => d.code === code), openRule: code });
  }
  fixes.sort((a, b) => Number(b.isPreferred === true) - Number(a.isPreferred === true));
  return [...fixes, ...others];
}

/** 行总计（total-row）: the rule's short name, then its code as the docs and comments spell it. */
function nameOf(code: string, lang: Lang): string {
  const name = ruleMeta(code)?.name;
  if (!name) return code;
  return lang === 'en' ? `${name.en} (${code})` : `${name.zh}（${code}）`;
}
