/**
 * section-title: a part's heading differs from the standard title in more than
 * punctuation or spacing. Variants listed in FORMAT.md are accepted; an implicit
 * part (its heading lost, found by its sub-headings or, for 二–四, by its table) is reported
 * at its first line.
 */
import { partById } from '../schema/format';
import { normalizeLabel } from '../text/normalize';
import { range } from '../model';
import { defineLegacyRule, lineRange } from './support';

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

const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/gu;
const ONE_PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u;

/**
 * Whether a UTF-16 code (not a surrogate) is \p{P} or \p{S}: a property of the character,
 * looked up once per code with the regex and kept in a table (0 unknown, 1 kept, 2 removed).
 */
const PUNCTUATION_CLASS = new Uint8Array(0x10000);
function isPunctuationOrSymbol(code: number): boolean {
  let known = PUNCTUATION_CLASS[code]!;
  if (known === 0) {
    known = ONE_PUNCTUATION_OR_SYMBOL.test(String.fromCharCode(code)) ? 2 : 1;
    PUNCTUATION_CLASS[code] = known;
  }
  return known === 2;
}

/**
 * A title with punctuation and spacing removed: differences there are not worth a warning.
 * Hot path (every heading, every keystroke): one scan with a per-character table instead
 * of the Unicode-class replacement, which stays for titles with surrogate pairs.
 */
function bare(title: string): string {
  const label = normalizeLabel(title);
  let out = '';
  let runStart = 0;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return label.replace(PUNCTUATION_OR_SYMBOL, '');
    if (!isPunctuationOrSymbol(code)) continue;
    out += label.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart === 0 ? label : out + label.slice(runStart);
}

type PartId = Parameters<typeof partById>[0];

/** The accepted titles of each part as the schema writes them, and bare; computed once. */
const ACCEPTED = new Map<PartId, { written: ReadonlySet<string>; bare: ReadonlySet<string> }>();

function acceptedTitle(title: string, id: PartId): boolean {
  let accepted = ACCEPTED.get(id);
  if (!accepted) {
    const def = partById(id);
    accepted = { written: new Set([def.title, ...def.variants]), bare: new Set([bare(def.title), ...def.variants.map(bare)]) };
    ACCEPTED.set(id, accepted);
  }
  // Most headings are written exactly as the schema has them: their bare form is accepted too.
  return accepted.written.has(title) || accepted.bare.has(bare(title));
}

export default defineLegacyRule({
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
        // Parts 二–四 are implicit when found by their table: reported at its first line.
        const first = part.id === 1 ? part.subheadings[0] : undefined;
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
