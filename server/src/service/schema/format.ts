/**
 * The statutory format of 政府信息公开工作年度报告 (国办公开办函〔2021〕30号), as data.
 *
 * This file is the single source of truth: the parser matches against it, the rules
 * check against it, quick fixes and snippets render from it, hovers and completions
 * quote it, and docs are generated from it. Nothing else in the project spells an
 * official label, a column, a sum or a deadline.
 *
 * Labels are the official wording (full-width brackets, Chinese quotes); compare them
 * through `normalizeLabel`.
 */

export type PartId = 1 | 2 | 3 | 4 | 5 | 6;
export type TableId = 'two' | 'three' | 'four';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface PartDef {
  readonly id: PartId;
  /** 一 … 六 */
  readonly numeral: string;
  /** Standard title without the numeral, e.g. 总体情况. */
  readonly title: string;
  /** The heading as the format prints it: 一、总体情况. */
  readonly heading: string;
  /** Titles (without numeral) seen in real reports that mean this part. */
  readonly variants: readonly string[];
  /**
   * Words that identify the part when a heading is garbled or reworded; the parser
   * accepts a heading as this part when its title contains all words of one entry.
   */
  readonly keywords: readonly (readonly string[])[];
  readonly body: 'prose' | 'table';
  readonly table?: TableId;
  /** What the part must contain: hover text and docs. */
  readonly mustContain: Bilingual;
  readonly englishTitle: string;
}

export const PARTS: readonly PartDef[] = [
  {
    id: 1,
    numeral: '一',
    title: '总体情况',
    heading: '一、总体情况',
    variants: [],
    keywords: [['总体情况'], ['总体']],
    body: 'prose',
    mustContain: {
      zh: '概述本年度政府信息公开工作，覆盖五个方面：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（各级人民政府还应包括工作考核、社会评议和责任追究结果情况）。',
      en: 'An overview of the year’s work covering five topics: proactive disclosure, disclosure on request, information management, platform building, and supervision (for people’s governments also appraisal, public evaluation and accountability).',
    },
    englishTitle: 'Overview',
  },
  {
    id: 2,
    numeral: '二',
    title: '主动公开政府信息情况',
    heading: '二、主动公开政府信息情况',
    variants: ['行政机关主动公开政府信息情况'],
    keywords: [['主动公开', '情况']],
    body: 'table',
    table: 'two',
    mustContain: {
      zh: '以法定表格填报第二十条第（一）、（五）、（六）、（八）项信息的主动公开情况：规章和行政规范性文件的制发、废止、现行有效件数，行政许可、行政处罚、行政强制的处理决定数量，行政事业性收费金额。',
      en: 'The statutory table of proactively disclosed information under Art. 20 items (1), (5), (6) and (8): rules and normative documents issued, repealed and in force; decisions on licensing, penalties and coercive measures; administrative fees collected.',
    },
    englishTitle: 'Proactive disclosure',
  },
  {
    id: 3,
    numeral: '三',
    title: '收到和处理政府信息公开申请情况',
    heading: '三、收到和处理政府信息公开申请情况',
    variants: ['行政机关收到和处理政府信息公开申请情况'],
    keywords: [['申请', '情况'], ['收到', '处理']],
    body: 'table',
    table: 'three',
    mustContain: {
      zh: '以法定表格填报本年新收、上年结转的申请数量，本年度办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）及结转下年度继续办理的数量，按申请人类别分列。',
      en: 'The statutory table of requests received and carried over, their outcomes (disclosed, partly disclosed, withheld, unavailable, not processed, other) and those carried into next year, by type of applicant.',
    },
    englishTitle: 'Requests received and handled',
  },
  {
    id: 4,
    numeral: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    variants: [
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
    ],
    keywords: [['行政复议'], ['行政诉讼']],
    body: 'table',
    table: 'four',
    mustContain: {
      zh: '以法定表格填报因政府信息公开工作引起的行政复议、行政诉讼（未经复议直接起诉、复议后起诉）的结果维持、结果纠正、其他结果、尚未审结及总计数量。',
      en: 'The statutory table of administrative reviews and lawsuits (filed directly, or after review) over information disclosure: upheld, corrected, other outcome, pending, and total.',
    },
    englishTitle: 'Administrative reviews and lawsuits',
  },
  {
    id: 5,
    numeral: '五',
    title: '存在的主要问题及改进情况',
    heading: '五、存在的主要问题及改进情况',
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况'],
    keywords: [['问题', '改进'], ['存在', '问题']],
    body: 'prose',
    mustContain: {
      zh: '说明本年度工作存在的主要问题和已采取或拟采取的改进措施，通常还说明上一年度报告所列问题的整改情况。',
      en: 'The main problems found and the improvements made or planned; commonly also how last year’s problems were dealt with.',
    },
    englishTitle: 'Main problems and improvements',
  },
  {
    id: 6,
    numeral: '六',
    title: '其他需要报告的事项',
    heading: '六、其他需要报告的事项',
    variants: [],
    keywords: [['其他', '报告'], ['其他', '事项']],
    body: 'prose',
    mustContain: {
      zh: '说明按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：发出收费通知的件数和总金额、实际收取的总金额，或说明未收取。还可说明落实年度政务公开工作要点、办理人大代表建议和政协提案、创新举措等情况。',
      en: 'The information processing fees charged under the fee rules (国办函〔2020〕109号): fee notices issued and their amount, the amount collected, or that none was charged. May add how the year’s work points were carried out, deputies’ proposals handled, innovations.',
    },
    englishTitle: 'Other matters to report',
  },
];

