/**
 * overview-numbering: part 一's topics numbered as parts (一、主动公开 … 五、监督保障 instead of
 * （一）…（五）), often with the parts after them numbered on (六、主动公开政府信息情况 …). The
 * parser reads the topics as part 一's sub-headings and the parts by their titles
 * (ReportModel.overviewAsParts), so the structure rules stay silent and this one finding says
 * what happened, on the first topic, with the other topics and the renumbered parts as related
 * information. Its fix writes the topics （一）…（五） and the parts' numerals back.
 */
import { partById } from '../schema/format';
import type { OverviewTopicHeading, Part, ReportModel } from '../model';
import { chineseNumeral } from '../text/normalize';
import type { FixProposal } from '../fixes/types';
import { minimalReplace, type TextEdit } from '../fixes/edits';
import { textAt } from '../fixes/support';
import { defineRule } from './support';

/** A topic heading as the clerk wrote it, its run-in text aside: 一、主动公开. */
function written(h: OverviewTopicHeading): string {
  return h.marker.text.trim() + h.title.text;
}

/** The parts after the topics whose numeral runs on by the shift (七、… for part 二 after 二、…六、). */
function partsNumberedOn(model: ReportModel): Part[] {
  const found = model.overviewAsParts;
  if (!found || found.shift === 0) return [];
  const after = found.headings[found.headings.length - 1]!.line;
  return model.parts.filter((p) => p.heading !== null && p.heading.line > after && p.heading.numeral?.value === p.id + found.shift);
}

/**
 * The topics get their sub-heading markers back (一、主动公开 → （一）主动公开, by their place in
 * the run), and the parts numbered on from them their own numerals (六、主动公开政府信息情况 → 二、…).
 * Only the markers and numerals change.
 */
function renumber(model: ReportModel, data: { lines: readonly number[] }): FixProposal[] {
  const found = model.overviewAsParts;
  // The finding must be this model's (the document may have changed since it was made).
  if (!found || data.lines.join(',') !== found.headings.map((h) => h.line).join(',')) return [];
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

export default defineRule({
  code: 'overview-numbering',
  name: { zh: '总体情况的方面写成了部分', en: 'overview topics numbered as parts' },
  defaultSeverity: 'warning',
  description: {
    zh: '“总体情况”的五个方面写成了一级标题（一、主动公开……），其后各部分的序号随之顺延',
    en: 'The overview’s five topics are numbered as parts (一、主动公开 …), and the parts after them numbered on',
  },
  // {count} is the number of topics in figures, {numeral} the same in Chinese (五).
  messages: {
    shifted: {
      zh: '“总体情况”的{numeral}个方面写成了一级标题（{first}……{last}），其后各部分的序号因此顺延；{numeral}个方面应写作（一）至（{numeral}），第二至第六部分应为二、至六、',
      en: 'The {count} topics of the overview are numbered as parts ({first} … {last}), so the numerals of the parts after them run on: number the topics （一） to （{numeral}） and parts 2 to 6 二、 to 六、',
    },
    inPlace: {
      zh: '“总体情况”的{numeral}个方面写成了一级标题（{first}……{last}），与各部分的序号相混；应作为“一、总体情况”下的小标题，写作（一）至（{numeral}）',
      en: 'The {count} topics of the overview are numbered as parts ({first} … {last}), mixed up with the parts’ numerals: make them sub-headings of the overview, （一） to （{numeral}）',
    },
    /** A related note on each topic after the first: {k} its place in figures, {numeral} in Chinese. */
    topic: { zh: '“总体情况”的第{numeral}个方面，应写作“（{numeral}）{title}”', en: 'Topic {k} of the overview: write it as “（{numeral}）{title}”' },
    /** A related note on each part numbered on. */
    part: { zh: '序号顺延的部分，应为“{heading}”', en: 'A part numbered on: it is part {id}, “{heading}”' },
  },
  data: { topics: 'number', shift: 'number', lines: 'number[]' },
  fix: renumber,
  check(ctx) {
    const found = ctx.model.overviewAsParts;
    if (!found || found.headings.length === 0) return;
    const headings = found.headings;
    const first = headings[0]!;
    const last = headings[headings.length - 1]!;
    const numberedOn = partsNumberedOn(ctx.model);
    const count = headings.length;
    ctx.report({
      range: first.range,
      messageId: found.shifted && numberedOn.length > 0 ? 'shifted' : 'inPlace',
      args: { count, numeral: chineseNumeral(count), first: written(first), last: written(last) },
      relatedInformation: [
        ...headings.slice(1).map((h, k) => ({ range: h.range, messageId: 'topic' as const, args: { k: k + 2, numeral: chineseNumeral(k + 2), title: h.title.text } })),
        ...numberedOn.map((p) => ({ range: p.heading!.numeral!.range, messageId: 'part' as const, args: { id: p.id, heading: partById(p.id).heading } })),
      ],
      data: { topics: headings.length, shift: found.shift, lines: headings.map((h) => h.line) },
    });
  },
});
