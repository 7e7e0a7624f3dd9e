/**
 * The `nianbao` section of the editor's settings, read tolerantly: a value of the
 * wrong type is ignored (the default applies), never an error.
 */
import { RULE_CODES, type DeadlineSetting, type SeveritySetting } from '../service';

export interface ClientSettings {
  detectInMarkdown?: boolean;
  /** nianbao.codeLens.enable */
  codeLens?: boolean;
  /** nianbao.inlayHints.enable */
  inlayHints?: boolean;
  /**
   * From nianbao.maxFileSize (megabytes), in UTF-16 code units. The default (5) counts
   * as unset, so a maxSize chosen in .nianbaorc.json still applies.
   */
  maxSize?: number;
  /** Severity per rule code; overrides .nianbaorc.json rule by rule. */
  rules?: Record<string, SeveritySetting>;
  /** 'auto' counts as unset, so a deadline chosen in .nianbaorc.json still applies. */
  deadline?: DeadlineSetting;
}

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);
const DEADLINES = new Set<string>(['auto', 'department', 'government']);
const CODES = new Set<string>(RULE_CODES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A boolean setting, also accepted as `{ enable: boolean }` (nianbao.codeLens.enable). */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (isRecord(value) && typeof value.enable === 'boolean') return value.enable;
  return undefined;
}

/** The manifest's default for nianbao.maxFileSize, in megabytes. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;
const MEGABYTE = 1024 * 1024;

export function readClientSettings(raw: unknown): ClientSettings {
  if (!isRecord(raw)) return {};
  const out: ClientSettings = {};
  const detect = flag(raw.detectInMarkdown);
  if (detect !== undefined) out.detectInMarkdown = detect;
  const codeLens = flag(raw.codeLens);
  if (codeLens !== undefined) out.codeLens = codeLens;
  const inlayHints = flag(raw.inlayHints);
  if (inlayHints !== undefined) out.inlayHints = inlayHints;
  const megabytes = raw.maxFileSize;
  if (typeof megabytes === 'number' && Number.isFinite(megabytes) && megabytes > 0 && megabytes !== DEFAULT_MAX_FILE_SIZE_MB) {
    out.maxSize = Math.round(megabytes * MEGABYTE);
  }
  if (typeof raw.deadline === 'string' && DEADLINES.has(raw.deadline) && raw.deadline !== 'auto') {
    out.deadline = raw.deadline as DeadlineSetting;
  }
  if (isRecord(raw.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [code, severity] of Object.entries(raw.rules)) {
      if (CODES.has(code) && typeof severity === 'string' && SEVERITIES.has(severity)) {
        rules[code] = severity as SeveritySetting;
      }
    }
    if (Object.keys(rules).length > 0) out.rules = rules;
  }
  return out;
}
