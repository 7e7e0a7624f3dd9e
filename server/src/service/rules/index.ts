/**
 * The rule registry: every rule imported by name, in the order of RULES.md.
 * document-too-large has metadata only (see ALL_RULE_METAS). The cross-document rules
 * run like the others and stay silent unless the analysis is given last year's report.
 */
import type { Rule, RuleMeta } from '../diagnostics';
import type { MessageTable } from '../messages';
import sectionMissing from './section-missing';
import sectionOrder from './section-order';
import sectionDuplicate from './section-duplicate';
import sectionTitle from './section-title';
import overviewTopicMissing from './overview-topic-missing';
import overviewNumbering from './overview-numbering';
import tableMissing from './table-missing';
import tableOutdated from './table-outdated';
import tableUnreadable from './table-unreadable';
import rowMissing from './row-missing';
import rowOrder from './row-order';
import rowLabel from './row-label';
import rowUnknown from './row-unknown';
import valueMissing from './value-missing';
import valueInvalid from './value-invalid';
import { sumRule } from './sum-rules';
import yearUnknown from './year-unknown';
import periodYear from './period-year';
import yearMismatch from './year-mismatch';
import dateMalformed from './date-malformed';
import dateInvalid from './date-invalid';
import publishEarly from './publish-early';
import publishLate from './publish-late';
import feeMissing from './fee-missing';
import improvementMissing from './improvement-missing';
import narrativeMismatch from './narrative-mismatch';
import narrativeSum from './narrative-sum';
import allDoneCarryover from './all-done-carryover';
import partEmpty from './part-empty';
import placeholderLeft from './placeholder-left';
import textDoubled from './text-doubled';
import titleWording from './title-wording';
import carryoverMismatch from './carryover-mismatch';
import inforceMismatch from './inforce-mismatch';
import copyRate from './copy-rate';
import { documentTooLargeMessages, documentTooLargeMeta } from './document-too-large';

export { DEFAULT_MAX_SIZE, documentTooLargeMeta } from './document-too-large';

/** The rules analyze() runs on a single document. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  sectionDuplicate,
  sectionTitle,
  overviewTopicMissing,
  overviewNumbering,
  tableMissing,
  tableOutdated,
  tableUnreadable,
  rowMissing,
  rowOrder,
  rowLabel,
  rowUnknown,
  valueMissing,
  valueInvalid,
  sumRule('total-row'),
  sumRule('total-results'),
  sumRule('balance'),
  sumRule('total-review'),
  yearUnknown,
  periodYear,
  yearMismatch,
  dateMalformed,
  dateInvalid,
  publishEarly,
  publishLate,
  feeMissing,
  improvementMissing,
  narrativeMismatch,
  narrativeSum,
  allDoneCarryover,
  partEmpty,
  placeholderLeft,
  textDoubled,
  titleWording,
  carryoverMismatch,
  inforceMismatch,
  copyRate,
];

/** The rules that compare a report with last year's report of the same agency. */
export const CROSS_DOCUMENT_RULES_META: readonly RuleMeta[] = [carryoverMismatch.meta, inforceMismatch.meta, copyRate.meta];

/** Every code's metadata: the rules analyze() runs, and document-too-large. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((r) => r.meta), documentTooLargeMeta];

const BY_CODE = new Map<string, RuleMeta>(ALL_RULE_METAS.map((m) => [m.code, m]));

export function ruleMeta(code: string): RuleMeta | undefined {
  return BY_CODE.get(code);
}

const RULE_BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.meta.code, r]));

/** The rule of a code (document-too-large has none: analyze() reports it without parsing). */
export function ruleOf(code: string): Rule | undefined {
  return RULE_BY_CODE.get(code);
}

const MESSAGES_BY_CODE = new Map<string, MessageTable>([...RULES.map((r): [string, MessageTable] => [r.meta.code, r.messages]), ['document-too-large', documentTooLargeMessages]]);

/** Every message of a code, by id (the table renderMessage reads). */
export function ruleMessages(code: string): MessageTable | undefined {
  return MESSAGES_BY_CODE.get(code);
}
