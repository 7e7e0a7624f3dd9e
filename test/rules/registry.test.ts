/** The registry against RULES.md's codes, the docs pages, and the quick-fix contract. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULE_METAS, CROSS_DOCUMENT_RULES_META, RULES, ruleMeta } from '../../server/src/service/rules';
import { RULE_CODES } from '../../server/src/service/diagnostics';
import { repoRoot } from '../helpers/seeds';

/** The codes the quick-fix helper provides fixes for (its contract with the rules' data). */
const FIXABLE = [
  'total-row',
  'total-results',
  'balance',
  'total-review',
  'row-missing',
  'row-label',
  'section-title',
  'section-missing',
  'table-missing',
  'value-missing',
  'value-invalid',
  'period-year',
  'date-malformed',
  'year-mismatch',
  'text-doubled',
  'overview-numbering',
];

/** Default severities exactly as RULES.md states them. */
const RULES_MD_SEVERITY: Record<string, string> = {
  'section-missing': 'error',
  'section-order': 'error',
  'section-duplicate': 'error',
  'section-title': 'warning',
  'overview-topic-missing': 'warning',
  'overview-numbering': 'warning',
  'table-missing': 'error',
  'table-outdated': 'warning',
  'table-unreadable': 'warning',
  'row-missing': 'error',
  'row-order': 'warning',
  'row-label': 'warning',
  'row-unknown': 'warning',
  'value-missing': 'error',
  'value-invalid': 'error',
  'total-row': 'error',
  'total-results': 'error',
  balance: 'error',
  'total-review': 'error',
  'year-unknown': 'warning',
  'period-year': 'error',
  'year-mismatch': 'warning',
  'date-malformed': 'error',
  'date-invalid': 'error',
  'publish-early': 'warning',
  'publish-late': 'warning',
  'fee-missing': 'warning',
  'improvement-missing': 'warning',
  'narrative-mismatch': 'warning',
  'narrative-sum': 'warning',
  'all-done-carryover': 'warning',
  'part-empty': 'error',
  'placeholder-left': 'warning',
  'text-doubled': 'warning',
  'title-wording': 'warning',
  'carryover-mismatch': 'warning',
  'inforce-mismatch': 'information',
  'copy-rate': 'warning',
  'document-too-large': 'information',
};

describe('the rule registry', () => {
  it('has metadata for every code, once, with RULES.md’s default severity', () => {
    expect(ALL_RULE_METAS.map((m) => m.code).sort()).toEqual([...RULE_CODES].sort());
    for (const meta of ALL_RULE_METAS) expect([meta.code, meta.defaultSeverity]).toEqual([meta.code, RULES_MD_SEVERITY[meta.code]]);
  });

  it('runs every rule, the cross-document ones included, except document-too-large', () => {
    const run = RULES.map((r) => r.meta.code);
    expect(run).toContain('carryover-mismatch');
    expect(run).toContain('inforce-mismatch');
    expect(run).not.toContain('document-too-large');
    expect(CROSS_DOCUMENT_RULES_META.map((m) => m.code)).toEqual(['carryover-mismatch', 'inforce-mismatch', 'copy-rate']);
    expect(run).toHaveLength(RULE_CODES.length - 1);
  });

  it('declares fixable exactly the codes the quick fixes cover', () => {
    expect(ALL_RULE_METAS.filter((m) => m.fixable).map((m) => m.code).sort()).toEqual([...FIXABLE].sort());
  });

  it('looks metadata up by code', () => {
    expect(ruleMeta('total-row')).toMatchObject({ code: 'total-row', defaultSeverity: 'error', docs: 'docs/rules/total-row.md', fixable: true });
    expect(ruleMeta('document-too-large')?.defaultSeverity).toBe('information');
    expect(ruleMeta('no-such-rule')).toBeUndefined();
  });

  it('has descriptions in both languages', () => {
    for (const meta of ALL_RULE_METAS) {
      expect(meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.description.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('the rule docs', () => {
  const docsDir = join(repoRoot, 'docs', 'rules');

  it('has a page for every rule and a rule for every page', () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(ALL_RULE_METAS.map((m) => m.code).sort());
    for (const meta of ALL_RULE_METAS) expect(existsSync(join(repoRoot, meta.docs))).toBe(true);
  });

  it('gives each page the sections clerks look for, and the configuration key', () => {
    for (const meta of ALL_RULE_METAS) {
      const page = readFileSync(join(repoRoot, meta.docs), 'utf8');
      for (const heading of ['## 检查什么', '## 为什么', '## 示例', '## 如何修复', '## 配置', '## English summary']) {
        expect([meta.code, page.includes(heading)]).toEqual([meta.code, true]);
      }
      expect([meta.code, page.includes(`"${meta.code}"`)]).toEqual([meta.code, true]);
      expect([meta.code, page.includes(`（${meta.defaultSeverity}）`), page.includes(`可自动修复：${meta.fixable ? '是' : '否'}`)]).toEqual([meta.code, true, true]);
    }
  });
});
