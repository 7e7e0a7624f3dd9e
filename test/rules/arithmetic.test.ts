/**
 * The sums of tables 三 and 四: the cell behind broken sums found and reported once (the sums
 * it explains folded in, each written out with its numbers), and the sums no small repair
 * explains reported one by one, with their numbers. Findings are asserted by message id and
 * arguments (the scenarios' snapshots pin every sentence); one English rendering is checked here.
 */
import { describe, expect, it } from 'vitest';
import { bare, clean, codes, diagnose, findings, ofCode, rangeIn, withEdit } from './helpers';

const NEW_ROW = '| 一、本年新收政府信息公开申请数量 | | | 20 | 2 | 0 | 0 | 0 | 0 | 22 |';
const CARRIED_ROW = '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
const GRANTED_ROW = '| 三、本年度办理结果 | （一）予以公开 | | 9 | 1 | 0 | 0 | 0 | 0 | 10 |';
const PARTIAL_ROW = '| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |';
const THIRD_PARTY_ROW = '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
const TOTAL_ROW = '| | （七）总计 | | 19 | 2 | 0 | 0 | 0 | 0 | 21 |';
const FORWARD_ROW = '| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |';
const REVIEW_ROW = '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |';

/** The range of a value inside its Markdown cell (`| 3 |` → `3`). */
function cellIn(text: string, row: string, value: string, nth = 0) {
  const r = rangeIn(text, row, `| ${value} |`, 0, nth);
  return { start: { ...r.start, character: r.start.character + 2 }, end: { ...r.end, character: r.end.character - 2 } };
}