export function partById(id: PartId): PartDef {
  return PARTS[id - 1]!;
}

// ---------------------------------------------------------------------------
// Part 一: the five topics

export interface TopicDef {
  readonly key: 'proactive' | 'onRequest' | 'management' | 'platform' | 'supervision';
  readonly title: string;
  /** A sub-heading or sentence mentioning any of these covers the topic. */
  readonly keywords: readonly string[];
  readonly englishTitle: string;
}

export const OVERVIEW_TOPICS: readonly TopicDef[] = [
  { key: 'proactive', title: '主动公开', keywords: ['主动公开'], englishTitle: 'proactive disclosure' },
  { key: 'onRequest', title: '依申请公开', keywords: ['依申请公开', '依申请'], englishTitle: 'disclosure on request' },
  { key: 'management', title: '政府信息管理', keywords: ['政府信息管理', '信息管理'], englishTitle: 'information management' },
  { key: 'platform', title: '政府信息公开平台建设', keywords: ['平台建设', '公开平台', '平台'], englishTitle: 'platform building' },
  { key: 'supervision', title: '监督保障', keywords: ['监督保障', '监督', '考核'], englishTitle: 'supervision' },
];

// ---------------------------------------------------------------------------
// Columns and rows

export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  /** count: non-negative integer; amount: non-negative decimal (万元). */
  readonly kind: 'count' | 'amount';
  readonly englishLabel: string;
}

export interface RowDef {
  readonly key: string;
  readonly table: TableId;
  /** Position among the table's data rows, 0-based. */
  readonly index: number;
  /** The row's own official label, e.g. 1.属于国家秘密 or （一）予以公开. */
  readonly label: string;
  /** Labels of the merged group cells that stand before it in the official table, outermost first. */
  readonly groups: readonly string[];
  /** Indentation depth in the official table (0 = top level). */
  readonly depth: number;
  readonly hover: Bilingual;
  readonly englishLabel: string;
  /** 规章: "/" means not applicable and is no error. */
  readonly allowsSlash?: boolean;
}

// ---- Table 二 -------------------------------------------------------------

export interface Table2BlockDef {
  readonly key: string;
  /** 第二十条第（一）项 */
  readonly caption: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  readonly hover: Bilingual;
}

