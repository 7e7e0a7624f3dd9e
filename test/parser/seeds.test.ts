/**
 * The five real reports, recovered in full: parts and headings, every row of the three
 * tables with its values as printed, the frame (title, agency, year, content bounds,
 * preamble), period, dates, signature, publication date and narrative figures.
 * Rows read `key labelStatus [group labels] label | values {stray cells}`, `_` an empty cell.
 */
import { describe, expect, it } from 'vitest';
import type { Range, ReportModel } from '../../server/src/service/model';
import { parseReport } from '../../server/src/service/parser';
import { readSeed } from '../helpers/seeds';
import { dateLine, partLines, rowLines } from './describe';

interface SeedExpectation {
  seed: number;
  content: [number, number];
  title: string | null;
  agency: string | null;
  year: string;
  preamble: [number, number] | null;
  period: string | null;
  signature: string | null;
  published: string | null;
  parts: string[];
  two: string[];
  three: string[];
  four: string[];
  dates: string[];
  figures: string[];
}

function at(r: Range): string {
  return r.start.line === r.end.line
    ? `${r.start.line}:${r.start.character}-${r.end.character}`
    : `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function frameOf(m: ReportModel) {
  const ymd = (d: { year: number; month: number; day: number } | null | undefined) =>
    d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : 'null';
  const p = m.period;
  return {
    content: [m.contentStartLine, m.contentEndLine],
    title: m.title ? `${m.title.text} ${at(m.title.range)}` : null,
    agency: m.agency ? `${m.agency.text} ${at(m.agency.range)}` : null,
    year: m.year ? `${m.year.value} ${m.year.source} ${at(m.year.range)}` : 'null',
    preamble: m.preamble ? [m.preamble.startLine, m.preamble.endLine] : null,
    period: p ? `${p.marker.text} ${at(p.range)} ${p.start?.raw}→${ymd(p.start?.date)} ${p.end?.raw}→${ymd(p.end?.date)}` : null,
    signature: m.signature
      ? `${m.signature.agency ? `${m.signature.agency.text} ${at(m.signature.agency.range)}` : '-'} / ${m.signature.date ? `${m.signature.date.raw} ${at(m.signature.date.range)}` : '-'}`
      : null,
    published: m.published ? `${m.published.raw} ${at(m.published.range)}` : null,
  };
}

const EXPECTED: SeedExpectation[] = [
  {
    seed: 0,
    content: [0, 340],
    title: null,
    agency: '前进区商务和经济合作局 0:97-108',
    year: '2024 text 0:91-95',
    preamble: [0, 1],
    period: null,
    signature: null,
    published: null,
    parts: [
      '1 implicit no heading body 1-11',
      '2 standard @11 plain 二、主动公开政府信息情况 body 12-52 table two cellPerLine 12-52',
      '3 standard @52 plain 三、收到和处理政府信息公开申请情况 body 53-295 table three cellPerLine 53-295',
      '4 standard @295 plain 四、政府信息公开行政复议、行政诉讼情况 body 296-333 table four cellPerLine 296-333',
      '5 standard @333 plain 五、存在的主要问题及改进情况 body 334-338',
      '6 standard @338 plain 六、其他需要报告的事项 body 339-340',
    ],
    two: [
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 0 0 0',
      'licensing official 行政许可 | 0',
      'penalty official 行政处罚 | 0',
      'coercion official 行政强制 | 0',
      'fees official 行政事业性收费 | 0',
    ],
    three: [
      'new official 一、本年新收政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official [三、本年度办理结果] (一)予以公开 | 0 0 0 0 0 0 0',
      'partial official (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 0 0 0 0 0 0',
      'withheld.secret official [(三)不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
      'withheld.safety official 3.危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'withheld.thirdParty official 4.保护第三方合法权益 | 0 0 0 0 0 0 0',
      'withheld.internal official 5.属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process official 6.属于四类过程性信息 | 0 0 0 0 0 0 0',
      'withheld.enforcement official 7.属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query official 8.属于行政查询事项 | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [(四)无法提供] 1.本机关不掌握相关政府信息 | 0 0 0 0 0 0 0',
      'unavailable.needsCreation official 2.没有现成信息需要另行制作 | 0 0 0 0 0 0 0',
      'unavailable.unclear official 3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0',
      'notProcessed.petition official [(五)不予处理] 1.信访举报投诉类申请 | 0 0 0 0 0 0 0',
      'notProcessed.repeated official 2.重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3.要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4.无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5.要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official [(六)其他处理] 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.unpaid official 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3.其他 | 0 0 0 0 0 0 0',
      'resultsTotal official (七)总计 | 0 0 0 0 0 0 0',
      'carryForward official 四、结转下年度继续办理 | 0 0 0 0 0 0 0',
    ],
    four: [
      'reviews official - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ],
    dates: [],
    figures: [
      'requestsReceived 0 4:57-58 收到依申请公开0件',
      'reviews 0 4:62-86 无因依申请公开答复不满意而产生行政复议、行政诉讼',
      'lawsuits 0 4:62-86 无因依申请公开答复不满意而产生行政复议、行政诉讼',
    ],
  },
  {
    seed: 1,
    content: [13, 644],
    title: '防城港市大数据和行政审批局2024年度政府信息公开工作年度报告 13:0-31',
    agency: '防城港市大数据和行政审批局 13:0-13',
    year: '2024 title 13:13-17',
    preamble: [21, 22],
    period: '统计期限 21:135-154 202411日→2024-01-01 1231日→2024-12-31',
    signature: '防城港市大数据和行政审批局 639:18-31 / 2025214 641:21-28',
    published: '2025-02-14 08:50 15:0-16',
    parts: [
      '1 standard @23 plain 一、总体情况 body 24-34',
      '2 standard @35 plain 二、主动公开政府信息情况 body 36-96 table two cellPerLine 37-96',
      '3 standard @97 plain 三、收到和处理政府信息公开申请情况 body 98-532 table three cellPerLine 99-532',
      '4 standard @533 plain 四、政府信息公开行政复议、行政诉讼情况 body 534-624 table four cellPerLine 535-624',
      '5 standard @625 plain 五、存在的主要问题及改进情况 body 626-634',
      '6 standard @635 plain 六、其他需要报告的事项 body 636-638',
    ],
    two: [
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 0 0 3',
      'licensing official 行政许可 | 23962',
      'penalty official 行政处罚 | 0',
      'coercion official 行政强制 | 0',
      'fees official 行政事业性收费 | 0',
    ],
    three: [
      'new official 一、本年新收政府信息公开申请数量 | 22 0 0 0 0 0 22',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official [三、本年度办理结果] (一)予以公开 | 10 0 0 0 0 0 10',
      'partial official (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 0 0 0 0 0 0',
      'withheld.secret official [(三)不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
      'withheld.safety official 3.危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'withheld.thirdParty official 4.保护第三方合法权益 | 0 0 0 0 0 0 0',
      'withheld.internal official 5.属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process official 6.属于四类过程性信息 | 0 0 0 0 0 0 0',
      'withheld.enforcement official 7.属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query official 8.属于行政查询事项 | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [(四)无法提供] 1.本机关不掌握相关政府信息 | 11 0 0 0 0 0 11',
      'unavailable.needsCreation official 2.没有现成信息需要另行制作 | 0 0 0 0 0 0 0',
      'unavailable.unclear official 3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0',
      'notProcessed.petition official [(五)不予处理] 1.信访举报投诉类申请 | 0 0 0 0 0 0 0',
      'notProcessed.repeated official 2.重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3.要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4.无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5.要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official [(六)其他处理] 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.unpaid official 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3.其他 | 0 0 0 0 0 0 0',
      'resultsTotal official (七)总计 | 21 0 0 0 0 0 21',
      'carryForward official 四、结转下年度继续办理 | 1 0 0 0 0 0 1',
    ],
    four: [
      'reviews official - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ],
    dates: [
      '4:3 2024年2月22日 valid text 2024-02-22',
      '15:0 2025-02-14 08:50 valid published 2025-02-14 08:50',
      '21:140 202411日 malformed period-start 2024-01-01 [2024-01-01]',
      '21:149 1231日 malformed period-end 2024-12-31 [2024-12-31] implied',
      '641:21 2025214 malformed signature 2025-02-14 [2025-02-14]',
    ],
    figures: [
      'requestsReceived 22 27:86-88 收到政府信息公开申请22件',
      'reviews 0 27:129-149 未发生因信息公开引发的行政复议或行政诉讼',
      'lawsuits 0 27:129-149 未发生因信息公开引发的行政复议或行政诉讼',
    ],
  },
  {
    seed: 2,
    content: [0, 68],
    title: null,
    // No title and no 落款: the agency named by the first sentence (2024年度,车辋镇人民政府在…).
    agency: '车辋镇人民政府 1:7-14',
    year: '2024 text 1:0-4',
    preamble: null,
    period: null,
    signature: null,
    published: null,
    parts: [
      '1 standard @0 plain 一、总体情况 body 1-7',
      '2 standard @7 plain 二、主动公开政府信息情况 body 8-22 table two pipe 8-22',
      '3 standard @22 plain 三、收到和处理政府信息公开申请情况 body 23-51 table three pipe 23-51',
      '4 standard @51 plain 四、政府信息公开行政复议、行政诉讼情况 body 52-52',
      '5 standard @52 plain 五、存在的主要问题及改进情况 body 53-59',
      '6 standard @59 plain 六、其他需要报告的事项 body 60-68',
    ],
    two: [
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 0 0 0',
      'licensing official 行政许可 | 0',
      'penalty official 行政处罚 | 0',
      'coercion official 行政强制 | 0',
      'fees official 行政事业性收费 | 0',
    ],
    three: [
      'new missing - | 1 0 0 0 0 0 1',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official [三、本年度办理结果] (一)予以公开 | 1 0 0 0 0 0 1',
      'partial missing - | 0 0 0 0 0 0 0',
      'withheld.secret official [(三)不予公开] 1.属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited missing - | 0 0 0 0 0 0 0',
      'withheld.safety official 3.危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'withheld.thirdParty missing - | 0 0 0 0 0 0 0',
      'withheld.internal official 5.属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process missing - | 0 0 0 0 0 0 0',
      'withheld.enforcement official 7.属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query missing - | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [(四)无法提供] 1.本机关不掌握相关政府信息 | 0 0 0 0 0 0 0',
      'unavailable.needsCreation missing - | 0 0 0 0 0 0 0',
      'unavailable.unclear missing - | 0 0 0 0 0 0 0',
      'notProcessed.petition missing [(五)不予处理] - | 0 0 0 0 0 0 0',
      'notProcessed.repeated official 2.重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3.要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4.无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5.要求行政机关确认或重新 出具已获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official [(六)其他处理] 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.unpaid official 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3.其他 | 0 0 0 0 0 0 0',
      'resultsTotal official (七)总计 | 1 0 0 0 0 0 1',
      'carryForward official 四、结转下年度继续办理 | 0 0 0 0 0 0 0',
    ],
    four: [],
    dates: [],
    figures: [
      'requestsReceived 1 3:97-98 受理依申请公开申请1件',
    ],
  },
  {
    seed: 3,
    content: [0, 92],
    title: '新华区西市场街道办事处 2024 年政府信息公开工作 年度报告 0:0-31',
    agency: '新华区西市场街道办事处 0:0-11',
    year: '2024 title 0:12-16',
    preamble: null,
    period: null,
    signature: null,
    published: null,
    parts: [
      '1 standard @2 plain 一、总体情况 body 3-25',
      '2 standard @26 plain 二、主动公开政府信息情况 body 27-43 table two markdown 28-43',
      '3 standard @44 plain 三、收到和处理政府信息公开申请情况 body 45-75 table three markdown 46-75',
      '4 standard @76 plain 四、政府信息公开行政复议、行政诉讼情况 body 77-83 table four markdown 78-83',
      '5 standard @84 plain 五、存在的主要问题及改进情况 body 85-88',
      '6 standard @89 plain 六、其他需要报告的事项 body 90-92',
    ],
    two: [
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 0 0 0',
      'licensing official 行政许可 | 0',
      'penalty official 行政处罚 | 0',
      'coercion official 行政强制 | 0',
      'fees official 行政事业性收费 | 0',
    ],
    three: [
      'new official 一、本年新收政府信息公开申请数量 | _ 0 0 0 0 0 0',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official (一)予以公开 | _ 0 0 0 0 0 0',
      'partial official (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) | _ 0 0 0 0 0 0',
      'withheld.secret official 1.属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
      'withheld.safety official 3.危及"三安全一稳定" | 0 0 0 0 0 0 0',
      'withheld.thirdParty official 4.保护第三方合法权益 | 0 0 0 0 0 0 0',
      'withheld.internal official 5.属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process official 6.属于四类过程性信息 | 0 0 0 0 0 0 0',
      'withheld.enforcement official 7.属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query official 8.属于行政查询事项 | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [(四)无 法提供] 1.本机关不掌握相关政府信息 | 0 0 0 0 0 0 0',
      'unavailable.needsCreation official 2.没有现成信息需要另行制作 | 0 0 0 0 0 0 0 {,}',
      'unavailable.unclear official 3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0',
      'notProcessed.petition official [年度办 / (五)不 予处理] 1.信访举报投诉类申请 | 0 0 0 0 0 0 0',
      'notProcessed.repeated official [理结果] 2.重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3.要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4.无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5.要求行政机关确认或重新出具已 获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official [(六)其 他处理] 1.申请人无正当理由逾期不补正、 行政机关不再处理其政府信息公开 申请 | 0 0 0 0 0 0 0',
      'other.unpaid official 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3.其他 | 0 0 0 0 0 0 0',
      'resultsTotal variant (七) 总记 | 0 0 0 0 0 0 0 {†}',
      'carryForward official 四、结转下年度继续办理 | _ 0 0 0 0 0 0',
    ],
    four: [
      'reviews official - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ],
    dates: [],
    figures: [
      'requestsReceived 0 10:20-21 收到依申请公开数量0件',
    ],
  },
  {
    seed: 4,
    content: [2, 92],
    title: '卫东区行政审批和政务信息管理局 2024 年政府信息公开工作年度报告 2:0-34',
    agency: '卫东区行政审批和政务信息管理局 2:0-15',
    year: '2024 title 2:16-20',
    preamble: null,
    period: null,
    signature: null,
    published: null,
    parts: [
      '1 standard @4 plain 一、总体情况 body 5-27',
      '2 standard @28 plain 二、主动公开政府信息情况 body 29-44 table two tab 30-44',
      '3 standard @45 plain 三、收到和处理政府信息公开申请情况 body 46-75 table three tab 47-75',
      '4 standard @76 plain 四、政府信息公开行政复议、行政诉讼情况 body 77-82 table four tab 78-82',
      '5 standard @83 plain 五、存在的主要问题及改进情况 body 84-88',
      '6 standard @89 plain 六、其他需要报告的事项 body 90-92',
    ],
    two: [
      'regulations official 规章 | 0 0 0',
      'normativeDocs official 行政规范性文件 | 0 0 0',
      'licensing official 行政许可 | 0',
      'penalty official 行政处罚 | 0',
      'coercion official 行政强制 | 0',
      'fees official 行政事业性收费 | 0',
    ],
    three: [
      'new official 一、本年新收政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'carried official 二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0',
      'granted official [三、本年度办理结果] (一) 予以公开 | 0 0 0 0 0 0 0',
      'partial official (二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形) | 0 0 0 0 0 0 0',
      'withheld.secret official [(三) 不予公开] 1. 属于国家秘密 | 0 0 0 0 0 0 0',
      'withheld.prohibited official 2. 其他法律行政法规禁止公开 | 0 0 0 0 0 0 0',
      'withheld.safety official 3. 危及“三安全一稳定” | 0 0 0 0 0 0 0',
      'withheld.thirdParty official 4. 保护第三方合法权益 | 0 0 0 0 0 0 0',
      'withheld.internal official 5. 属于三类内部事务信息 | 0 0 0 0 0 0 0',
      'withheld.process official 6. 属于四类过程性信息 | 0 0 0 0 0 0 0',
      'withheld.enforcement official 7. 属于行政执法案卷 | 0 0 0 0 0 0 0',
      'withheld.query official 8. 属于行政查询事项 | 0 0 0 0 0 0 0',
      'unavailable.notHeld official [(四) 无法提供] 1. 本机关不掌握相关政府信息 | 0 0 0 0 0 0 0',
      'unavailable.needsCreation official 2. 没有现成信息需要另行制作 | 0 0 0 0 0 0 0',
      'unavailable.unclear official 3. 补正后申请内容仍不明确 | 0 0 0 0 0 0 0',
      'notProcessed.petition official [(五) 不予处理] 1. 信访举报投诉类申请 | 0 0 0 0 0 0 0',
      'notProcessed.repeated official 2. 重复申请 | 0 0 0 0 0 0 0',
      'notProcessed.publication official 3. 要求提供公开出版物 | 0 0 0 0 0 0 0',
      'notProcessed.massive official 4. 无正当理由大量反复申请 | 0 0 0 0 0 0 0',
      'notProcessed.confirmation official 5. 要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0',
      'other.noCorrection official [(六) 其他处理] 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.unpaid official 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0',
      'other.other official 3. 其他 | 0 0 0 0 0 0 0',
      'resultsTotal official (七) 总计 | 0 0 0 0 0 0 0',
      'carryForward official 四、结转下年度继续办理 | 0 0 0 0 0 0 0',
    ],
    four: [
      'reviews official - | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    ],
    dates: [],
    figures: [
      'requestsReceived 0 14:9-20 未收到政府信息公开申请',
    ],
  },
];

describe.each(EXPECTED)('seed $seed', (e) => {
  const model = parseReport(readSeed(e.seed));
  const table = (id: string) => model.parts.find((p) => p.table?.id === id)?.table ?? null;

  it('recovers the frame: content bounds, title, agency, year, preamble, period, signature, publication date', () => {
    expect(frameOf(model)).toEqual({
      content: e.content,
      title: e.title,
      agency: e.agency,
      year: e.year,
      preamble: e.preamble,
      period: e.period,
      signature: e.signature,
      published: e.published,
    });
  });

  it('finds the six parts with their headings, bodies and tables', () => {
    expect(partLines(model)).toEqual(e.parts);
    expect(model.standardTitleCount).toBe(e.parts.filter((p) => / (standard|variant) /.test(p)).length);
  });

  it('reads table 二', () => expect(rowLines(table('two'))).toEqual(e.two));
  it('reads all 25 rows of table 三', () => {
    expect(rowLines(table('three'))).toEqual(e.three);
    expect(e.three).toHaveLength(25);
  });
  it('reads table 四', () => expect(rowLines(table('four'))).toEqual(e.four));
  it('finds every date', () => expect(model.dates.map(dateLine)).toEqual(e.dates));
  it('reads the figures stated in the text', () =>
    expect(model.figures.map((f) => `${f.kind} ${f.value} ${f.line}:${f.range.start.character}-${f.range.end.character} ${f.phrase}`)).toEqual(e.figures));
  it('gives the report year 2024', () => expect(model.year?.value).toBe(2024));
});

describe('seed details with exact ranges', () => {
  const three = (seed: number) => parseReport(readSeed(seed)).parts.find((p) => p.table?.id === 'three')!.table!;

  it('seed 003: the lost 自然人 value of 一、本年新收 is an empty cell at its column; 总记 keeps † apart', () => {
    const rows = three(3).rows;
    expect(rows[0]!.cells[0]).toEqual({ raw: '', range: { start: { line: 50, character: 25 }, end: { line: 50, character: 25 } }, kind: 'empty', value: null });
    expect(rows[0]!.cells[1]!.range.start).toEqual({ line: 50, character: 27 });
    const total = rows[23]!;
    expect(total.label!.range).toEqual({ start: { line: 73, character: 4 }, end: { line: 73, character: 10 } });
    expect(total.strayCells.map((c) => [c.raw, c.range.start.character])).toEqual([['†', 13]]);
  });

  it('seed 002: the （五）不予处理 row carries only its group label; its own label is missing', () => {
    const row = three(2).rows[15]!;
    expect(row.def?.key).toBe('notProcessed.petition');
    expect(row.label).toBeNull();
    expect(row.groupLabels).toEqual([{ text: '(五)不予处理', range: { start: { line: 41, character: 0 }, end: { line: 41, character: 7 } } }]);
  });

  it('seed 001: years know their part, date and period', () => {
    const years = parseReport(readSeed(1)).years.map((y) => `${y.value}@${y.line}:${y.range.start.character} part=${y.partId}${y.inDate ? ' date' : ''}${y.inTitle ? ' title' : ''}${y.inPeriod ? ' period' : ''}`);
    expect(years).toEqual([
      '2024@4:3 part=null date',
      '2024@13:13 part=null title',
      '2025@15:0 part=null date',
      '2024@21:140 part=null date period',
      '2024@25:86 part=1',
      '2024@27:67 part=1',
      '2024@637:2 part=6',
      '2025@641:21 part=null date',
    ]);
  });
});