describe('one mistyped cell: found where a broken row sum and a broken column sum cross', () => {
  // 写成 3 而非 1: the row's 总计 and the column's （七）总计 both break.
  const row = GRANTED_ROW.replace('| 9 | 1 |', '| 9 | 3 |');
  const text = withEdit(clean, GRANTED_ROW, row);

  it('is one finding on that cell, with the sums it explains folded in and written out', () => {
    expect(findings(text)).toEqual([
      {
        code: 'total-row',
        severity: 'error',
        messageId: 'locatedByAll',
        range: cellIn(text, row, '3'),
        relatedInformation: [
          { range: cellIn(text, row, '10'), messageId: 'foldedSum' },
          { range: cellIn(text, TOTAL_ROW, '2'), messageId: 'foldedSum' },
        ],
        data: {
          table: 'three',
          row: 'granted',
          column: 1,
          expected: 1,
          found: 3,
          located: true,
          explains: [
            { code: 'total-row', row: 'granted', column: 6 },
            { code: 'total-results', row: 'resultsTotal', column: 1 },
          ],
        },
        fixable: true,
      },
    ]);
    const [finding] = diagnose(text);
    expect(finding!.args).toEqual({
      cell: { zh: '“（一）予以公开”行“商业企业”列', en: 'Row “disclosed”, column “businesses”' },
      value: 1,
      relations: { zh: '本行总计和（七）总计的“商业企业”列', en: 'the row’s total and the outcome total of column “businesses”' },
    });
    expect(finding!.relatedInformation!.map((r) => r.args)).toEqual([
      {
        relation: { zh: '本行总计', en: 'the row’s total' },
        formula: { zh: '9＋3＋0＋0＋0＋0＝12，表中为 10（少 2）', en: '9 + 3 + 0 + 0 + 0 + 0 = 12, the table says 10 (2 too few)' },
      },
      {
        relation: { zh: '（七）总计的“商业企业”列', en: 'the outcome total of column “businesses”' },
        formula: { zh: '3＋1＝4，表中为 2（少 2）', en: '3 + 1 = 4, the table says 2 (2 too few)' },
      },
    ]);
  });

  it('in English, names the cell and the sums (the words as rendered)', () => {
    const [finding] = diagnose(text, { lang: 'en' });
    expect(finding!.message).toBe('Row “disclosed”, column “businesses” is most likely 1 (the row’s total and the outcome total of column “businesses” all point to this cell)');
    expect(finding!.relatedInformation!.map((r) => r.message)).toEqual([
      'the row’s total: 9 + 3 + 0 + 0 + 0 + 0 = 12, the table says 10 (2 too few)',
      'the outcome total of column “businesses”: 3 + 1 = 4, the table says 2 (2 too few)',
    ]);
  });

  it('a wrong row total of 一 is found on the total, the balance of the 总计 column folded in', () => {
    const newRow = NEW_ROW.replace('| 22 |', '| 21 |');
    const wrong = withEdit(clean, NEW_ROW, newRow);
    // The balance of the 总计 column is not reported again (the text's 22 is narrative-mismatch's concern).
    expect(codes(diagnose(wrong)).filter((code) => code !== 'narrative-mismatch')).toEqual(['total-row']);
    const found = ofCode(diagnose(wrong), 'total-row');
    expect(found.map(bare)).toEqual([
      {
        code: 'total-row',
        severity: 'error',
        messageId: 'locatedByAll',
        range: cellIn(wrong, newRow, '21'),
        relatedInformation: [
          { range: cellIn(wrong, newRow, '21'), messageId: 'foldedSum' },
          { range: cellIn(wrong, FORWARD_ROW, '2', 1), messageId: 'foldedSum' },
        ],
        data: {
          table: 'three',
          row: 'new',
          column: 6,
          expected: 22,
          found: 21,
          located: true,
          explains: [
            { code: 'total-row', row: 'new', column: 6 },
            { code: 'balance', row: 'carryForward', column: 6 },
          ],
        },
        fixable: true,
      },
    ]);
    expect(found[0]!.args!.relations).toEqual({ zh: '本行总计和“总计”列的勾稽关系', en: 'the row’s total and the balance of column “total”' });
    expect(found[0]!.relatedInformation![1]!.args!.formula).toEqual({
      zh: '一、本年新收＋二、上年结转＝21＋1＝22，（七）总计＋四、结转下年度继续办理＝21＋2＝23（相差 1）',
      en: 'new + carried over = 21 + 1 = 22, outcome total + carried into next year = 21 + 2 = 23 (a difference of 1)',
    });
  });

  it('with total-row turned off, the same cell is reported by the next rule whose sum points to it', () => {
    const newRow = NEW_ROW.replace('| 22 |', '| 21 |');
    const wrong = withEdit(clean, NEW_ROW, newRow);
    const found = diagnose(wrong, { rules: { 'total-row': 'off', 'narrative-mismatch': 'off' } });
    expect(found.map((d) => [d.code, d.messageId, d.range, d.data?.expected])).toEqual([['balance', 'locatedByAll', cellIn(wrong, newRow, '21'), 22]]);
  });

  it('a cell of （七）总计 is reported by total-results, all three sums it breaks folded in', () => {
    const totalRow = TOTAL_ROW.replace('| 19 |', '| 18 |');
    const wrong = withEdit(clean, TOTAL_ROW, totalRow);
    const found = diagnose(wrong);
    expect(codes(found)).toEqual(['total-results']);
    expect([found[0]!.messageId, found[0]!.data?.expected]).toEqual(['locatedByAll', 19]);
    expect(found[0]!.args!.relations).toEqual({
      zh: '本行总计、（七）总计的“自然人”列和“自然人”列的勾稽关系',
      en: 'the row’s total, the outcome total of column “natural persons” and the balance of column “natural persons”',
    });
    expect(found[0]!.relatedInformation!.map((r) => [r.messageId, (r.args!.relation as { zh: string }).zh])).toEqual([
      ['foldedSum', '本行总计'],
      ['foldedSum', '（七）总计的“自然人”列'],
      ['foldedSum', '“自然人”列的勾稽关系'],
    ]);
  });

  it('two values swapped within a row are two cells of one repair, each pointing at the other', () => {
    const swapped = GRANTED_ROW.replace('| 9 | 1 |', '| 1 | 9 |');
    const wrong = withEdit(clean, GRANTED_ROW, swapped);
    const found = diagnose(wrong);
    expect(found.map((d) => [d.code, d.messageId, d.data?.expected, d.data?.found])).toEqual([
      ['total-results', 'located', 9, 1],
      ['total-results', 'located', 1, 9],
    ]);
    expect(found[0]!.relatedInformation!.map((r) => r.messageId)).toEqual(['foldedSum', 'otherCell']);
    expect(found[0]!.relatedInformation![1]!.args).toEqual({
      cell: { zh: '“（一）予以公开”行“商业企业”列', en: 'Row “disclosed”, column “businesses”' },
      value: 1,
      relations: { zh: '（七）总计的“商业企业”列', en: 'the outcome total of column “businesses”' },
    });
  });
});