const T2_ISSUED: ColumnDef = { key: 'issued', label: '本年制发件数', kind: 'count', englishLabel: 'issued this year' };
const T2_REPEALED: ColumnDef = { key: 'repealed', label: '本年废止件数', kind: 'count', englishLabel: 'repealed this year' };
const T2_IN_FORCE: ColumnDef = { key: 'inForce', label: '现行有效件数', kind: 'count', englishLabel: 'in force' };
const T2_DECISIONS: ColumnDef = { key: 'decisions', label: '本年处理决定数量', kind: 'count', englishLabel: 'decisions this year' };
const T2_FEES: ColumnDef = { key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', englishLabel: 'fees collected (10,000 yuan)' };

function t2Row(key: string, index: number, label: string, hover: Bilingual, englishLabel: string, allowsSlash = false): RowDef {
  return { key, table: 'two', index, label, groups: [], depth: 0, hover, englishLabel, ...(allowsSlash ? { allowsSlash } : {}) };
}

const ART20_1: Bilingual = {
  zh: '《政府信息公开条例》第二十条第（一）项：行政法规、规章和规范性文件。',
  en: 'Regulations Art. 20 (1): administrative regulations, rules and normative documents.',
};
const ART20_5: Bilingual = {
  zh: '第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果。',
  en: 'Art. 20 (5): basis, conditions, procedure and results of administrative licensing and other external services.',
};
const ART20_6: Bilingual = {
  zh: '第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定。',
  en: 'Art. 20 (6): basis, conditions and procedure of administrative penalties and coercive measures, and penalty decisions of some social impact.',
};
const ART20_8: Bilingual = {
  zh: '第二十条第（八）项：行政事业性收费项目及其依据、标准。',
  en: 'Art. 20 (8): administrative fee items, their basis and standards.',
};

export const TABLE2_BLOCKS: readonly Table2BlockDef[] = [
  {
    key: 'art20_1',
    caption: '第二十条第（一）项',
    columns: [T2_ISSUED, T2_REPEALED, T2_IN_FORCE],
    rows: [
      t2Row('regulations', 0, '规章', { zh: `${ART20_1.zh}只有部分政府可以制定规章，不适用时可填“/”。`, en: `${ART20_1.en} Only some governments may make rules; "/" means not applicable.` }, 'rules', true),
      t2Row('normativeDocs', 1, '行政规范性文件', ART20_1, 'normative documents'),
    ],
    hover: ART20_1,
  },
  { key: 'art20_5', caption: '第二十条第（五）项', columns: [T2_DECISIONS], rows: [t2Row('licensing', 2, '行政许可', ART20_5, 'administrative licensing')], hover: ART20_5 },
  {
    key: 'art20_6',
    caption: '第二十条第（六）项',
    columns: [T2_DECISIONS],
    rows: [t2Row('penalty', 3, '行政处罚', ART20_6, 'administrative penalties'), t2Row('coercion', 4, '行政强制', ART20_6, 'administrative coercion')],
    hover: ART20_6,
  },
  { key: 'art20_8', caption: '第二十条第（八）项', columns: [T2_FEES], rows: [t2Row('fees', 5, '行政事业性收费', ART20_8, 'administrative fees')], hover: ART20_8 },
];

/** The header cell that opens each block's header row. */
export const TABLE2_HEADER_LABEL = '信息内容';

// ---- Table 三 -------------------------------------------------------------

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE3_APPLICANT_CAPTION = '申请人情况';
export const TABLE3_ORG_CAPTION = '法人或其他组织';

export const TABLE3_COLUMNS: readonly ColumnDef[] = [
  { key: 'natural', label: '自然人', kind: 'count', englishLabel: 'natural persons' },
  { key: 'business', label: '商业企业', kind: 'count', englishLabel: 'businesses' },
  { key: 'research', label: '科研机构', kind: 'count', englishLabel: 'research institutions' },
  { key: 'publicInterest', label: '社会公益组织', kind: 'count', englishLabel: 'public-interest organisations' },
  { key: 'legal', label: '法律服务机构', kind: 'count', englishLabel: 'legal service providers' },
  { key: 'otherOrg', label: '其他', kind: 'count', englishLabel: 'others' },
  { key: 'total', label: '总计', kind: 'count', englishLabel: 'total' },
];
/** Column index of 总计 in table 三. */
export const TABLE3_TOTAL_COLUMN = 6;

/** Group labels of table 三, used by flattened layouts on the group's first row. */
export const TABLE3_GROUPS = {
  results: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
} as const;

interface T3Spec {
  key: string;
  label: string;
  groups: string[];
  hover: Bilingual;
  en: string;
}

const G = TABLE3_GROUPS;
const T3_SPECS: readonly T3Spec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', groups: [], hover: { zh: '本年度新收到的政府信息公开申请件数。', en: 'Requests received this year.' }, en: 'new requests this year' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', groups: [], hover: { zh: '上一年度结转、本年度继续办理的申请件数；应等于上年度报告的“四、结转下年度继续办理”。', en: 'Requests carried over from last year; should equal last year’s “carried into next year”.' }, en: 'carried over from last year' },
  { key: 'granted', label: '（一）予以公开', groups: [G.results], hover: { zh: '予以公开，或告知获取该政府信息的方式、途径（条例第三十六条）。', en: 'Information provided, or the applicant told where to get it (Art. 36).' }, en: 'disclosed' },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', groups: [G.results], hover: { zh: '依条例第三十七条区分处理、部分公开的申请；这样处理的申请只计入本项，不计入其他情形。', en: 'Partly disclosed after separating what can be disclosed (Art. 37); such a request counts here only.' }, en: 'partly disclosed' },
  { key: 'withheld.secret', label: '1.属于国家秘密', groups: [G.results, G.withheld], hover: { zh: '属于国家秘密，不予公开（条例第十四条）。', en: 'State secret (Art. 14).' }, en: 'state secret' },
  { key: 'withheld.prohibited', label: '2.其他法律行政法规禁止公开', groups: [G.results, G.withheld], hover: { zh: '其他法律、行政法规禁止公开的信息（条例第十四条）。', en: 'Disclosure prohibited by other laws or administrative regulations (Art. 14).' }, en: 'prohibited by other laws' },
  { key: 'withheld.safety', label: '3.危及“三安全一稳定”', groups: [G.results, G.withheld], hover: { zh: '公开后可能危及“三安全一稳定”，即国家安全、公共安全、经济安全、社会稳定（条例第十四条）。', en: 'Would endanger the “three securities and one stability”: national security, public security, economic security, social stability (Art. 14).' }, en: 'endangers security or stability' },
  { key: 'withheld.thirdParty', label: '4.保护第三方合法权益', groups: [G.results, G.withheld], hover: { zh: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（条例第十五条）。', en: 'Would harm a third party’s lawful rights: trade secrets, privacy and the like (Art. 15).' }, en: 'protects third-party rights' },
  { key: 'withheld.internal', label: '5.属于三类内部事务信息', groups: [G.results, G.withheld], hover: { zh: '“三类内部事务信息”：人事管理、后勤管理、内部工作流程等方面的信息（条例第十六条）。', en: 'Internal affairs: personnel management, logistics, internal workflows (Art. 16).' }, en: 'internal affairs' },
  { key: 'withheld.process', label: '6.属于四类过程性信息', groups: [G.results, G.withheld], hover: { zh: '“四类过程性信息”：讨论记录、过程稿、磋商信函、请示报告等（条例第十六条）。', en: 'Process information: discussion records, drafts, consultation letters, requests for instructions (Art. 16).' }, en: 'process information' },
  { key: 'withheld.enforcement', label: '7.属于行政执法案卷', groups: [G.results, G.withheld], hover: { zh: '行政执法案卷信息（条例第十六条）。', en: 'Administrative enforcement files (Art. 16).' }, en: 'enforcement files' },
  { key: 'withheld.query', label: '8.属于行政查询事项', groups: [G.results, G.withheld], hover: { zh: '法律、行政法规对信息的获取另有规定的行政查询事项，如工商、不动产登记资料等（条例第三十六条）。', en: 'Records with their own legal access procedure, such as business and real-estate registers (Art. 36).' }, en: 'administrative query matters' },
  { key: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', groups: [G.results, G.unavailable], hover: { zh: '经检索没有所申请公开信息，本机关不掌握（条例第三十六条）。', en: 'The agency does not hold the information (Art. 36).' }, en: 'not held' },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', groups: [G.results, G.unavailable], hover: { zh: '只提供已有的政府信息，不需要另行制作、搜集或加工（条例第三十八条）。', en: 'Only existing information is provided; nothing new is made (Art. 38).' }, en: 'would need to be created' },
  { key: 'unavailable.unclear', label: '3.补正后申请内容仍不明确', groups: [G.results, G.unavailable], hover: { zh: '申请内容不明确，经补正后仍不明确（条例第三十条）。', en: 'Still unclear after the applicant was asked to clarify (Art. 30).' }, en: 'still unclear after correction' },
  { key: 'notProcessed.petition', label: '1.信访举报投诉类申请', groups: [G.results, G.notProcessed], hover: { zh: '以政府信息公开申请形式进行信访、投诉、举报等活动（条例第三十九条）。', en: 'Petitions, complaints or reports made in the form of a request (Art. 39).' }, en: 'petitions and complaints' },
  { key: 'notProcessed.repeated', label: '2.重复申请', groups: [G.results, G.notProcessed], hover: { zh: '申请人重复申请公开相同政府信息（条例第三十六条）。', en: 'The same information requested again (Art. 36).' }, en: 'repeated requests' },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', groups: [G.results, G.notProcessed], hover: { zh: '要求提供公开出版物，可告知获取途径（条例第三十九条）。', en: 'Requests for published material (Art. 39).' }, en: 'published material' },
  { key: 'notProcessed.massive', label: '4.无正当理由大量反复申请', groups: [G.results, G.notProcessed], hover: { zh: '无正当理由大量、频繁申请，明显超过合理范围（条例第三十五条）。', en: 'Large numbers of repeated requests without good reason (Art. 35).' }, en: 'excessive requests' },
  { key: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', groups: [G.results, G.notProcessed], hover: { zh: '要求行政机关确认或者重新出具已获取的信息（条例第三十九条）。', en: 'Requests to confirm or re-issue information already obtained (Art. 39).' }, en: 'confirmation of obtained information' },
  { key: 'other.noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', groups: [G.results, G.other], hover: { zh: '申请人无正当理由逾期不补正，视为放弃申请（条例第三十条）。', en: 'The applicant did not correct the request in time; it counts as withdrawn (Art. 30).' }, en: 'not corrected in time' },
  { key: 'other.unpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', groups: [G.results, G.other], hover: { zh: '申请人自收到收费通知之日起20个工作日内未缴纳费用，视为放弃申请（条例第四十二条及《政府信息公开信息处理费管理办法》）。', en: 'The applicant did not pay within 20 working days of the fee notice; the request counts as withdrawn (Art. 42 and the fee rules).' }, en: 'fee not paid' },
  { key: 'other.other', label: '3.其他', groups: [G.results, G.other], hover: { zh: '其他处理情形。', en: 'Other handling.' }, en: 'other' },
  { key: 'resultsTotal', label: '（七）总计', groups: [G.results], hover: { zh: '本年度办理结果总计：等于（一）至（六）各行之和。', en: 'Total of this year’s outcomes: the sum of rows (1) to (6).' }, en: 'total of outcomes' },
  { key: 'carryForward', label: '四、结转下年度继续办理', groups: [], hover: { zh: '本年度未办结、结转下年度继续办理的申请件数；勾稽关系：一＋二＝（七）总计＋四。', en: 'Requests carried into next year; 1 + 2 = outcome total + 4.' }, en: 'carried into next year' },
];

export const TABLE3_ROWS: readonly RowDef[] = T3_SPECS.map((s, index) => ({
  key: s.key,
  table: 'three' as const,
  index,
  label: s.label,
  groups: s.groups,
  depth: s.groups.length,
  hover: s.hover,
  englishLabel: s.en,
}));

/** Row keys of the result rows that (七)总计 sums: （一）（二） and every numbered row of （三）…（六）. */
export const TABLE3_RESULT_ROW_KEYS: readonly string[] = TABLE3_ROWS.filter(
  (r) => r.groups[0] === G.results && r.key !== 'resultsTotal',
).map((r) => r.key);

// ---- Table 四 -------------------------------------------------------------

export const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议', parent: null, englishLabel: 'administrative review' },
  { key: 'direct', label: '未经复议直接起诉', parent: '行政诉讼', englishLabel: 'lawsuit without prior review' },
  { key: 'afterReview', label: '复议后起诉', parent: '行政诉讼', englishLabel: 'lawsuit after review' },
] as const;

export const TABLE4_OUTCOMES = [
  { key: 'upheld', label: '结果维持', englishLabel: 'upheld' },
  { key: 'corrected', label: '结果纠正', englishLabel: 'corrected' },
  { key: 'other', label: '其他结果', englishLabel: 'other outcome' },
  { key: 'pending', label: '尚未审结', englishLabel: 'pending' },
  { key: 'total', label: '总计', englishLabel: 'total' },
] as const;

export const TABLE4_COLUMNS: readonly ColumnDef[] = TABLE4_GROUPS.flatMap((g) =>
  TABLE4_OUTCOMES.map((o) => ({ key: `${g.key}.${o.key}`, label: o.label, kind: 'count' as const, englishLabel: `${g.englishLabel}: ${o.englishLabel}` })),
);

/** Table 四 has a single data row. */
export const TABLE4_ROW: RowDef = {
  key: 'reviews',
  table: 'four',
  index: 0,
  label: '',
  groups: [],
  depth: 0,
  hover: {
    zh: '因政府信息公开工作被申请行政复议、提起行政诉讼的情况；每组“总计”等于其前四项之和。',
    en: 'Administrative reviews and lawsuits over disclosure; each group’s total is the sum of its four outcomes.',
  },
  englishLabel: 'reviews and lawsuits',
};

export const TABLE4_HEADER_WORDS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结'] as const;

// ---------------------------------------------------------------------------
// Sums as declarative relations.
//
// Each relation says: Σ left = Σ right, for every row (over: 'rows'), every column
// (over: 'columns') or once. `left` holds the total that a fix corrects.

export type CellRef = { readonly row?: string; readonly column?: string };

export interface SumRelation {
  readonly code: 'total-row' | 'total-results' | 'balance' | 'total-review';
  readonly table: 'three' | 'four';
  readonly over: 'rows' | 'columns' | 'once';
  readonly left: readonly CellRef[];
  readonly right: readonly CellRef[];
  readonly description: Bilingual;
}

export const SUM_RELATIONS: readonly SumRelation[] = [
  {
    code: 'total-row',
    table: 'three',
    over: 'rows',
    left: [{ column: 'total' }],
    right: TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => ({ column: c.key })),
    description: { zh: '每行“总计”＝自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他', en: 'each row’s total = the sum of its six applicant columns' },
  },
  {
    code: 'total-results',
    table: 'three',
    over: 'columns',
    left: [{ row: 'resultsTotal' }],
    right: TABLE3_RESULT_ROW_KEYS.map((row) => ({ row })),
    description: { zh: '（七）总计＝（一）至（六）各行之和', en: 'outcome total = the sum of result rows (1) to (6)' },
  },
  {
    code: 'balance',
    table: 'three',
    over: 'columns',
    left: [{ row: 'carryForward' }, { row: 'resultsTotal' }],
    right: [{ row: 'new' }, { row: 'carried' }],
    description: { zh: '一、本年新收＋二、上年结转＝（七）总计＋四、结转下年度继续办理', en: 'new + carried over = outcome total + carried into next year' },
  },
  ...TABLE4_GROUPS.map(
    (g): SumRelation => ({
      code: 'total-review',
      table: 'four',
      over: 'once',
      left: [{ column: `${g.key}.total` }],
      right: TABLE4_OUTCOMES.filter((o) => o.key !== 'total').map((o) => ({ column: `${g.key}.${o.key}` })),
      description: { zh: `${g.label}“总计”＝结果维持＋结果纠正＋其他结果＋尚未审结`, en: `${g.englishLabel}: total = upheld + corrected + other + pending` },
    }),
  ),
];

