/** section-duplicate: a part appears twice. */
import { partById } from '../schema/format';
import type { ReportModel } from '../model';
import { defineRule, partAnchor } from './support';

/** The line of each part id's first occurrence (its heading, else its body's first line). */
function firstLines(model: ReportModel): Map<number, number> {
  const lines = new Map<number, number>();
  for (const part of model.parts) if (!lines.has(part.id)) lines.set(part.id, part.heading?.line ?? part.bodyStartLine);
  return lines;
}

export default defineRule({
  code: 'section-duplicate',
  name: { zh: '部分重复', en: 'duplicate part' },
  defaultSeverity: 'error',
  description: { zh: '同一部分出现两次', en: 'A part appears twice' },
  messages: {
    duplicate: { zh: '“{heading}”重复出现（第 {firstLine} 行已有此部分）', en: '“{heading}” appears twice (it already starts on line {firstLine})' },
  },
  data: { part: 'number', official: 'string' },
  check(ctx) {
    // Part ids are 1 … 6: one bit each. Duplicates are rare, so the first lines are only
    // collected once one is found (no Map built on every keystroke).
    let seen = 0;
    let firstLine: Map<number, number> | null = null;
    for (const part of ctx.model.parts) {
      if ((seen & (1 << part.id)) === 0) {
        seen |= 1 << part.id;
        continue;
      }
      firstLine ??= firstLines(ctx.model);
      const first = firstLine.get(part.id)!;
      const official = partById(part.id).heading;
      ctx.report({
        range: partAnchor(ctx.model, part),
        messageId: 'duplicate',
        // Lines as the editor numbers them, from 1.
        args: { heading: official, firstLine: first + 1 },
        data: { part: part.id, official },
      });
    }
  },
});