describe('sums no one or two cells explain: one finding per sum, with its numbers', () => {
  // Three rows each one too many in an applicant column, their totals unchanged.
  let text = withEdit(clean, GRANTED_ROW, GRANTED_ROW.replace('| 9 | 1 |', '| 10 | 1 |'));
  text = withEdit(text, PARTIAL_ROW, PARTIAL_ROW.replace('| 2 | 0 |', '| 2 | 1 |'));
  text = withEdit(text, THIRD_PARTY_ROW, THIRD_PARTY_ROW.replace('| 1 | 0 |', '| 2 | 0 |'));

  it('says which sum, how it adds up, and that the cell cannot be told; no fix offered', () => {
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.messageId, (d.args!.formula as { zh: string }).zh, d.fixable])).toEqual([
      ['total-row', 'rowTotalUnlocated', '10＋1＋0＋0＋0＋0＝11，表中为 10（少 1）', false],
      ['total-row', 'rowTotalUnlocated', '2＋1＋0＋0＋0＋0＝3，表中为 2（少 1）', false],
      ['total-row', 'rowTotalUnlocated', '2＋0＋0＋0＋0＋0＝2，表中为 1（少 1）', false],
      ['total-results', 'resultsTotalUnlocated', '10＋2＋2＋7＝21，表中为 19（少 2）', false],
      ['total-results', 'resultsTotalUnlocated', '1＋1＋1＝3，表中为 2（少 1）', false],
    ]);
    expect(found[3]!.args!.column).toEqual({ zh: '自然人', en: 'natural persons' });
  });

  it('keeps the addends of a row sum as related information, on their cells', () => {
    const row = GRANTED_ROW.replace('| 9 | 1 |', '| 10 | 1 |');
    const first = diagnose(text)[0]!;
    expect(first.range).toEqual(cellIn(text, row, '10', 1));
    const addend = (range: ReturnType<typeof cellIn>, zh: string, en: string, value: number) => ({ range, messageId: 'addend', args: { label: { zh, en }, value } });
    expect(first.relatedInformation!.map(({ range, messageId, args }) => ({ range, messageId, args }))).toEqual([
      addend(cellIn(text, row, '10'), '自然人', 'natural persons', 10),
      addend(cellIn(text, row, '1'), '商业企业', 'businesses', 1),
      addend(cellIn(text, row, '0', 0), '科研机构', 'research institutions', 0),
      addend(cellIn(text, row, '0', 1), '社会公益组织', 'public-interest organisations', 0),
      addend(cellIn(text, row, '0', 2), '法律服务机构', 'legal service providers', 0),
      addend(cellIn(text, row, '0', 3), '其他', 'others', 0),
      addend(cellIn(text, row, '10', 1), '总计', 'total', 10),
    ]);
    expect(first.data).toEqual({ table: 'three', row: 'granted', column: 6, expected: 11, found: 10 });
  });

  it('does not judge a row with an empty addend (that is value-missing)', () => {
    const empty = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 2 |', '|  |').replace('| 22 |', '| 21 |'));
    expect(ofCode(diagnose(empty), 'total-row')).toEqual([]);
  });

  it('is silent when an applicant column is moved but the total still adds up, or a result moves between rows', () => {
    const moved = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 20 | 2 |', '| 19 | 3 |'));
    expect(ofCode(diagnose(moved), 'total-row')).toEqual([]);
    let between = withEdit(clean, '| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| | （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
    between = withEdit(between, THIRD_PARTY_ROW, '| | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(diagnose(between)).toEqual([]);
  });
});