// ---------------------------------------------------------------------------
// Years, dates, deadlines

export type DeadlineKind = 'department' | 'government';

export interface DeadlineDef {
  readonly kind: DeadlineKind;
  /** Month and day in year Y+1. */
  readonly month: number;
  readonly day: number;
  readonly description: Bilingual;
}

export const DEADLINES: Readonly<Record<DeadlineKind, DeadlineDef>> = {
  department: {
    kind: 'department',
    month: 1,
    day: 31,
    description: {
      zh: '县级以上人民政府部门（乡镇、街道按地方规定同样处理）应于每年1月31日前公布本部门上一年度报告（条例第四十九条）。',
      en: 'Departments of governments at county level and above (and, by local rules, towns and sub-districts) publish by 31 January (Art. 49).',
    },
  },
  government: {
    kind: 'government',
    month: 3,
    day: 31,
    description: {
      zh: '县级以上人民政府应于每年3月31日前公布本级政府上一年度报告（条例第四十九条）。',
      en: 'A people’s government at county level and above publishes its whole-government report by 31 March (Art. 49).',
    },
  },
};

/** Phrases that introduce the statistics period. */
export const PERIOD_MARKERS = ['统计期限', '统计期', '统计时限', '统计时间', '统计区间', '统计周期'] as const;
/** Phrases that label the page's publication date. */
export const PUBLISHED_MARKERS = ['发布日期', '发布时间', '发文日期', '成文日期'] as const;
/** Words near a year that make Y−1 legitimate (speaking of last year). */
export const LAST_YEAR_CUES = ['上年', '上一年', '去年', '较上年', '同比', '年度报告', '年报', '所列问题', '上年度'] as const;
/**
 * Words in a clause that date a law, a document or a lasting state (2019年修订的条例,
 * 2023年12月印发, 2020年以来): any year is legitimate there, not a copied year.
 */
