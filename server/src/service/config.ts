/**
 * Nianbao's configuration (.nianbaorc.json, editor settings): parsing, merging and
 * the JSON schema VS Code validates the file with. Tolerant: a bad entry is reported
 * and skipped, never thrown.
 */
import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { RULE_CODES } from './diagnostics';
import type { DeadlineSetting, Lang, SeveritySetting } from './diagnostics';
import { ALL_RULE_METAS, DEFAULT_MAX_SIZE } from './rules';
import { IGNORE_ENTRY_SCHEMA, parseIgnoreEntries, type IgnoreEntry } from './ignore';

export interface NianbaoConfig {
  rules?: Record<string, SeveritySetting>;
  deadline?: DeadlineSetting;
  lang?: Lang;
  maxSize?: number;
  /** Findings the clerk chose to ignore, named by what they are about (ignore.ts), never by line. */
  ignore?: IgnoreEntry[];
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const DEADLINE_SETTINGS: readonly DeadlineSetting[] = ['auto', 'department', 'government'];
const LANGS: readonly Lang[] = ['zh', 'en'];
const KNOWN_CODES: ReadonlySet<string> = new Set(RULE_CODES);

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Line (1-based) of an offset, for error messages clerks can follow. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseConfig(jsonText: string): { config: NianbaoConfig; errors: string[] } {
  const errors: string[] = [];
  const config: NianbaoConfig = {};
  const syntax: ParseError[] = [];
  const value: unknown = parse(jsonText, syntax, { allowTrailingComma: true, disallowComments: false });
  for (const e of syntax) errors.push(`第 ${lineOf(jsonText, e.offset)} 行：JSON 格式错误（${printParseErrorCode(e.error)}）`);
  if (value === undefined) return { config, errors };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push('配置应为一个 JSON 对象，如 { "rules": { "publish-late": "off" } }');
    return { config, errors };
  }
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        config.rules = parseRules(entry, errors);
        break;
      case 'deadline':
        if (includes(DEADLINE_SETTINGS, entry)) config.deadline = entry;
        else errors.push(`deadline 的值“${String(entry)}”无效，应为 ${DEADLINE_SETTINGS.join('、')} 之一`);
        break;
      case 'lang':
        if (includes(LANGS, entry)) config.lang = entry;
        else errors.push(`lang 的值“${String(entry)}”无效，应为 ${LANGS.join('、')} 之一`);
        break;
      case 'maxSize':
        if (typeof entry === 'number' && Number.isInteger(entry) && entry > 0) config.maxSize = entry;
        else errors.push(`maxSize 的值“${String(entry)}”无效，应为正整数（单位：字符）`);
        break;
      case 'ignore':
        config.ignore = parseIgnoreEntries(entry, KNOWN_CODES, errors);
        break;
      default:
        errors.push(`未知的配置项“${key}”（可用：rules、deadline、lang、maxSize、ignore）`);
    }
  }
  return { config, errors };
}

function parseRules(entry: unknown, errors: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    errors.push('rules 应为对象，如 { "publish-late": "off" }');
    return rules;
  }
  for (const [code, severity] of Object.entries(entry as Record<string, unknown>)) {
    if (!KNOWN_CODES.has(code)) {
      errors.push(`未知的规则代码“${code}”`);
      continue;
    }
    if (!includes(SEVERITY_SETTINGS, severity)) {
      errors.push(`规则“${code}”的级别“${String(severity)}”无效，应为 ${SEVERITY_SETTINGS.join('、')} 之一`);
      continue;
    }
    rules[code] = severity;
  }
  return rules;
}

/** Later layers win; rule severities merge code by code. */
export function mergeConfig(...layers: (NianbaoConfig | undefined)[]): NianbaoConfig {
  const merged: NianbaoConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.deadline !== undefined) merged.deadline = layer.deadline;
    if (layer.lang !== undefined) merged.lang = layer.lang;
    if (layer.maxSize !== undefined) merged.maxSize = layer.maxSize;
    // Ignored findings add up: a nearer file cannot un-ignore what a farther one ignores.
    if (layer.ignore?.length) merged.ignore = [...(merged.ignore ?? []), ...layer.ignore];
  }
  return merged;
}

const SEVERITY_NAMES = '“error”错误、“warning”警告、“information”提示、“hint”暗示、“off”关闭';

/** The JSON schema of .nianbaorc.json (draft-07), written out as schemas/nianbaorc.schema.json. */
export const NIANBAORC_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: '年报检查配置（.nianbaorc.json）',
  description: '政府信息公开工作年度报告检查工具 Nianbao 的配置：规则级别、公开时限类型、语言和文档大小上限。',
  type: 'object',
  properties: {
    $schema: { type: 'string', description: '本文件所用的 JSON Schema。' },
    rules: {
      type: 'object',
      description: `按规则代码设置级别：${SEVERITY_NAMES}。`,
      propertyNames: { enum: [...RULE_CODES] },
      properties: Object.fromEntries(
        ALL_RULE_METAS.map((meta) => [
          meta.code,
          { $ref: '#/definitions/severity', description: `${meta.description.zh}（默认：${meta.defaultSeverity}）` },
        ]),
      ),
      additionalProperties: false,
    },
    deadline: {
      enum: [...DEADLINE_SETTINGS],
      default: 'auto',
      description: '适用哪个法定公开时限：auto 按标题判断；department 为部门报告（次年1月31日前，乡镇、街道同样）；government 为县级以上人民政府本级报告（次年3月31日前）。',
    },
    lang: { enum: [...LANGS], default: 'zh', description: '提示信息的语言：zh 中文，en 英文。' },
    maxSize: { type: 'integer', minimum: 1, default: DEFAULT_MAX_SIZE, description: `超过此大小（字符数）的文档不做检查，默认 ${DEFAULT_MAX_SIZE}（5 MB）。` },
    ignore: {
      type: 'array',
      description: '已忽略的问题（编辑器的“忽略此问题”写入，命令行同样遵守）：按规则、表格、行、列或所在行文字的指纹记录，不按行号，报告其他地方修改后仍然有效。',
      items: IGNORE_ENTRY_SCHEMA,
    },
  },
  additionalProperties: false,
  definitions: {
    severity: { enum: [...SEVERITY_SETTINGS], description: `规则级别：${SEVERITY_NAMES}。` },
  },
} as const;
