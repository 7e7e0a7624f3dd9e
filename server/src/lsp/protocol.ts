/**
 * Nianbao's custom requests (the client calls them by these method names).
 */
import { RequestType, RequestType0 } from 'vscode-languageserver/node';

export interface DocumentParams {
  uri: string;
}

export interface StatusResult {
  /** The document is checked as a report. */
  checked: boolean;
  /** Why (or why not), in the client's language. */
  reason: string;
  errors: number;
  warnings: number;
}

export interface CheckAnywayResult {
  ok: boolean;
}

export const STATUS_METHOD = 'nianbao/status';
export const CHECK_ANYWAY_METHOD = 'nianbao/checkAnyway';

/** Counters for benchmarks and tests (edits arriving faster than analysis must not queue work). */
export interface StatsResult {
  /** Analyses run since the server started. */
  analyses: number;
  /** Their total duration, in milliseconds. */
  analysisMs: number;
}

export const STATS_METHOD = 'nianbao/stats';
export const StatsRequest = new RequestType0<StatsResult, void>(STATS_METHOD);

export const StatusRequest = new RequestType<DocumentParams, StatusResult, void>(STATUS_METHOD);
export const CheckAnywayRequest = new RequestType<DocumentParams, CheckAnywayResult, void>(CHECK_ANYWAY_METHOD);
