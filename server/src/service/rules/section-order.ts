/** section-order: parts out of the order 一 → 六, or a numeral that does not match the part. */
import { partById } from '../schema/format';
import type { PartId } from '../schema/format';
import { chineseNumeral } from '../text/normalize';
import { defineRule, partAnchor } from './support';

export default defineRule({
  code: 'section-order',
  name: { zh: '部分顺序', en: 'part order' },
  defaultSeverity: 'error',
  description: { zh: '各部分未按一至六的顺序排列，或序号与部分不符', en: 'Parts are out of order, or a part’s numeral does not match it' },
  messages: {
    outOfOrder: {
      zh: '“{heading}”应排在“{after}”之前（六个部分应按一至六的顺序排列）',
      en: '“{heading}” should come before “{after}” (the six parts go in the order 1 to 6)',
    },
    numeral: { zh: '此部分的序号写成了“{written}”，按其标题应为“{heading}”', en: 'This part is numbered “{written}”; by its title it is “{heading}”' },
  },
  data: { part: 'number', official: 'string', numeral: 'string?' },
  check(ctx) {
    // Part ids are 1 … 6: one bit each (no Set built on every keystroke).
    let seen = 0;
    let highest: PartId | 0 = 0;
    // Parts numbered on after part 一's topics written as parts: overview-numbering's one finding.
    const shift = ctx.model.overviewAsParts?.shift ?? 0;
    for (const part of ctx.model.parts) {
      if (seen & (1 << part.id)) continue; // a repeated part is section-duplicate's finding
      seen |= 1 << part.id;
      const official = partById(part.id).heading;
      const numeral = part.heading?.numeral;
      if (numeral && numeral.value !== part.id && !(shift > 0 && numeral.value === part.id + shift)) {
        ctx.report({ range: numeral.range, messageId: 'numeral', args: { written: numeral.text, heading: official }, data: { part: part.id, official } });
      } else if (part.id < highest) {
        ctx.report({
          range: partAnchor(ctx.model, part),
          messageId: 'outOfOrder',
          args: { heading: official, after: partById(highest || part.id).heading },
          data: { part: part.id, official, numeral: chineseNumeral(part.id) },
        });
      }
      if (part.id > highest) highest = part.id;
    }
  },
});
