/**
 * The fix of overview-numbering: part 一's topics written as parts get their sub-heading markers
 * back (一、主动公开 → （一）主动公开, by their place in the run), and the parts numbered on from
 * them their own numerals (六、主动公开政府信息情况 → 二、…). Only the markers and numerals change.
 */
import type { Diagnostic } from '../diagnostics';
import type { ReportModel } from '../model';
import { partsNumberedOn } from '../rules/overview-numbering';
import { chineseNumeral } from '../text/normalize';
import { minimalReplace, type TextEdit } from './edits';
import { textAt } from './support';
import type { FixProposal } from './types';

export function overviewNumberingFixes(model: ReportModel, diagnostic: Diagnostic): FixProposal[] {
  const found = model.overviewAsParts;
  const lines = diagnostic.data?.['lines'];
  // The finding must be this model's (the document may have changed since it was made).
  if (!found || !Array.isArray(lines) || lines.join(',') !== found.headings.map((h) => h.line).join(',')) return [];
  const edits: TextEdit[] = [];
  found.headings.forEach((h, k) => {
    const marker = `（${chineseNumeral(k + 1)}）`;
    const edit = minimalReplace(h.marker.range, textAt(model, h.marker.range), marker);
    if (edit) edits.push(edit);
  });
  const parts = partsNumberedOn(model);
  for (const part of parts) {
    const numeral = part.heading!.numeral!;
    const edit = minimalReplace(numeral.range, numeral.text, chineseNumeral(part.id));
    if (edit) edits.push(edit);
  }
  if (edits.length === 0) return [];
  const count = chineseNumeral(found.headings.length);
  return [
    {
      title:
        parts.length > 0
          ? { zh: `将${count}个方面改为（一）至（${count}），其后各部分恢复二、至六、`, en: `Number the topics （一） to （${count}） and the parts after them 二、 to 六、` }
          : { zh: `将${count}个方面改为（一）至（${count}）`, en: `Number the topics （一） to （${count}）` },
      edits,
      // Only markers and numerals change, each to the one its place or its title gives it.
      safe: true,
    },
  ];
}
