/** The sums of tables 三 and 四. */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, ofCode, rangeIn, withEdit } from './helpers';

const NEW_ROW = '| 一、本年新收政府信息公开申请数量 | | | 20 | 2 | 0 | 0 | 0 | 0 | 22 |';
const CARRIED_ROW = '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
const SECRET_ROW = '| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
const TOTAL_ROW = '| | （七）总计 | | 19 | 2 | 0 | 0 | 0 | 0 | 21 |';
const FORWARD_ROW = '| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |';
const REVIEW_ROW = '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |';

describe('total-row', () => {
  const row = NEW_ROW.replace('| 22 |', '| 21 |');
  const text = withEdit(clean, NEW_ROW, row);

  it('reports a row whose 总计 is not the sum of its columns, on the 总计 cell with the addends', () => {
    const found = ofCode(diagnose(text), 'total-row');
    const cell = (value: string, nth: number) => rangeIn(text, row, `| ${value} |`, 0, nth);
    const inner = (r: ReturnType<typeof cell>) => ({ start: { ...r.start, character: r.start.character + 2 }, end: { ...r.end, character: r.end.character - 2 } });
    expect(found).toEqual([
      {
        code: 'total-row',
        severity: 'error',
        message: '总计应为 22（各列之和），实际为 21',
        range: inner(cell('21', 0)),
        relatedInformation: [
          { range: inner(cell('20', 0)), message: '自然人：20' },
          { range: inner(cell('2', 0)), message: '商业企业：2' },
          { range: inner(rangeIn(text, row, '| 0 |', 0, 0)), message: '科研机构：0' },
          { range: inner(rangeIn(text, row, '| 0 |', 0, 1)), message: '社会公益组织：0' },
          { range: inner(rangeIn(text, row, '| 0 |', 0, 2)), message: '法律服务机构：0' },
          { range: inner(rangeIn(text, row, '| 0 |', 0, 3)), message: '其他：0' },
          { range: inner(cell('21', 0)), message: '总计：21' },
        ],
        data: { table: 'three', row: 'new', column: 6, expected: 22, found: 21 },
        fixable: true,
      },
    ]);
  });

  it('brings the other findings this slip implies: the balance of the 总计 column and the text’s 22', () => {
    expect(codes(diagnose(text))).toEqual(['narrative-mismatch', 'total-row', 'balance']);
  });

  it('is silent when an applicant column is moved but the total still adds up', () => {
    const moved = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 20 | 2 |', '| 19 | 3 |'));
    expect(ofCode(diagnose(moved), 'total-row')).toEqual([]);
  });

  it('does not judge a row with an empty addend (that is value-missing)', () => {
    const empty = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 2 |', '|  |').replace('| 22 |', '| 21 |'));
    expect(ofCode(diagnose(empty), 'total-row')).toEqual([]);
  });
});

