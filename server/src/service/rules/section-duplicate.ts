/** section-duplicate: a part appears twice. */
import { partById } from '../schema/format';
import { defineRule, partAnchor } from './support';

const messages = {
  duplicate: (heading: string, firstLine: number) => ({
    zh: `“${heading}”重复出现（第 ${firstLine + 1} 行已有此部分）`,
    en: `“${heading}” appears twice (it already starts on line ${firstLine + 1})`,
  }),
};

export default defineRule({
  code: 'section-duplicate',
  name: { zh: '部分重复', en: 'duplicate part' },
  defaultSeverity: 'error',
  description: { zh: '同一部分出现两次', en: 'A part appears twice' },
  fixable: false,
  check(ctx) {
    const firstLine = new Map<number, number>();
    for (const part of ctx.model.parts) {
      const line = part.heading?.line ?? part.bodyStartLine;
      const first = firstLine.get(part.id);
      if (first === undefined) {
        firstLine.set(part.id, line);
        continue;
      }
      const official = partById(part.id).heading;
      ctx.report({ range: partAnchor(ctx.model, part), message: messages.duplicate(official, first), data: { part: part.id, official } });
    }
  },
});
