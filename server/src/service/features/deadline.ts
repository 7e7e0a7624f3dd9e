/**
 * Which publication deadline (条例第四十九条) applies to the report, and why — the
 * same choice the rules make (analyze.inferDeadline), so a hover never contradicts
 * a diagnostic.
 */
import type { Bilingual, DeadlineKind } from '../schema/format';
import type { DeadlineSetting } from '../diagnostics';
import type { ReportModel } from '../model';
import { inferDeadline } from '../analyze';

export interface DeadlineChoice {
  kind: DeadlineKind;
  reason: Bilingual;
}

const REASONS: Record<DeadlineKind, Bilingual> = {
  government: { zh: '标题为县级以上人民政府本级的年度报告', en: 'the title names a people’s government at county level or above' },
  department: { zh: '标题为政府部门（或乡镇、街道）的年度报告', en: 'the title names a department (or a town or sub-district)' },
};

export function deadlineKindOf(model: ReportModel, setting: DeadlineSetting = 'auto'): DeadlineChoice {
  if (setting !== 'auto') return { kind: setting, reason: { zh: '按设置 nianbao.deadline 指定', en: 'set by nianbao.deadline' } };
  const kind = inferDeadline(model);
  if (kind === 'department' && !model.title && !model.agency) {
    return { kind, reason: { zh: '未找到标题，按部门时限处理', en: 'no title found: the department deadline is assumed' } };
  }
  return { kind, reason: REASONS[kind] };
}
