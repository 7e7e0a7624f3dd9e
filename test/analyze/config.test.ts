import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { NIANBAORC_SCHEMA, mergeConfig, parseConfig } from '../../server/src/service/config';
import { RULE_CODES } from '../../server/src/service/diagnostics';
import { repoRoot } from '../helpers/seeds';

describe('parseConfig', () => {
  it('reads rules, deadline, lang and maxSize from JSON with comments and trailing commas', () => {
    const text = `{
      // 本局报告按部门时限
      "$schema": "./schemas/nianbaorc.schema.json",
      "rules": { "publish-late": "off", "year-mismatch": "error", },
      "deadline": "department",
      "lang": "en",
      "maxSize": 1000000,
    }`;
    expect(parseConfig(text)).toEqual({
      config: { rules: { 'publish-late': 'off', 'year-mismatch': 'error' }, deadline: 'department', lang: 'en', maxSize: 1000000 },
      errors: [],
    });
  });

  it('reports unknown codes, bad severities and bad values without throwing, keeping the good entries', () => {
    const { config, errors } = parseConfig('{ "rules": { "total-rows": "error", "balance": "fatal", "total-row": "hint" }, "deadline": "soon", "maxSize": -1, "colour": 1 }');
    expect(config).toEqual({ rules: { 'total-row': 'hint' } });
    expect(errors).toEqual([
      '未知的规则代码“total-rows”',
      '规则“balance”的级别“fatal”无效，应为 error、warning、information、hint、off 之一',
      'deadline 的值“soon”无效，应为 auto、department、government 之一',
      'maxSize 的值“-1”无效，应为正整数（单位：字符）',
      '未知的配置项“colour”（可用：rules、deadline、lang、maxSize、ignore）',
    ]);
  });

  it('reports broken JSON with its line', () => {
    const { config, errors } = parseConfig('{\n  "lang": "zh"\n  "deadline": "auto"\n}');
    expect(errors[0]).toBe('第 3 行：JSON 格式错误（CommaExpected）');
    expect(config.lang).toBe('zh');
  });

  it('reports a config that is not an object', () => {
    expect(parseConfig('[1, 2]').errors).toEqual(['配置应为一个 JSON 对象，如 { "rules": { "publish-late": "off" } }']);
    expect(parseConfig('')).toEqual({ config: {}, errors: ['第 1 行：JSON 格式错误（ValueExpected）'] });
  });
});

describe('mergeConfig', () => {
  it('lets later layers win, rule by rule', () => {
    expect(
      mergeConfig({ rules: { 'total-row': 'warning', balance: 'off' }, lang: 'zh' }, undefined, { rules: { 'total-row': 'error' }, lang: 'en', deadline: 'government' }),
    ).toEqual({ rules: { 'total-row': 'error', balance: 'off' }, lang: 'en', deadline: 'government' });
    expect(mergeConfig()).toEqual({});
  });
});

describe('NIANBAORC_SCHEMA', () => {
  it('is what schemas/nianbaorc.schema.json holds (regenerate the file when the rules change)', () => {
    const file = readFileSync(join(repoRoot, 'schemas', 'nianbaorc.schema.json'), 'utf8');
    expect(file).toBe(JSON.stringify(NIANBAORC_SCHEMA, null, 2) + '\n');
  });

  it('lists every rule code and accepts exactly what parseConfig accepts', () => {
    expect(NIANBAORC_SCHEMA.properties.rules.propertyNames.enum).toEqual([...RULE_CODES]);
    const validate = new Ajv().compile(NIANBAORC_SCHEMA);
    expect(validate({ rules: { 'total-row': 'off', 'carryover-mismatch': 'hint' }, deadline: 'government', lang: 'en', maxSize: 10 })).toBe(true);
    expect(validate({ rules: { 'total-rows': 'off' } })).toBe(false);
    expect(validate({ rules: { 'total-row': 'fatal' } })).toBe(false);
    expect(validate({ deadline: 'soon' })).toBe(false);
    expect(validate({ colour: 1 })).toBe(false);
  });
});
