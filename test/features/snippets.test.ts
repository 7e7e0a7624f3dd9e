import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedSnippets, generateSnippets, snippetsFileText } from '../../server/src/service/features/snippets';
import { newReportTemplate } from '../../server/src/service/features/commands';
import { analyze } from '../../server/src/service/analyze';
import { renderTableMarkdown } from '../../server/src/service/schema/render';
import { FEE_SENTENCE, periodSentence, TABLE3_GROUPS } from '../../server/src/service/schema/format';
import { repoRoot } from '../helpers/seeds';

/** Expands a snippet body as VS Code does with the defaults: placeholders become their default, mirrors copy it. */
function expand(body: readonly string[]): string {
  const defaults = new Map<string, string>();
  const text = body.join('\n');
  const out = text.replace(/\\([\\$}])|\$\{(\d+):([^}]*)\}|\$\{(\d+)\}|\$(\d+)/g, (_m, escaped, n, def, mirror, bare) => {
    if (escaped) return escaped;
    if (n !== undefined) {
      defaults.set(n, def);
      return def;
    }
    return defaults.get(mirror ?? bare) ?? '';
  });
  return out;
}

function tabStops(body: readonly string[]): string[] {
  return [...body.join('\n').matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => `${m[1]}:${m[2]}`);
}

describe('snippets', () => {
  it('the committed snippets file is what the generator writes (run npm run build to update it)', () => {
    const committed = readFileSync(join(repoRoot, 'snippets', 'nianbao.code-snippets'), 'utf8');
    expect(committed).toBe(snippetsFileText());
  });

  // Computed on 10 February 2026: the report year is 2025, the 落款 January 2026.
  const snippets = { ...generateSnippets(), ...datedSnippets(new Date(2026, 1, 10)) };
  const byPrefix = (prefix: string) => Object.values(snippets).find((s) => s.prefix.includes(prefix))!;

  it('offers Chinese and pinyin prefixes for every snippet', () => {
    for (const [cn, latin] of [
      ['年报模板', 'nb-report'],
      ['年报表二', 'nb-table2'],
      ['年报表三', 'nb-table3'],
      ['年报表四', 'nb-table4'],
      ['统计期限', 'nb-period'],
      ['信息处理费', 'nb-fee'],
      ['年报一', 'nb-part1'],
      ['年报六', 'nb-part6'],
    ]) {
      expect(byPrefix(cn!)).toBe(byPrefix(latin!));
    }
  });

  it('puts a tab stop on every number of table 三, numbered in reading order', () => {
    const stops = tabStops(byPrefix('nb-table3').body);
    expect(stops).toHaveLength(25 * 7);
    expect(stops).toEqual(stops.map((_, i) => `${i + 1}:0`));
    expect(expand(byPrefix('nb-table3').body)).toBe(renderTableMarkdown('three', undefined, { groupRows: true }).join('\n'));
  });

  it('table 三 holds the official group rows, each above its first sub-row', () => {
    const lines = expand(byPrefix('nb-table3').body).split('\n');
    const labels = lines.map((l) => l.split('|')[1]!.trim());
    for (const group of Object.values(TABLE3_GROUPS)) expect(labels).toContain(group);
    expect(labels.indexOf(TABLE3_GROUPS.results)).toBe(labels.indexOf('（一）予以公开') - 1);
    expect(labels.indexOf(TABLE3_GROUPS.withheld)).toBe(labels.indexOf('1.属于国家秘密') - 1);
    expect(labels.indexOf(TABLE3_GROUPS.other)).toBe(labels.indexOf('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请') - 1);
    expect(lines).toHaveLength(2 + 25 + 5);
  });

  it('puts tab stops on the numbers of tables 二 (6 rows) and 四 (15 cells)', () => {
    expect(tabStops(byPrefix('nb-table2').body)).toHaveLength(3 + 3 + 1 + 1 + 1 + 1);
    expect(tabStops(byPrefix('nb-table4').body)).toHaveLength(15);
    expect(expand(byPrefix('nb-table2').body)).toBe(renderTableMarkdown('two').join('\n'));
    expect(expand(byPrefix('nb-table4').body)).toBe(renderTableMarkdown('four').join('\n'));
  });

  it('the report snippet is the new-report template with agency, last year and this January as placeholders', () => {
    const body = byPrefix('nb-report').body;
    expect(tabStops(body)).toEqual(['1:机关名称', '2:2025', '3:2026']);
    const text = body.join('\n');
    expect(text.split('${1}')).toHaveLength(2); // 落款 mirrors the agency
    expect(text.split('${2}')).toHaveLength(3); // the period mirrors the year twice
    expect(body.at(-1)).toBe('$0');
    const expanded = expand(body.slice(0, -1));
    expect(expanded).toBe(newReportTemplate({ agency: '机关名称' }, new Date(2026, 1, 10)).text.replace(/\n$/, ''));
    expect(expanded).toContain('本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。');
    expect(expanded.trimEnd().endsWith('机关名称\n2026年1月31日')).toBe(true);
  });

  it('the template is no finished report: every heading of prose holds a placeholder', () => {
    const { text } = newReportTemplate({ agency: '某县教育局' }, new Date(2026, 1, 10));
    expect(text.match(/（请填写本项的实际情况）/g)).toHaveLength(7);
    // Nothing else is wrong with it: the year-aware dates meet the deadline, the tables add up.
    const codes = analyze(text).diagnostics.map((d) => d.code).filter((c) => c !== 'part-empty' && c !== 'placeholder-left');
    expect(codes).toEqual([]);
  });

  it('the period and fee snippets are the schema sentences', () => {
    expect(expand(byPrefix('nb-period').body)).toBe(periodSentence(2025));
    expect(tabStops(byPrefix('nb-period').body)).toEqual(['1:2025']);
    expect(expand(byPrefix('nb-fee').body)).toBe(FEE_SENTENCE);
    expect(expand(byPrefix('nb-part3').body)).toBe('三、收到和处理政府信息公开申请情况\n');
  });
});
