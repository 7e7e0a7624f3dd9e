/**
 * The manifest's contributions agree with the code and with each other: every %key% is
 * translated, every runtime string has its Chinese, the rule settings list exactly the
 * rule codes, the commands contributed are the commands registered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../server/src/service/diagnostics';
import { readSeed, repoRoot } from '../helpers/seeds';

const readJson = (file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));
const manifestText = readFileSync(join(repoRoot, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');
const bundleZh: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');

const clientSources = readdirSync(join(repoRoot, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(repoRoot, 'client', 'src', f), 'utf8'));
const CJK = /[\u4e00-\u9fff]/;

describe('package.nls', () => {
  const used = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!))];

  it('defines every %key% of package.json in English and Chinese', () => {
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !(k in nlsEn))).toEqual([]);
    expect(used.filter((k) => !(k in nlsZh))).toEqual([]);
  });

  it('has no key that package.json does not use, and the same keys in both languages', () => {
    expect(Object.keys(nlsEn).filter((k) => !used.includes(k))).toEqual([]);
    expect(Object.keys(nlsZh).sort()).toEqual(Object.keys(nlsEn).sort());
  });

  it('writes every Chinese value in Chinese', () => {
    expect(Object.entries(nlsZh).filter(([, v]) => !CJK.test(v))).toEqual([]);
  });

  it('titles the commands as the users know them', () => {
    const titles = Object.fromEntries(
      manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => [
        c.command,
        `${nlsZh[c.category.slice(1, -1)]}：${nlsZh[c.title.slice(1, -1)]}`,
      ]),
    );
    expect(titles).toEqual({
      'nianbao.newReport': '年报：新建年度报告',
      'nianbao.convertTable': '年报：转换为标准表格',
      'nianbao.checkAnyway': '年报：按年度报告检查此文件',
      'nianbao.fixAll': '年报：修复所有可自动修复的问题',
      'nianbao.showOutput': '年报：显示日志',
      'nianbao.showReport': '年报：显示报告预览',
      'nianbao.exportDocx': '年报：导出为 Word（.docx）',
      'nianbao.convertToDraft': '年报：将 Word/PDF/网页转为可编辑稿',
      'nianbao.openAsReport': '年报：按年度报告检查此文件（只读预览）',
      'nianbao.ignoreFinding': '年报：忽略此问题',
      'nianbao.openRule': '年报：查看规则说明',
    });
  });
});

describe('runtime strings (t() of client/src/i18n.ts, which follows nianbao.language)', () => {
  // i18n.ts itself passes the message on to vscode.l10n.t; every other file calls t('literal').
  const callers = clientSources.filter((s) => !s.includes('export function t('));
  const calls = callers.flatMap((s) => [...s.matchAll(/(?<![\w.])(?:l10n\.)?t\(/g)]);
  const literals = callers.flatMap((s) => [...s.matchAll(/(?<![\w.])(?:l10n\.)?t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!));

  it('passes l10n.t a string literal every time, so the bundle can be checked', () => {
    expect(literals.length).toBe(calls.length);
    expect(literals.length).toBeGreaterThan(10);
  });

  it('has a Chinese translation for every string, keeping its placeholders', () => {
    for (const source of literals) {
      const zh = bundleZh[source];
      expect(zh, source).toBeDefined();
      expect(zh!.match(/\{\d+\}/g)?.sort(), source).toEqual(source.match(/\{\d+\}/g)?.sort());
      expect(CJK.test(zh!), source).toBe(true);
    }
  });

  it('has no translation that the client does not use', () => {
    expect(Object.keys(bundleZh).filter((k) => !literals.includes(k))).toEqual([]);
  });
});

describe('contributions', () => {
  const properties = manifest.contributes.configuration.properties;

  it('lists exactly the rule codes in nianbao.rules', () => {
    const rules = properties['nianbao.rules'];
    expect(Object.keys(rules.properties).sort()).toEqual([...RULE_CODES].sort());
    expect([...rules.propertyNames.enum].sort()).toEqual([...RULE_CODES].sort());
    for (const code of RULE_CODES) expect(rules.properties[code].enum).toEqual(['error', 'warning', 'information', 'hint', 'off']);
  });

  it('offers the settings the server reads, with their defaults', () => {
    expect(properties['nianbao.detectInMarkdown'].default).toBe(true);
    expect(properties['nianbao.deadline'].enum).toEqual(['auto', 'department', 'government']);
    expect(properties['nianbao.deadline'].enumDescriptions).toHaveLength(3);
    expect(properties['nianbao.deadline'].default).toBe('auto');
    expect(properties['nianbao.maxFileSize'].default).toBe(5);
    expect(properties['nianbao.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    expect(properties['nianbao.codeLens.enable'].default).toBe(true);
    expect(properties['nianbao.inlayHints.enable'].default).toBe(true);
  });

  it('contributes the commands the client registers, and no other', () => {
    const registered = clientSources.flatMap((s) => [...s.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]!)).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(registered).toEqual(contributed);
  });

  it('points at files that exist or that another part of the build provides', () => {
    const paths = [
      manifest.icon,
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url),
    ];
    expect(paths.filter((p: string) => !existsSync(join(repoRoot, p)))).toEqual([]);
  });

  it('activates on the languages the client checks', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:nianbao', 'onLanguage:markdown', 'onLanguage:plaintext']));
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
  });
});

describe('language detection', () => {
  const [language] = manifest.contributes.languages;
  const firstLine = new RegExp(language.firstLine);

  it('recognises the report titles of the seeds as a first line', () => {
    const titles = [0, 1, 2, 3, 4]
      .map((n) => readSeed(n).split(/\r?\n/).find((l) => l.trim().endsWith('年度报告') && l.length < 80))
      .filter((t): t is string => t !== undefined);
    expect(titles).toEqual([
      '防城港市大数据和行政审批局2024年度政府信息公开工作年度报告',
      '新华区西市场街道办事处 2024 年政府信息公开工作 年度报告',
      '卫东区行政审批和政务信息管理局 2024 年政府信息公开工作年度报告',
    ]);
    for (const title of titles) expect(firstLine.test(title), title).toBe(true);
  });

  it('does not take the first line of other files for a title', () => {
    for (const line of ['一、总体情况', '# 会议纪要', '政府信息公开指南', '2024年度工作总结']) expect(firstLine.test(line), line).toBe(false);
  });

  it('claims the report file names', () => {
    expect(language.filenamePatterns).toEqual(['*.nianbao.md', '*年度报告*.md', '*年度报告*.txt', '*年报*.md']);
    expect(language.aliases).toEqual(['年报', 'Nianbao']);
  });

  it('has a word pattern that splits CJK text from numbers', () => {
    const config = readJson('language-configuration.json');
    const words = '（三）不予公开 | 1.属于国家秘密 | 0 | 2024年'.match(new RegExp(config.wordPattern, 'g'));
    expect(words).toEqual(['三', '不予公开', '1', '属于国家秘密', '0', '2024', '年']);
  });
});
