/**
 * Messages by id and finding data (issue 19): the template renderer, the data-shape decoder,
 * and what every rule of the registry declares.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, quotedList, renderTemplate } from '../../server/src/service/messages';
import { decodeData } from '../../server/src/service/finding-data';
import { localized } from '../../server/src/service/render';
import { analyze } from '../../server/src/service/analyze';
import { FIXABLE_CODES } from '../../server/src/service/fixes/index';
import { RULES } from '../../server/src/service/rules/index';
import { clean, withEdit } from './helpers';

describe('renderTemplate', () => {
  const template = { zh: '{table}缺少“{label}”行', en: '{table} lacks the row “{label}” ({count})' } as const;

  it('fills plain and bilingual arguments in the language asked for', () => {
    const args = { table: { zh: '表三', en: 'Table 3' }, label: '（一）予以公开', count: 2 };
    expect(renderTemplate(template, args, 'zh')).toBe('表三缺少“（一）予以公开”行');
    expect(renderTemplate(template, args, 'en')).toBe('Table 3 lacks the row “（一）予以公开” (2)');
  });

  it('leaves a placeholder without an argument as written, and never reads inherited properties', () => {
    expect(renderTemplate(template, { table: '表三' }, 'zh')).toBe('表三缺少“{label}”行');
    expect(renderTemplate({ zh: '{constructor}', en: '' }, {}, 'zh')).toBe('{constructor}');
  });

  it('names the placeholders of both languages', () => {
    expect(placeholdersOf(template).sort()).toEqual(['count', 'label', 'table']);
  });

  it('joins a quoted list the way each language does', () => {
    expect(quotedList(['甲', '乙'])).toEqual({ zh: '“甲”、“乙”', en: '“甲”, “乙”' });
  });
});

describe('decodeData', () => {
  const shape = { table: 'string', column: 'number', row: 'string|null', lines: 'number[]', beforeLine: 'number?', pattern: 'json?' } as const;

  it('accepts data of the shape, optional fields absent', () => {
    const data = { table: 'three', column: 2, row: null, lines: [1, 2] };
    expect(decodeData(shape, data)).toBe(data);
  });

  it('refuses a missing field, a field of another kind, a non-finite number and a non-object', () => {
    expect(decodeData(shape, { column: 2, row: null, lines: [] })).toBeNull();
    expect(decodeData(shape, { table: 'three', column: '2', row: null, lines: [] })).toBeNull();
    expect(decodeData(shape, { table: 'three', column: Number.NaN, row: null, lines: [] })).toBeNull();
    expect(decodeData(shape, { table: 'three', column: 1, row: null, lines: ['1'] })).toBeNull();
    expect(decodeData(shape, { table: 'three', column: 1, row: null, lines: [], beforeLine: 'x' })).toBeNull();
    expect(decodeData(shape, [1])).toBeNull();
    expect(decodeData(shape, null)).toBeNull();
  });
});

describe('every rule of the registry', () => {
  it('writes each message in both languages, with no stray brace', () => {
    for (const rule of RULES) {
      for (const [id, template] of Object.entries(rule.messages)) {
        for (const text of [template.zh, template.en]) {
          expect([rule.meta.code, id, text.length > 0]).toEqual([rule.meta.code, id, true]);
          expect([rule.meta.code, id, text.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '').search(/[{}]/)]).toEqual([rule.meta.code, id, -1]);
        }
      }
    }
  });

  it('is fixable exactly when it has a fix, and a rule with a fix declares the data its findings carry', () => {
    expect(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.code)).toEqual(RULES.filter((r) => r.fix).map((r) => r.meta.code));
    expect([...FIXABLE_CODES].sort()).toEqual(RULES.filter((r) => r.fix).map((r) => r.meta.code).sort());
    expect(RULES.filter((r) => r.fix && !r.dataShape).map((r) => r.meta.code)).toEqual([]);
  });
});

describe('a finding in another language', () => {
  it('is rendered anew from its id and arguments, notes included, without a new analysis', () => {
    const text = withEdit(clean, '| | （七）总计 | | 19 | 2 | 0 | 0 | 0 | 0 | 21 |', '| | （七）总计 | | 19 | 2 | 0 | 0 | 0 | 0 | 22 |');
    const zh = analyze(text, { lang: 'zh' }).diagnostics;
    const en = analyze(text, { lang: 'en' }).diagnostics;
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.map((d) => localized(d, 'en'))).toEqual(en);
    expect(en.map((d) => localized(d, 'zh'))).toEqual(zh);
  });
});
