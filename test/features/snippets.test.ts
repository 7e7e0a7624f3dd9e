import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSnippets, snippetsFileText } from '../../server/src/service/features/snippets';
import { renderReportSkeleton, renderTableMarkdown } from '../../server/src/service/schema/render';
import { FEE_SENTENCE, periodSentence } from '../../server/src/service/schema/format';
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

  const snippets = generateSnippets();
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
    expect(expand(byPrefix('nb-table3').body)).toBe(renderTableMarkdown('three').join('\n'));
  });

  it('puts tab stops on the numbers of tables 二 (6 rows) and 四 (15 cells)', () => {
    expect(tabStops(byPrefix('nb-table2').body)).toHaveLength(3 + 3 + 1 + 1 + 1 + 1);
    expect(tabStops(byPrefix('nb-table4').body)).toHaveLength(15);
    expect(expand(byPrefix('nb-table2').body)).toBe(renderTableMarkdown('two').join('\n'));
    expect(expand(byPrefix('nb-table4').body)).toBe(renderTableMarkdown('four').join('\n'));
  });

  it('the report snippet is the template with agency, year and the 落款 year as placeholders', () => {
    const body = byPrefix('nb-report').body;
    expect(tabStops(body)).toEqual(['1:机关名称', '2:2024', '3:2025']);
    const text = body.join('\n');
    expect(text.split('${1}')).toHaveLength(2); // 落款 mirrors the agency
    expect(text.split('${2}')).toHaveLength(3); // the period mirrors the year twice
    expect(body.at(-1)).toBe('$0');
    expect(expand(body.slice(0, -1))).toBe(renderReportSkeleton({ agency: '机关名称', year: 2024 }).replace(/\n$/, ''));
  });

  it('the period and fee snippets are the schema sentences', () => {
    expect(expand(byPrefix('nb-period').body)).toBe(periodSentence(2024));
    expect(tabStops(byPrefix('nb-period').body)).toEqual(['1:2024']);
    expect(expand(byPrefix('nb-fee').body)).toBe(FEE_SENTENCE);
    expect(expand(byPrefix('nb-part3').body)).toBe('三、收到和处理政府信息公开申请情况\n');
  });
});
