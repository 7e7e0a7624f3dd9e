/**
 * section-title: a part's heading differs from the standard title in more than
 * punctuation or spacing. Variants listed in FORMAT.md are accepted; an implicit
 * part (its heading lost, found by its sub-headings) is reported at its first line.
 */
import { partById } from '../schema/format';
import { normalizeLabel } from '../text/normalize';
import { range } from '../model';
import { defineRule, lineRange } from './support';

const messages = {
  reworded: (written: string, official: string) => ({
    zh: `标题“${written}”与法定标题“${official}”不一致`,
    en: `The heading “${written}” differs from the standard heading “${official}”`,
  }),
  noNumeral: (official: string) => ({
    zh: `标题缺少序号，应为“${official}”`,
    en: `The heading lacks its numeral; it should read “${official}”`,
  }),
  implicit: (official: string) => ({
    zh: `缺少标题“${official}”：此处内容属于这一部分，但没有写出标题`,
    en: `The heading “${official}” is missing: this text belongs to that part but has no heading`,
  }),
};

/** A title with punctuation and spacing removed: differences there are not worth a warning. */
function bare(title: string): string {
  return normalizeLabel(title).replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * bare() of the headings seen, by their text: the same headings come back on every keystroke,
 * and the Unicode-class replacement is the dearest step of this rule. Cleared when large.
 */
const BARE_HEADINGS = new Map<string, string>();
const BARE_LIMIT = 1000;

function bareHeading(title: string): string {
  let known = BARE_HEADINGS.get(title);
  if (known === undefined) {
    if (BARE_HEADINGS.size >= BARE_LIMIT) BARE_HEADINGS.clear();
    known = bare(title);
    BARE_HEADINGS.set(title, known);
  }
  return known;
}

type PartId = Parameters<typeof partById>[0];

/** The accepted titles of each part, bare, computed once from the schema. */
const ACCEPTED = new Map<PartId, ReadonlySet<string>>();

function acceptedTitle(title: string, id: PartId): boolean {
  let accepted = ACCEPTED.get(id);
  if (!accepted) {
    const def = partById(id);
    accepted = new Set([bare(def.title), ...def.variants.map(bare)]);
    ACCEPTED.set(id, accepted);
  }
  return accepted.has(bareHeading(title));
}

export default defineRule({
  code: 'section-title',
  name: { zh: '部分标题', en: 'part heading' },
  defaultSeverity: 'warning',
  description: { zh: '部分标题与法定标题不一致（不只是标点或空格的差别）', en: 'A part’s heading differs from the standard heading (not merely in punctuation or spacing)' },
  fixable: true,
  check(ctx) {
    const { model } = ctx;
    for (const part of model.parts) {
      const official = partById(part.id).heading;
      const heading = part.heading;
      if (!heading) {
        const first = part.subheadings[0];
        const line = first ? first.line : part.bodyStartLine;
        const anchor = first ? first.range : lineRange(model, line);
        ctx.report({
          range: anchor.start.line === anchor.end.line ? anchor : range(line, 0, line, (model.lines[line] ?? '').length),
          message: messages.implicit(official),
          data: { part: part.id, official, implicit: true, beforeLine: line },
        });
        continue;
      }
      if (!acceptedTitle(heading.title.text, part.id)) {
        ctx.report({
          range: heading.title.range,
          message: messages.reworded(heading.title.text, official),
          data: { part: part.id, official, found: heading.title.text },
        });
      } else if (!heading.numeral) {
        ctx.report({ range: heading.range, message: messages.noNumeral(official), data: { part: part.id, official } });
      }
    }
  },
});
