/**
 * The reports of a workspace, by agency and year: finds last year's report of the
 * same agency (and, the other way, the reports that read a given one as last year's).
 * Lookups are hash-map reads; set/delete keep the by-key buckets in step.
 */
import type { ReportSummary } from './summary';

export { normalizeAgency } from './agency';
export { summarize, reportKeyOf, fileNameOf, sameFigures, COUNTED_DOCUMENT_ROWS } from './summary';
export type { ReportSummary, Figure, DocumentCounts, CountedDocumentRow } from './summary';

function keyOf(agencyKey: string, year: number): string {
  return `${year}\u0000${agencyKey}`;
}

/** What the index files a report by. */
export type ReportKey = Pick<ReportSummary, 'uri' | 'agencyKey' | 'year'>;

/**
 * Indexes summaries, or any entries that carry the keys of one (the CLI indexes a small
 * handle per file and reads a whole summary only for the reports actually compared).
 */
export class ReportIndex<Entry extends ReportKey = ReportSummary> {
  private readonly byUri = new Map<string, Entry>();
  private readonly byKey = new Map<string, Set<string>>();

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): Entry | undefined {
    return this.byUri.get(uri);
  }

  /** Adds or replaces the summary of `summary.uri`. */
  set(summary: Entry): void {
    this.delete(summary.uri);
    this.byUri.set(summary.uri, summary);
    if (summary.agencyKey === null || summary.year === null) return;
    const key = keyOf(summary.agencyKey, summary.year);
    let bucket = this.byKey.get(key);
    if (!bucket) this.byKey.set(key, (bucket = new Set()));
    bucket.add(summary.uri);
  }

  delete(uri: string): boolean {
    const old = this.byUri.get(uri);
    if (!old) return false;
    this.byUri.delete(uri);
    if (old.agencyKey !== null && old.year !== null) {
      const key = keyOf(old.agencyKey, old.year);
      const bucket = this.byKey.get(key);
      bucket?.delete(uri);
      if (bucket?.size === 0) this.byKey.delete(key);
    }
    return true;
  }

  /**
   * Last year's report of the same agency. When the workspace holds several (a draft
   * and the published copy), the one whose URI sorts first, so the answer is stable.
   */
  previousYearOf(summary: ReportKey): Entry | undefined {
    if (summary.agencyKey === null || summary.year === null) return undefined;
    return this.first(keyOf(summary.agencyKey, summary.year - 1), summary.uri);
  }

  /** The reports of the same agency for the following year: those that read `summary` as last year's. */
  nextYearOf(summary: ReportKey): Entry[] {
    if (summary.agencyKey === null || summary.year === null) return [];
    const bucket = this.byKey.get(keyOf(summary.agencyKey, summary.year + 1));
    if (!bucket) return [];
    const out: Entry[] = [];
    for (const uri of bucket) if (uri !== summary.uri) out.push(this.byUri.get(uri)!);
    return out;
  }

  all(): Entry[] {
    return [...this.byUri.values()];
  }

  private first(key: string, exclude: string): Entry | undefined {
    const bucket = this.byKey.get(key);
    if (!bucket) return undefined;
    let best: string | undefined;
    for (const uri of bucket) if (uri !== exclude && (best === undefined || uri < best)) best = uri;
    return best === undefined ? undefined : this.byUri.get(best);
  }
}
