/**
 * A report reduced to what another year's report is checked against: who, which year,
 * table 三's carried rows and table 二's document counts, each figure with the range
 * of its cell (so a diagnostic in this year's report can point into last year's file).
 * Plain JSON data: it crosses worker threads in the CLI and is kept for every report
 * in the workspace by the language server.
 */
import type { Cell, Range, ReportModel, TableRow } from '../model';
import { rowOf, tableOf } from '../model';
import { TABLE2_BLOCKS, TABLE3_COLUMNS } from '../schema/format';
import { normalizeAgency } from './agency';
import { copySentences, proseOf, sentenceHash } from '../rules/prose';

export interface Figure {
  /** The number, or null when the cell is empty, "/" or not a whole number. */
  value: number | null;
  /** The cell as written. */
  raw: string;
  range: Range;
}

/** 本年制发件数 / 本年废止件数 / 现行有效件数 of one row of table 二. */
export interface DocumentCounts {
  issued: Figure | null;
  repealed: Figure | null;
  inForce: Figure | null;
}

/** Row keys of table 二 whose counts carry over from year to year (第二十条第（一）项). */
export const COUNTED_DOCUMENT_ROWS = ['regulations', 'normativeDocs'] as const;
export type CountedDocumentRow = (typeof COUNTED_DOCUMENT_ROWS)[number];

export interface ReportSummary {
  uri: string;
  /** The agency as written (title, 落款), for display; null when unknown. */
  agency: string | null;
  /** The agency normalised for matching (see normalizeAgency); null when unknown. */
  agencyKey: string | null;
  year: number | null;
  /** 二、上年结转, one figure per column of table 三 (自然人 … 总计); null when the row is absent. */
  carriedOver: Figure[] | null;
  /** 四、结转下年度继续办理, likewise. */
  carriedForward: Figure[] | null;
  /** Table 二's counts for 规章 and 行政规范性文件; a row is null when absent. */
  documents: Record<CountedDocumentRow, DocumentCounts | null>;
  /**
   * Hashes of the sentences of parts 一 and 五 (punctuation left out), sorted and unique: what
   * copy-rate compares next year's report with. Absent in summaries made before it existed.
   */
  proseHashes?: number[];
}

const ART20_1 = TABLE2_BLOCKS[0]!;
const COUNT_COLUMN = {
  issued: ART20_1.columns.findIndex((c) => c.key === 'issued'),
  repealed: ART20_1.columns.findIndex((c) => c.key === 'repealed'),
  inForce: ART20_1.columns.findIndex((c) => c.key === 'inForce'),
};

/** Who and which year, without the figures: what another year's report is found by. */
export function reportKeyOf(model: ReportModel): { agencyKey: string | null; year: number | null } {
  return { agencyKey: normalizeAgency(agencyOf(model)), year: model.year?.value ?? null };
}

export function summarize(uri: string, model: ReportModel): ReportSummary {
  const agency = agencyOf(model);
  const three = tableOf(model, 'three');
  const two = tableOf(model, 'two');
  const carried = rowOf(three, 'carried');
  const forward = rowOf(three, 'carryForward');
  return {
    uri,
    agency,
    agencyKey: normalizeAgency(agency),
    year: model.year?.value ?? null,
    carriedOver: carried ? columnFigures(carried.cells) : null,
    carriedForward: forward ? columnFigures(forward.cells) : null,
    documents: { regulations: documentCounts(rowOf(two, 'regulations')), normativeDocs: documentCounts(rowOf(two, 'normativeDocs')) },
    proseHashes: [...new Set(copySentences(proseOf(model), model).map((s) => sentenceHash(s.form)))].sort((a, b) => a - b),
  };
}

function documentCounts(row: TableRow | null): DocumentCounts | null {
  if (!row) return null;
  return {
    issued: figure(row.cells[COUNT_COLUMN.issued]),
    repealed: figure(row.cells[COUNT_COLUMN.repealed]),
    inForce: figure(row.cells[COUNT_COLUMN.inForce]),
  };
}

/** The agency as the report names it: the title's agency, else the 落款, else the title itself. */
function agencyOf(model: ReportModel): string | null {
  const text = model.agency?.text ?? model.signature?.agency?.text ?? model.title?.text ?? null;
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function columnFigures(cells: readonly Cell[]): Figure[] {
  const out: Figure[] = [];
  for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
    const f = figure(cells[c]);
    if (!f) break;
    out.push(f);
  }
  return out;
}

function figure(cell: Cell | undefined): Figure | null {
  if (!cell) return null;
  return { value: cell.kind === 'integer' ? cell.value : null, raw: cell.raw, range: cell.range };
}

const QUERY_AND_FRAGMENT = /[?#].*$/;
const TRAILING_SLASHES = /\/+$/;

/** The file name a message shows for a summary's document: the last segment of its URI, decoded. */
export function fileNameOf(uri: string): string {
  const path = uri.replace(QUERY_AND_FRAGMENT, '').replace(TRAILING_SLASHES, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Two summaries state the same figures another year's report is checked against. */
export function sameFigures(a: ReportSummary, b: ReportSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
