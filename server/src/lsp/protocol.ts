/**
 * The server's typed handles on Nianbao's custom requests, whose names and shapes are declared
 * once, for the client too, in server/src/protocol.ts.
 */
import { RequestType, RequestType0 } from 'vscode-languageserver/node';
import {
  CHECK_ANYWAY_METHOD,
  CONVERT_TABLE_METHOD,
  FIX_ALL_METHOD,
  NEW_REPORT_TEMPLATE_METHOD,
  STATS_METHOD,
  STATUS_METHOD,
  type CheckAnywayResult,
  type ConvertTableParams,
  type ConvertTableResult,
  type DocumentParams,
  type FixAllParams,
  type FixAllResult,
  type NewReportTemplateParams,
  type NewReportTemplateResult,
  type StatsResult,
  type StatusResult,
} from '../protocol';

export type { CheckAnywayResult, ConvertTableParams, DocumentParams, FixAllParams, FixAllResult, StatsResult, StatusResult } from '../protocol';

export const StatsRequest = new RequestType0<StatsResult, void>(STATS_METHOD);
export const StatusRequest = new RequestType<DocumentParams, StatusResult, void>(STATUS_METHOD);
export const CheckAnywayRequest = new RequestType<DocumentParams, CheckAnywayResult, void>(CHECK_ANYWAY_METHOD);
export const FixAllRequest = new RequestType<FixAllParams, FixAllResult, void>(FIX_ALL_METHOD);
export const NewReportTemplateRequest = new RequestType<NewReportTemplateParams, NewReportTemplateResult, void>(NEW_REPORT_TEMPLATE_METHOD);
export const ConvertTableRequest = new RequestType<ConvertTableParams, ConvertTableResult, void>(CONVERT_TABLE_METHOD);