describe('balance', () => {
  // 四 one too many in 自然人 and in 总计: its row adds up, two columns do not balance.
  const row = FORWARD_ROW.replace('| 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '| 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
  const text = withEdit(clean, FORWARD_ROW, row);

  it('reports each column that does not balance, with both sides written out, on the 四 cell', () => {
    const found = diagnose(text);
    expect(codes(found)).toEqual(['balance', 'balance']);
    expect(bare(found[0]!)).toEqual({
      code: 'balance',
      severity: 'error',
      messageId: 'balance',
      range: cellIn(text, row, '3', 0),
      relatedInformation: [
        { range: cellIn(text, NEW_ROW, '20'), messageId: 'addend' },
        { range: cellIn(text, CARRIED_ROW, '1'), messageId: 'addend' },
        { range: cellIn(text, TOTAL_ROW, '19'), messageId: 'addend' },
        { range: cellIn(text, row, '3', 0), messageId: 'addend' },
      ],
      data: { table: 'three', column: 0, row: 'carryForward', expected: 2, found: 3 },
      fixable: true,
    });
    expect(found[0]!.args).toEqual({
      column: { zh: '自然人', en: 'natural persons' },
      formula: {
        zh: '一、本年新收＋二、上年结转＝20＋1＝21，（七）总计＋四、结转下年度继续办理＝19＋3＝22（相差 1）',
        en: 'new + carried over = 20 + 1 = 21, outcome total + carried into next year = 19 + 3 = 22 (a difference of 1)',
      },
    });
    expect(found[0]!.relatedInformation!.map((r) => r.args)).toEqual([
      { label: '一、本年新收', value: 20 },
      { label: '二、上年结转', value: 1 },
      { label: '（七）总计', value: 19 },
      { label: '四、结转下年度继续办理', value: 3 },
    ]);
    expect([found[1]!.messageId, found[1]!.args!.column]).toEqual(['balance', { zh: '总计', en: 'total' }]);
  });

  it('is silent when the columns balance', () => {
    expect(ofCode(diagnose(clean), 'balance')).toEqual([]);
  });
});

describe('total-review', () => {
  const row = REVIEW_ROW.replace(/^\| 1 \|/, '| 2 |');
  const text = withEdit(clean, REVIEW_ROW, row);

  it('reports a group whose 总计 is not the sum of its four outcomes, with the sum written out', () => {
    const total = rangeIn(text, row, '1', 0, 0);
    const found = diagnose(text);
    expect(found.map(bare)).toEqual([
      {
        code: 'total-review',
        severity: 'error',
        messageId: 'reviewTotal',
        range: total,
        relatedInformation: [
          { range: rangeIn(text, row, '2'), messageId: 'addend' },
          { range: rangeIn(text, row, '0', 0, 0), messageId: 'addend' },
          { range: rangeIn(text, row, '0', 0, 1), messageId: 'addend' },
          { range: rangeIn(text, row, '0', 0, 2), messageId: 'addend' },
          { range: total, messageId: 'addend' },
        ],
        data: { table: 'four', row: 'reviews', column: 4, expected: 2, found: 1 },
        fixable: true,
      },
    ]);
    expect(found[0]!.args).toEqual({
      group: { zh: '行政复议', en: 'administrative review' },
      formula: { zh: '2＋0＋0＋0＝2，表中为 1（少 1）', en: '2 + 0 + 0 + 0 = 2, the table says 1 (1 too few)' },
    });
    expect(found[0]!.relatedInformation!.map((r) => r.args)).toEqual([
      { label: '行政复议结果维持', value: 2 },
      { label: '行政复议结果纠正', value: 0 },
      { label: '行政复议其他结果', value: 0 },
      { label: '行政复议尚未审结', value: 0 },
      { label: '行政复议总计', value: 1 },
    ]);
  });

  it('is silent on consistent groups', () => {
    expect(ofCode(diagnose(clean), 'total-review')).toEqual([]);
  });
});
