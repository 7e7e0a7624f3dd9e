/**
 * section-title: a part's heading differs from the standard title in more than
 * punctuation or spacing. Variants listed in FORMAT.md are accepted; an implicit
 * part (its heading lost, found by its sub-headings or, for 二–四, by its table) is reported
 * at its first line.
 */
import { partById, type PartId } from '../schema/format';
import { normalizeLabel } from '../text/normalize';
import { range, type Heading, type ReportModel } from '../model';
import type { Diagnostic } from '../diagnostics';
import type { FixProposal } from '../fixes/types';
import { minimalReplace, type TextEdit } from '../fixes/edits';
import { headingLine, partIdOf, spacedHeadings } from '../fixes/sections';
import { at, insertLines, isBlank, textAt } from '../fixes/support';
import { defineRule, lineRange } from './support';

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

function isAccepted(written: string, title: string, variants: readonly string[]): boolean {
  const w = normalizeLabel(written);
  return w === normalizeLabel(title) || variants.some((v) => normalizeLabel(v) === w);
}

function rangeHas(heading: Heading, diagnostic: Diagnostic): boolean {
  return heading.line === diagnostic.range.start.line;
}

/** An insert and a replacement that start at one point become one edit (clients reject overlapping edits). */
function mergeSameStart(edits: TextEdit[]): TextEdit[] {
  if (edits.length !== 2) return edits;
  const [replace, insert] = edits as [TextEdit, TextEdit];
  if (replace.range.start.line === insert.range.start.line && replace.range.start.character === insert.range.start.character) {
    return [{ range: replace.range, newText: insert.newText + replace.newText }];
  }
  return edits;
}

/**
 * The heading alone, right above the part's own table left in the text (its heading deleted or
 * never written; the parser reads the part as implicit, its body starting at the table): blank lines around it as the document's headings have them. When the table
 * already has two blank lines above it, the heading takes the place between them.
 */
function headingBeforeTable(model: ReportModel, id: PartId, tableStart: number): FixProposal {
  const def = partById(id);
  const heading = headingLine(model, def.heading);
  let edit: TextEdit;
  if (!spacedHeadings(model)) edit = insertLines(model, tableStart, [heading]);
  else if (tableStart >= 2 && isBlank(model.lines[tableStart - 1]) && isBlank(model.lines[tableStart - 2])) edit = insertLines(model, tableStart - 1, [heading]);
  else edit = insertLines(model, tableStart, tableStart > 0 && !isBlank(model.lines[tableStart - 1]) ? ['', heading, ''] : [heading, '']);
  return {
    title: { zh: `插入标题“${def.heading}”（置于已有的表格之前）`, en: `Insert the heading “${def.heading}” before its table` },
    edits: [edit],
    // Only a heading, no figure: the clerk's own table becomes the part's.
    safe: true,
  };
}

/** The heading set to the standard one: its title replaced, its numeral written, or a lost heading written back. */
function standardHeading(model: ReportModel, data: { part: number; beforeLine?: number }, diagnostic: Diagnostic): FixProposal[] {
  const id = partIdOf(data.part);
  if (id === null) return [];
  const def = partById(id);
  const part = model.parts.find((p) => p.id === id && (p.heading ? rangeHas(p.heading, diagnostic) : true));
  if (!part) return [];
  // Parts 二–四 are implicit when found by their table: the heading goes right above it.
  if (!part.heading && id !== 1) return [headingBeforeTable(model, id, part.bodyStartLine)];
  if (!part.heading) {
    const before = data.beforeLine ?? part.subheadings[0]?.line ?? part.bodyStartLine;
    const lines = [headingLine(model, def.heading)];
    if (spacedHeadings(model) && !isBlank(model.lines[before])) lines.push('');
    if (spacedHeadings(model) && before > 0 && !isBlank(model.lines[before - 1])) lines.unshift('');
    return [{ title: { zh: `插入标题“${def.heading}”`, en: `Insert the heading “${def.heading}”` }, edits: [insertLines(model, before, lines)], safe: true }];
  }
  const heading = part.heading;
  const edits: TextEdit[] = [];
  const title = heading.title.range;
  const written = textAt(model, title);
  if (title.start.line === title.end.line && !isAccepted(written, def.title, def.variants)) {
    const edit = minimalReplace(title, written, def.title);
    if (edit) edits.push(edit);
  }
  if (!heading.numeral && title.start.line === title.end.line) edits.push({ range: at(title.start.line, title.start.character), newText: `${def.numeral}、` });
  if (edits.length === 0) return [];
  return [{ title: { zh: `将标题改为“${def.heading}”`, en: `Change the heading to “${def.heading}”` }, edits: mergeSameStart(edits), safe: true }];
}

export default defineRule({
  code: 'section-title',
  name: { zh: '部分标题', en: 'part heading' },
  defaultSeverity: 'warning',
  description: { zh: '部分标题与法定标题不一致（不只是标点或空格的差别）', en: 'A part’s heading differs from the standard heading (not merely in punctuation or spacing)' },
  messages: {
    reworded: { zh: '标题“{written}”与法定标题“{official}”不一致', en: 'The heading “{written}” differs from the standard heading “{official}”' },
    noNumeral: { zh: '标题缺少序号，应为“{official}”', en: 'The heading lacks its numeral; it should read “{official}”' },
    implicit: {
      zh: '缺少标题“{official}”：此处内容属于这一部分，但没有写出标题',
      en: 'The heading “{official}” is missing: this text belongs to that part but has no heading',
    },
  },
  data: { part: 'number', official: 'string', implicit: 'boolean?', beforeLine: 'number?', found: 'string?' },
  fix: standardHeading,
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
          messageId: 'implicit',
          args: { official },
          data: { part: part.id, official, implicit: true, beforeLine: line },
        });
        continue;
      }
      if (!acceptedTitle(heading.title.text, part.id)) {
        ctx.report({
          range: heading.title.range,
          messageId: 'reworded',
          args: { written: heading.title.text, official },
          data: { part: part.id, official, found: heading.title.text },
        });
      } else if (!heading.numeral) {
        ctx.report({ range: heading.range, messageId: 'noNumeral', args: { official }, data: { part: part.id, official } });
      }
    }
  },
});
