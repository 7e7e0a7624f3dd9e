/**
 * The sums of tables 三 and 四: the cell behind broken sums found and reported once (the sums
 * it explains folded in, each written out with its numbers), and the sums no small repair
 * explains reported one by one, with their numbers.
 */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, ofCode, rangeIn, withEdit } from './helpers';

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
    expect(diagnose(text)).toEqual([
      {
        code: 'total-row',
        severity: 'error',
        message: '“（一）予以公开”行“商业企业”列很可能应为 1（本行总计和（七）总计的“商业企业”列都指向这一格）',
        range: cellIn(text, row, '3'),
        relatedInformation: [
          { range: cellIn(text, row, '10'), message: '本行总计：9＋3＋0＋0＋0＋0＝12，表中为 10（少 2）' },
          { range: cellIn(text, TOTAL_ROW, '2'), message: '（七）总计的“商业企业”列：3＋1＝4，表中为 2（少 2）' },
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
  });

  it('in English, names the cell and the sums', () => {
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
    expect(ofCode(diagnose(wrong), 'total-row')).toEqual([
      {
        code: 'total-row',
        severity: 'error',
        message: '“一、本年新收政府信息公开申请数量”行“总计”列很可能应为 22（本行总计和“总计”列的勾稽关系都指向这一格）',
        range: cellIn(wrong, newRow, '21'),
        relatedInformation: [
          { range: cellIn(wrong, newRow, '21'), message: '本行总计：20＋2＋0＋0＋0＋0＝22，表中为 21（少 1）' },
          {
            range: cellIn(wrong, FORWARD_ROW, '2', 1),
            message: '“总计”列的勾稽关系：一、本年新收＋二、上年结转＝21＋1＝22，（七）总计＋四、结转下年度继续办理＝21＋2＝23（相差 1）',
          },
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
  });

  it('with total-row turned off, the same cell is reported by the next rule whose sum points to it', () => {
    const newRow = NEW_ROW.replace('| 22 |', '| 21 |');
    const wrong = withEdit(clean, NEW_ROW, newRow);
    const found = diagnose(wrong, { rules: { 'total-row': 'off', 'narrative-mismatch': 'off' } });
    expect(found.map((d) => [d.code, d.message, d.range])).toEqual([
      ['balance', '“一、本年新收政府信息公开申请数量”行“总计”列很可能应为 22（本行总计和“总计”列的勾稽关系都指向这一格）', cellIn(wrong, newRow, '21')],
    ]);
  });

  it('a cell of （七）总计 is reported by total-results, all three sums it breaks folded in', () => {
    const totalRow = TOTAL_ROW.replace('| 19 |', '| 18 |');
    const wrong = withEdit(clean, TOTAL_ROW, totalRow);
    const found = diagnose(wrong);
    expect(codes(found)).toEqual(['total-results']);
    expect(found[0]!.message).toBe('“（七）总计”行“自然人”列很可能应为 19（本行总计、（七）总计的“自然人”列和“自然人”列的勾稽关系都指向这一格）');
    expect(found[0]!.relatedInformation!.map((r) => r.message)).toEqual([
      '本行总计：18＋2＋0＋0＋0＋0＝20，表中为 21（多 1）',
      '（七）总计的“自然人”列：9＋2＋1＋7＝19，表中为 18（少 1）',
      '“自然人”列的勾稽关系：一、本年新收＋二、上年结转＝20＋1＝21，（七）总计＋四、结转下年度继续办理＝18＋2＝20（相差 1）',
    ]);
  });

  it('two values swapped within a row are two cells of one repair, each pointing at the other', () => {
    const swapped = GRANTED_ROW.replace('| 9 | 1 |', '| 1 | 9 |');
    const wrong = withEdit(clean, GRANTED_ROW, swapped);
    const found = diagnose(wrong);
    expect(found.map((d) => [d.code, d.message, d.data?.expected, d.data?.found])).toEqual([
      ['total-results', '“（一）予以公开”行“自然人”列很可能应为 9（（七）总计的“自然人”列指向这一格）', 9, 1],
      ['total-results', '“（一）予以公开”行“商业企业”列很可能应为 1（（七）总计的“商业企业”列指向这一格）', 1, 9],
    ]);
    expect(found[0]!.relatedInformation!.map((r) => r.message)).toEqual([
      '（七）总计的“自然人”列：1＋2＋1＋7＝11，表中为 19（多 8）',
      '另一格：“（一）予以公开”行“商业企业”列很可能应为 1（（七）总计的“商业企业”列指向这一格）',
    ]);
  });
});

describe('sums no one or two cells explain: one finding per sum, with its numbers', () => {
  // Three rows each one too many in an applicant column, their totals unchanged.
  let text = withEdit(clean, GRANTED_ROW, GRANTED_ROW.replace('| 9 | 1 |', '| 10 | 1 |'));
  text = withEdit(text, PARTIAL_ROW, PARTIAL_ROW.replace('| 2 | 0 |', '| 2 | 1 |'));
  text = withEdit(text, THIRD_PARTY_ROW, THIRD_PARTY_ROW.replace('| 1 | 0 |', '| 2 | 0 |'));

  it('says which sum, how it adds up, and that the cell cannot be told; no fix offered', () => {
    const found = diagnose(text);
    expect(found.map((d) => [d.code, d.message, d.fixable])).toEqual([
      ['total-row', '本行总计应为各列之和：10＋1＋0＋0＋0＋0＝11，表中为 10（少 1）（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）', false],
      ['total-row', '本行总计应为各列之和：2＋1＋0＋0＋0＋0＝3，表中为 2（少 1）（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）', false],
      ['total-row', '本行总计应为各列之和：2＋0＋0＋0＋0＋0＝2，表中为 1（少 1）（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）', false],
      ['total-results', '（七）总计的“自然人”列应为（一）至（六）各行之和：10＋2＋2＋7＝21，表中为 19（少 2）（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）', false],
      ['total-results', '（七）总计的“商业企业”列应为（一）至（六）各行之和：1＋1＋1＝3，表中为 2（少 1）（本表还有与之相关的合计不符，无法确定是哪一格填错，请逐项核对）', false],
    ]);
  });

  it('keeps the addends of a row sum as related information, on their cells', () => {
    const row = GRANTED_ROW.replace('| 9 | 1 |', '| 10 | 1 |');
    const first = diagnose(text)[0]!;
    expect(first.range).toEqual(cellIn(text, row, '10', 1));
    expect(first.relatedInformation).toEqual([
      { range: cellIn(text, row, '10'), message: '自然人：10' },
      { range: cellIn(text, row, '1'), message: '商业企业：1' },
      { range: cellIn(text, row, '0', 0), message: '科研机构：0' },
      { range: cellIn(text, row, '0', 1), message: '社会公益组织：0' },
      { range: cellIn(text, row, '0', 2), message: '法律服务机构：0' },
      { range: cellIn(text, row, '0', 3), message: '其他：0' },
      { range: cellIn(text, row, '10', 1), message: '总计：10' },
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
    expect(found[0]).toEqual({
      code: 'balance',
      severity: 'error',
      message: '“自然人”列不平衡：一、本年新收＋二、上年结转＝20＋1＝21，（七）总计＋四、结转下年度继续办理＝19＋3＝22（相差 1）',
      range: cellIn(text, row, '3', 0),
      relatedInformation: [
        { range: cellIn(text, NEW_ROW, '20'), message: '一、本年新收：20' },
        { range: cellIn(text, CARRIED_ROW, '1'), message: '二、上年结转：1' },
        { range: cellIn(text, TOTAL_ROW, '19'), message: '（七）总计：19' },
        { range: cellIn(text, row, '3', 0), message: '四、结转下年度继续办理：3' },
      ],
      data: { table: 'three', column: 0, row: 'carryForward', expected: 2, found: 3 },
      fixable: true,
    });
    expect(found[1]!.message).toBe('“总计”列不平衡：一、本年新收＋二、上年结转＝22＋1＝23，（七）总计＋四、结转下年度继续办理＝21＋3＝24（相差 1）');
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
    expect(diagnose(text)).toEqual([
      {
        code: 'total-review',
        severity: 'error',
        message: '行政复议的“总计”应为结果维持＋结果纠正＋其他结果＋尚未审结：2＋0＋0＋0＝2，表中为 1（少 1）',
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
