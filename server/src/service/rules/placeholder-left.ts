/**
 * placeholder-left: text a template or a draft leaves where the real words belong — XX, ××,
 * 某某, 待填写, 待补充, 此处填写, 请填写, empty 【】 — anywhere in the report's prose (title,
 * opening, parts, 落款). The statutory tables are left to the value rules; a part holding
 * nothing but placeholders is part-empty's finding.
 */
import { defineRule } from './support';
import { PLACEHOLDER } from './prose-words';
import { partSaysNothing } from './part-empty';

export default defineRule({
  code: 'placeholder-left',
  name: { zh: '占位文字', en: 'placeholder left' },
  defaultSeverity: 'warning',
  description: { zh: '正文中留有 XX、××、某某、待填写、【】、此处填写 等占位文字', en: 'Placeholders such as XX, 某某 or 待填写 are left in the text' },
  messages: {
    left: { zh: '“{found}”是未替换的占位文字，请填写实际内容', en: '“{found}” is a placeholder left in the text; write the actual content' },
  },
  data: { found: 'string' },
  check(ctx) {
    const prose = ctx.prose;
    // A part with nothing but placeholders is reported once, by part-empty.
    const emptyParts = ctx.model.parts.filter((p) => p.heading && (p.id === 1 || p.id === 5 || p.id === 6) && partSaysNothing(ctx.model, p));
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(prose.text))) {
      const line = prose.positionAt(m.index).line;
      if (emptyParts.some((p) => line >= p.bodyStartLine && line < p.bodyEndLine)) continue;
      ctx.report({ range: prose.rangeOf(m.index, m.index + m[0].length), messageId: 'left', args: { found: m[0] }, data: { found: m[0] } });
    }
  },
});