export const CITATION_CUES = ['印发', '施行', '修订', '修正', '颁布', '出台', '以来', '至今', '成立', '起施行'] as const;
/** Words in a clause that make the following year legitimate: plans and "as of" statements. */
export const NEXT_YEAR_CUES = ['将', '计划', '拟', '下一步', '明年', '下一年', '继续', '持续', '截至', '截止', '工作要点', '目标'] as const;

/**
 * Markers of the outdated 2019 trial layout of table 二 (国办公开办函〔2019〕60号).
 * In a report for 2021 or later they mean an outdated template.
 */
export const OUTDATED_MARKERS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '第二十条第（九）项',
  '政府集中采购',
  '采购项目数量',
  '采购总金额',
] as const;

/** The first report year that uses the 2021 format. */
export const FORMAT_FIRST_YEAR = 2021;

/** Words in a title that make it a whole-government report (deadline 31 March). */
export const GOVERNMENT_TITLE_PATTERN = /人民政府(?!办公室|.{0,6}(局|委|办|部门|中心))/;
/** Words that make it a department's own report even when 人民政府 appears (…人民政府办公室). */
export const DEPARTMENT_WORDS = ['局', '委员会', '办公室', '中心', '街道', '乡', '镇', '办事处'] as const;
/**
 * Endings of a place name whose people's government is 县级以上: a report titled by the
 * place alone (北京市2024年…) or by its 人民政府 is the whole government's (31 March).
 * (DEPARTMENT_WORDS cannot be matched as substrings for this: 镇江市 contains 镇.)
 */
export const COUNTY_OR_ABOVE_SUFFIXES = ['省', '自治区', '市', '自治州', '州', '地区', '盟', '县', '自治县', '区', '旗', '自治旗', '特区', '林区'] as const;
/** Endings of a place name below county level: 乡镇 and 街道 reports are treated like departments' (31 January). */
export const TOWNSHIP_SUFFIXES = ['乡', '镇', '街道', '苏木', '办事处'] as const;

/** The standard title pattern: <机关><Y>年（度）政府信息公开工作年度报告 */
export const TITLE_SUFFIX = '政府信息公开工作年度报告';

/** The sentence on the processing fee that part 六 must contain (used by snippets, completion and the fee rule). */
export const FEE_SENTENCE =
  '按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，本年度本机关未收取政府信息公开信息处理费。';
export const FEE_KEYWORDS = ['信息处理费', '处理费', '收费通知'] as const;
export const PROBLEM_KEYWORDS = ['问题', '不足', '短板', '差距', '薄弱'] as const;
export const IMPROVEMENT_KEYWORDS = ['改进', '整改', '措施', '加强', '提升', '完善', '强化', '推进'] as const;

/** The statistics-period sentence customary in the preamble. */
export function periodSentence(year: number): string {
  return `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
}
