/**
 * The tolerant parser: text in, ReportModel out. Never throws (broken input is
 * normal input), linear in the document's size.
 */
import type { DateMention, Directive, NarrativeFigure, ParsedTable, Part, ReportModel } from '../model';
import { emptyModel } from '../model';
import { DATE_WORDS, dateWordHit, scanLineDates } from './dates';
import { DIRECTIVE_WORDS, scanLineDirectives } from './directives';
import type { Draft } from './draft';
import { FIGURE_WORDS, scanLineFigures, scanWrappedFigures } from './figures';
import { splitLines } from './lines';
import { isCommentLine } from './tables/cells';
import { announcedAgency, openingAgency, readTitle, reportYear } from './meta';
import { PERIOD_WORDS, findPeriod, findPublished } from './period';
import { LineSearch, type LineSkip } from './search';
import { parseFrame, type Frame } from './structure';
import { findYearWords, findYears } from './years';

export { detectReport } from './detect';

function unparsedModel(text: string): ReportModel {
  const { lines, eol } = splitLines(text);
  return emptyModel(lines, eol);
}

function byPosition(a: DateMention, b: DateMention): number {
  return a.line - b.line || a.range.start.character - b.range.start.character;
}

/** Where `date` goes among dates sorted by position: after every date not later than it. */
function insertionPoint(dates: readonly DateMention[], date: DateMention): number {
  let k = dates.length;
  while (k > 0 && byPosition(dates[k - 1]!, date) > 0) k--;
  return k;
}

/** The statutory table a line lies in, or null (asked only of the few lines holding a figure's word). */
function tableAt(parts: readonly Part[], line: number): ParsedTable | null {
  for (let k = 0; k < parts.length; k++) {
    const table = parts[k]!.table;
    if (table !== null && line >= table.startLine && line < table.endLine) return table;
  }
  return null;
}

/**
 * Narrative figures stand in the report proper outside the statutory tables (whose labels are
 * full of 申请 and 行政复议): the search passes over the rest, a whole table at a time.
 */
function figureLineSkip(frame: Frame): LineSkip {
  return (line) => {
    if (line < frame.contentStartLine) return frame.contentStartLine;
    if (line >= frame.contentEndLine) return Number.MAX_SAFE_INTEGER;
    const table = tableAt(frame.parts, line);
    return table === null ? -1 : table.endLine;
  };
}

/** Where the signature's date stands among the text's dates (-1 when no text date starts there). */
function indexOfDateAt(dates: readonly DateMention[], date: DateMention): number {
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    if (d.line === date.line && d.range.start.character === date.range.start.character) return k;
  }
  return -1;
}

/** How many distinct parts carry a standard or variant title (part ids are 1–6: one bit each). */
function standardTitleCount(parts: readonly Part[]): number {
  let seen = 0;
  let count = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.titleMatch !== 'standard' && p.titleMatch !== 'variant') continue;
    const bit = 1 << p.id;
    if ((seen & bit) === 0) {
      seen |= bit;
      count++;
    }
  }
  return count;
}

/** The parser without its safety net: tests call it so that an internal error cannot hide behind the fallback. */
export function parseUnguarded(text: string): ReportModel {
  const { lines, eol, singleBreaks } = splitLines(text);
  const frame = parseFrame(lines);
  const titleInfo = frame.title ? readTitle(frame.title, lines) : null;
  const firstPartStart = frame.parts[0] ? (frame.parts[0].heading?.line ?? frame.parts[0].bodyStartLine) : frame.contentEndLine;

  // The line scanners only look at the lines holding their words (most lines hold none).
  const search = new LineSearch(text, lines, singleBreaks);
  // Drafts: a date's role and, for a month-day one, its reading are settled further down.
  const dates: Draft<DateMention>[] = [];
  const titleYear = titleInfo?.year?.value ?? null;
  const dateLines = search.linesWithAny(DATE_WORDS, dateWordHit);
  for (let k = 0; k < dateLines.length; k++) {
    const i = dateLines[k]!;
    // A comment line is not in the published report (a note to oneself, a nianbao directive).
    if (isCommentLine(lines[i]!)) continue;
    scanLineDates(lines[i]!, i, titleYear, dates);
  }
  const signatureDate = frame.signature?.date ?? null;
  if (signatureDate) {
    const same = indexOfDateAt(dates, signatureDate);
    if (same >= 0) dates[same] = signatureDate;
    // The text's dates ascend by position: put the signature's among them (as a stable sort would).
    else dates.splice(insertionPoint(dates, signatureDate), 0, signatureDate);
  }
  const period = findPeriod(lines, dates, frame.contentStartLine, frame.contentEndLine, search.linesWithAny(PERIOD_WORDS));
  const published = findPublished(lines, dates, firstPartStart);
  const announced = announcedAgency(lines, search, frame.contentStartLine, Math.min(frame.contentEndLine, firstPartStart + 40));

  const years = findYears(lines, dates, frame.parts, frame.title?.range.start.line ?? -1, period, findYearWords(text, search));
  // The dates a report is signed or published on are in the year after the one it reports on.
  const datedLines = [frame.signature?.date?.line, published?.line].filter((line): line is number => line !== undefined);
  const year = reportYear(titleInfo, period, announced, years, frame.contentStartLine, frame.contentEndLine, datedLines);
  // Without a title, month-day dates (12月31日) with no year on their line are read in the report's year.
  if (year && !titleInfo?.year) {
    for (const d of dates) {
      if (!d.yearImplied || d.date !== null || d.readings.length > 0) continue;
      const again: Draft<DateMention>[] = [];
      scanLineDates(lines[d.line]!, d.line, year.value, again);
      const same = again.find((a) => a.range.start.character === d.range.start.character);
      if (same) {
        d.date = same.date;
        d.readings = same.readings;
      }
    }
  }

  const figures: NarrativeFigure[] = [];
  const directives: Directive[] = [];
  const directiveLines = search.linesWithAny(DIRECTIVE_WORDS);
  for (let k = 0; k < directiveLines.length; k++) scanLineDirectives(lines[directiveLines[k]!]!, directiveLines[k]!, directives);
  const figureWords: number[] = [];
  const figureLines = search.linesWithAny(FIGURE_WORDS, null, figureLineSkip(frame), figureWords);
  for (let k = 0; k < figureLines.length; k++) {
    const n = figureLines[k]!;
    if (n > 0) scanWrappedFigures(lines[n - 1]!, n - 1, lines[n]!, n, figures);
    scanLineFigures(lines[n]!, n, figures, figureWords[k]!);
  }

  return {
    lines,
    eol,
    contentStartLine: frame.contentStartLine,
    contentEndLine: frame.contentEndLine,
    title: frame.title,
    agency: titleInfo?.agency ?? announced?.agency ?? frame.signature?.agency ?? openingAgency(lines, frame.contentStartLine, firstPartStart + 4) ?? null,
    year,
    preamble: frame.preamble,
    parts: frame.parts,
    period,
    dates,
    years,
    signature: frame.signature,
    published,
    figures,
    directives,
    standardTitleCount: standardTitleCount(frame.parts),
    overviewAsParts: frame.overviewAsParts,
  };
}

export function parseReport(text: string): ReportModel {
  try {
    return parseUnguarded(text);
  } catch {
    // A parser bug must never cost the user their editor: report an empty model instead.
    return unparsedModel(text);
  }
}
