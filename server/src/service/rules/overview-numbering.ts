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
import { defineLegacyRule } from './support';

const messages = {
  shifted: (count: number, first: string, last: string) => ({
    zh: `“总体情况”的${chineseNumeral(count)}个方面写成了一级标题（${first}……${last}），其后各部分的序号因此顺延；${chineseNumeral(count)}个方面应写作（一）至（${chineseNumeral(count)}），第二至第六部分应为二、至六、`,
    en: `The ${count} topics of the overview are numbered as parts (${first} … ${last}), so the numerals of the parts after them run on: number the topics （一） to （${chineseNumeral(count)}） and parts 2 to 6 二、 to 六、`,
  }),
  inPlace: (count: number, first: string, last: string) => ({
    zh: `“总体情况”的${chineseNumeral(count)}个方面写成了一级标题（${first}……${last}），与各部分的序号相混；应作为“一、总体情况”下的小标题，写作（一）至（${chineseNumeral(count)}）`,
    en: `The ${count} topics of the overview are numbered as parts (${first} … ${last}), mixed up with the parts’ numerals: make them sub-headings of the overview, （一） to （${chineseNumeral(count)}）`,
  }),
  topic: (k: number, title: string) => ({
    zh: `“总体情况”的第${chineseNumeral(k)}个方面，应写作“（${chineseNumeral(k)}）${title}”`,
    en: `Topic ${k} of the overview: write it as “（${chineseNumeral(k)}）${title}”`,
  }),
  part: (id: number, heading: string) => ({
    zh: `序号顺延的部分，应为“${heading}”`,
    en: `A part numbered on: it is part ${id}, “${heading}”`,
  }),
};

/** A topic heading as the clerk wrote it, its run-in text aside: 一、主动公开. */
function written(h: OverviewTopicHeading): string {
  return h.marker.text.trim() + h.title.text;
}

/** The parts after the topics whose numeral runs on by the shift (七、… for part 二 after 二、…六、). */
export function partsNumberedOn(model: ReportModel): Part[] {
  const found = model.overviewAsParts;
  if (!found || found.shift === 0) return [];
  const after = found.headings[found.headings.length - 1]!.line;
  return model.parts.filter((p) => p.heading !== null && p.heading.line > after && p.heading.numeral?.value === p.id + found.shift);
}

export default defineLegacyRule({
  code: 'overview-numbering',
  name: { zh: '总体情况的方面写成了部分', en: 'overview topics numbered as parts' },
  defaultSeverity: 'warning',
  description: {
    zh: '“总体情况”的五个方面写成了一级标题（一、主动公开……），其后各部分的序号随之顺延',
    en: 'The overview’s five topics are numbered as parts (一、主动公开 …), and the parts after them numbered on',
  },
  fixable: true,
  check(ctx) {
    const found = ctx.model.overviewAsParts;
    if (!found || found.headings.length === 0) return;
    const headings = found.headings;
    const first = headings[0]!;
    const last = headings[headings.length - 1]!;
    const numberedOn = partsNumberedOn(ctx.model);
    const message = found.shifted && numberedOn.length > 0 ? messages.shifted : messages.inPlace;
    ctx.report({
      range: first.range,
      message: message(headings.length, written(first), written(last)),
      relatedInformation: [
        ...headings.slice(1).map((h, k) => ({ range: h.range, message: messages.topic(k + 2, h.title.text) })),
        ...numberedOn.map((p) => ({ range: p.heading!.numeral!.range, message: messages.part(p.id, partById(p.id).heading) })),
      ],
      data: { topics: headings.length, shift: found.shift, lines: headings.map((h) => h.line) },
    });
  },
});
