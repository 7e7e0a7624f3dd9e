/**
 * The tolerant parser: text in, ReportModel out. Never throws (broken input is
 * normal input), linear in the document's size.
 */
import type { DateMention, Directive, NarrativeFigure, Part, ReportModel } from '../model';
import { emptyModel } from '../model';
import { DATE_WORDS, scanLineDates } from './dates';
import { DIRECTIVE_WORDS, scanLineDirectives } from './directives';
import { FIGURE_WORDS, scanLineFigures } from './figures';
import { splitLines } from './lines';
import { announcedAgency, readTitle, reportYear } from './meta';
import { PERIOD_WORDS, findPeriod, findPublished } from './period';
import { LineSearch } from './search';
import { parseFrame } from './structure';
import { YEAR_WORDS, findYears } from './years';

export { detectReport } from './detect';

function unparsedModel(text: string): ReportModel {
  const { lines, eol } = splitLines(text);
  return emptyModel(lines, eol);
}

function byPosition(a: DateMention, b: DateMention): number {
  return a.line - b.line || a.range.start.character - b.range.start.character;
}

/** Whether a line lies in a statutory table (asked only of the few lines that may state a figure). */
function inTable(parts: readonly Part[], line: number): boolean {
  return parts.some((p) => p.table !== null && line >= p.table.startLine && line < p.table.endLine);
}

/** The parser without its safety net: tests call it so that an internal error cannot hide behind the fallback. */
export function parseUnguarded(text: string): ReportModel {
  const { lines, eol } = splitLines(text);
  const frame = parseFrame(lines);
  const titleInfo = frame.title ? readTitle(frame.title) : null;
  const firstPartStart = frame.parts[0] ? (frame.parts[0].heading?.line ?? frame.parts[0].bodyStartLine) : frame.contentEndLine;

  // The line scanners only look at the lines holding their words (most lines hold none).
  const search = new LineSearch(text, lines);
  const dates: DateMention[] = [];
  for (const i of search.linesWithAny(DATE_WORDS)) scanLineDates(lines[i]!, i, titleInfo?.year?.value ?? null, dates);
  const signatureDate = frame.signature?.date ?? null;
  if (signatureDate) {
    const same = dates.findIndex((d) => d.line === signatureDate.line && d.range.start.character === signatureDate.range.start.character);
    if (same >= 0) dates[same] = signatureDate;
    else {
      dates.push(signatureDate);
      dates.sort(byPosition);
    }
  }
  const period = findPeriod(lines, dates, frame.contentStartLine, frame.contentEndLine, search.linesWithAny(PERIOD_WORDS));
  const published = findPublished(lines, dates, firstPartStart);
  const announced = announcedAgency(lines, frame.contentStartLine, Math.min(frame.contentEndLine, firstPartStart + 40));

  const years = findYears(lines, dates, frame.parts, frame.title?.range.start.line ?? -1, period, search.linesWithAny(YEAR_WORDS));
  const year = reportYear(titleInfo, period, announced, years, frame.contentStartLine, frame.contentEndLine);
  // Without a title, month-day dates (12月31日) with no year on their line are read in the report's year.
  if (year && !titleInfo?.year) {
    for (const d of dates) {
      if (!d.yearImplied || d.date !== null || d.readings.length > 0) continue;
      const again: DateMention[] = [];
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
  for (const i of search.linesWithAny(DIRECTIVE_WORDS)) scanLineDirectives(lines[i]!, i, directives);
  for (const i of search.linesWithAny(FIGURE_WORDS)) {
    if (i >= frame.contentStartLine && i < frame.contentEndLine && !inTable(frame.parts, i)) scanLineFigures(lines[i]!, i, figures);
  }

  const standard = new Set<number>();
  for (const p of frame.parts) if (p.titleMatch === 'standard' || p.titleMatch === 'variant') standard.add(p.id);

  return {
    lines,
    eol,
    contentStartLine: frame.contentStartLine,
    contentEndLine: frame.contentEndLine,
    title: frame.title,
    agency: titleInfo?.agency ?? announced?.agency ?? frame.signature?.agency ?? null,
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
    standardTitleCount: standard.size,
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