describe('total-results', () => {
  // One more 国家秘密 in 自然人, with its row total: (七) no longer adds up in two columns.
  const row = SECRET_ROW.replace('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  const text = withEdit(clean, SECRET_ROW, row);

  it('reports (七)总计 in each column where it is not the sum of the result rows', () => {
    const found = diagnose(text);
    expect(codes(found)).toEqual(['total-results', 'total-results']);
    const totalCell = (value: string) => {
      const r = rangeIn(text, TOTAL_ROW, `| ${value} |`);
      return { start: { ...r.start, character: r.start.character + 2 }, end: { ...r.end, character: r.end.character - 2 } };
    };
    expect(found[0]).toMatchObject({
      message: '（七）总计的“自然人”列应为 20（（一）至（六）各行之和），实际为 19',
      range: totalCell('19'),
      data: { table: 'three', row: 'resultsTotal', column: 0, expected: 20, found: 19 },
      fixable: true,
    });
    expect(found[0]!.relatedInformation!.map((r) => r.message)).toEqual([
      '（一）予以公开：9',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）：2',
      '（三）1.属于国家秘密：1',
      '（三）4.保护第三方合法权益：1',
      '（四）1.本机关不掌握相关政府信息：7',
      '（七）总计：19',
    ]);
    expect(found[1]).toMatchObject({
      message: '（七）总计的“总计”列应为 22（（一）至（六）各行之和），实际为 21',
      range: totalCell('21'),
      data: { table: 'three', row: 'resultsTotal', column: 6, expected: 22, found: 21 },
    });
  });

  it('is silent when a result moves from one row to another', () => {
    const moved = withEdit(
      withEdit(clean, SECRET_ROW, row),
      '| | | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(diagnose(moved)).toEqual([]);
  });
});

describe('balance', () => {
  const row = FORWARD_ROW.replace('| 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '| 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
  const text = withEdit(clean, FORWARD_ROW, row);
  const cellOf = (line: string, value: string, nth = 0) => {
    const r = rangeIn(text, line, `| ${value} |`, 0, nth);
    return { start: { ...r.start, character: r.start.character + 2 }, end: { ...r.end, character: r.end.character - 2 } };
  };

  it('reports a column where 一＋二 ≠ （七）＋四, on the 四 cell, offering both corrections', () => {
    const found = diagnose(text);
    expect(codes(found)).toEqual(['balance', 'balance']);
    expect(found[0]).toEqual({
      code: 'balance',
      severity: 'error',
      message: '“自然人”列不平衡：一、本年新收＋二、上年结转＝21，（七）总计＋四、结转下年度继续办理＝22',
      range: cellOf(row, '3', 0),
      relatedInformation: [
        { range: cellOf(NEW_ROW, '20'), message: '一、本年新收：20' },
        { range: cellOf(CARRIED_ROW, '1'), message: '二、上年结转：1' },
        { range: cellOf(TOTAL_ROW, '19'), message: '（七）总计：19' },
        { range: cellOf(row, '3', 0), message: '四、结转下年度继续办理：3' },
      ],
      data: { table: 'three', column: 0, row: 'carryForward', expected: 2, found: 3, alternative: { row: 'new', expected: 21 } },
      fixable: true,
    });
    expect(found[1]).toMatchObject({
      message: '“总计”列不平衡：一、本年新收＋二、上年结转＝23，（七）总计＋四、结转下年度继续办理＝24',
      data: { table: 'three', column: 6, row: 'carryForward', expected: 2, found: 3, alternative: { row: 'new', expected: 23 } },
    });
  });

  it('proposes correcting 一 when correcting 四 would make it negative', () => {
    const short = withEdit(clean, NEW_ROW, NEW_ROW.replace('| 20 |', '| 10 |').replace('| 22 |', '| 12 |'));
    const found = ofCode(diagnose(short), 'balance');
    expect(found.map((d) => d.data)).toEqual([
      { table: 'three', column: 0, row: 'new', expected: 20, found: 10 },
      { table: 'three', column: 6, row: 'new', expected: 22, found: 12 },
    ]);
  });

  it('is silent when the columns balance', () => {
    expect(ofCode(diagnose(clean), 'balance')).toEqual([]);
  });
});

describe('total-review', () => {
  const row = REVIEW_ROW.replace(/^\| 1 \|/, '| 2 |');
  const text = withEdit(clean, REVIEW_ROW, row);

  it('reports a group whose 总计 is not the sum of its four outcomes', () => {
    const total = rangeIn(text, row, '1', 0, 0);
    expect(diagnose(text)).toEqual([
      {
        code: 'total-review',
        severity: 'error',
        message: '行政复议的“总计”应为 2（结果维持＋结果纠正＋其他结果＋尚未审结），实际为 1',
        range: total,
        relatedInformation: [
          { range: rangeIn(text, row, '2'), message: '行政复议结果维持：2' },
          { range: rangeIn(text, row, '0', 0, 0), message: '行政复议结果纠正：0' },
          { range: rangeIn(text, row, '0', 0, 1), message: '行政复议其他结果：0' },
          { range: rangeIn(text, row, '0', 0, 2), message: '行政复议尚未审结：0' },
          { range: total, message: '行政复议总计：1' },
        ],
        data: { table: 'four', row: 'reviews', column: 4, expected: 2, found: 1 },
        fixable: true,
      },
    ]);
  });

  it('is silent on consistent groups', () => {
    expect(ofCode(diagnose(clean), 'total-review')).toEqual([]);
  });
});
