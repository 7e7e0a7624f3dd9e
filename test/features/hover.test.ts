import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { hover } from '../../server/src/service/features/hover';
import { readSeed } from '../helpers/seeds';
import { rowOf, tableOf } from '../../server/src/service/model';
import { rangeOf, withCursor } from './helpers';
import { markAt, reportText, table3Values } from './fixture';

function hoverAt(marked: string, lang: 'zh' | 'en' = 'zh', deadline?: 'department' | 'government') {
  const { text, position } = withCursor(marked);
  return { text, result: hover(parseReport(text), position, lang, deadline ? { deadline } : {}) };
}

const wrong = table3Values({ new: [1, 0, 0, 0, 0, 0, 2], granted: [1, 0, 0, 0, 0, 0, 1], resultsTotal: [1, 0, 0, 0, 0, 0, 1] });

describe('hover on a row label', () => {
  it('explains 三安全一稳定 with its legal basis and the groups it belongs to', () => {
    const { text, result } = hoverAt(markAt(reportText(), '3.危及', 3));
    expect(result).toEqual({
      contents: '**三、本年度办理结果 › （三）不予公开 › 3.危及“三安全一稳定”**\n\n公开后可能危及“三安全一稳定”，即国家安全、公共安全、经济安全、社会稳定（条例第十四条）。',
      range: rangeOf(text, '3.危及“三安全一稳定”'),
    });
  });

  it('explains 三类内部事务信息 and 四类过程性信息', () => {
    expect(hoverAt(markAt(reportText(), '5.属于三类内部事务信息', 4)).result?.contents).toContain('人事管理、后勤管理、内部工作流程');
    expect(hoverAt(markAt(reportText(), '6.属于四类过程性信息', 4)).result?.contents).toContain('讨论记录、过程稿、磋商信函、请示报告');
  });

  it('explains a row label in a tab-separated seed (labels written with a space after the number)', () => {
    const { text, result } = hoverAt(markAt(readSeed(4), '5. 属于三类内部事务信息', 4));
    expect(result?.range).toEqual(rangeOf(text, '5. 属于三类内部事务信息'));
    expect(result?.contents).toContain('条例第十六条');
  });

  it('explains a caption of table 二', () => {
    const { text, result } = hoverAt(markAt(reportText(), '第二十条第（八）项', 2));
    expect(result).toEqual({ contents: '**第二十条第（八）项**\n\n第二十条第（八）项：行政事业性收费项目及其依据、标准。', range: rangeOf(text, '第二十条第（八）项') });
  });
});

describe('hover on a total', () => {
  it('shows the row sum with its addends and flags a wrong 总计', () => {
    const marked = reportText({ values3: wrong }).replace(/(\| 一、本年新收[^\n]*\| )2( +\|)$/m, '$1‸2$2');
    const { text, result } = hoverAt(marked);
    const line = text.split('\n').findIndex((l) => l.startsWith('| 一、本年新收'));
    const at = text.split('\n')[line]!.lastIndexOf('2');
    // The localisation finds this 总计 is the slip (its row and the balance of the 总计 column agree).
    expect(result).toEqual({
      contents:
        '**“一、本年新收政府信息公开申请数量”行“总计”列很可能应为 1（本行总计和“总计”列的勾稽关系都指向这一格）**\n\n' +
        '- 本行总计：1＋0＋0＋0＋0＋0＝1，表中为 2（多 1）\n' +
        '- “总计”列的勾稽关系：一、本年新收＋二、上年结转＝2＋0＝2，（七）总计＋四、结转下年度继续办理＝1＋0＝1（相差 1）\n\n---\n\n' +
        '每行“总计”＝自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他\n\n' +
        '总计 = 自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1；表中为 2 ✗ 应为 1（多 1）',
      range: { start: { line, character: at }, end: { line, character: at + 1 } },
    });
  });

  it('on an applicant cell the localisation names, says what it most likely should be, in English too', () => {
    const typo = table3Values({ granted: [3, 0, 0, 0, 0, 0, 1], resultsTotal: [1, 0, 0, 0, 0, 0, 1], new: [1, 0, 0, 0, 0, 0, 1] });
    const marked = reportText({ values3: typo }).replace(/(\| （一）予以公开 +\| )3/m, '$1‸3');
    const { result } = hoverAt(marked);
    expect(result!.contents.split('\n\n---\n\n')[0]).toBe(
      '**“（一）予以公开”行“自然人”列很可能应为 1（本行总计和（七）总计的“自然人”列都指向这一格）**\n\n' +
        '- 本行总计：3＋0＋0＋0＋0＋0＝3，表中为 1（少 2）\n' +
        '- （七）总计的“自然人”列：3＝3，表中为 1（少 2）',
    );
    expect(hoverAt(marked, 'en').result!.contents.split('\n\n---\n\n')[0]).toBe(
      '**Row “disclosed”, column “natural persons” is most likely 1 (the row’s total and the outcome total of column “natural persons” all point to this cell)**\n\n' +
        '- the row’s total: 3 + 0 + 0 + 0 + 0 + 0 = 3, the table says 1 (2 too few)\n' +
        '- the outcome total of column “natural persons”: 3 = 3, the table says 1 (2 too few)',
    );
  });

  it('shows both sums that meet in the 总计 cell of （七）总计, in English too', () => {
    const marked = reportText({ values3: wrong }).replace(/(\| （七）总计[^\n]*\| )1( +\|)$/m, '$1‸1$2');
    const zh = hoverAt(marked).result!.contents.split('\n\n---\n\n');
    expect(zh).toHaveLength(2);
    expect(zh[0]).toContain('总计 = 自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1；表中为 1 ✓');
    expect(zh[1]).toMatch(/^（七）总计＝（一）至（六）各行之和\n\n（七）总计 = （一）予以公开 1 \+ （二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 \+ 1\.属于国家秘密 0 \+ .* \+ 3\.其他 0 = 1；表中为 1 ✓$/);
    const en = hoverAt(marked, 'en').result!.contents;
    expect(en).toContain('total = natural persons 1 + businesses 0 + research institutions 0 + public-interest organisations 0 + legal service providers 0 + others 0 = 1; the table says 1 ✓');
  });

  it('shows the balance on the 四、结转 cell of 总计', () => {
    const marked = reportText({ values3: wrong }).replace(/(\| 四、结转下年度继续办理[^\n]*\| )0( +\|)$/m, '$1‸0$2');
    expect(hoverAt(marked).result!.contents.split('\n\n---\n\n')[1]).toBe(
      '一、本年新收＋二、上年结转＝（七）总计＋四、结转下年度继续办理\n\n' +
        '四、结转下年度继续办理 0 + （七）总计 1 = 1；一、本年新收政府信息公开申请数量 2 + 二、上年结转政府信息公开申请数量 0 = 2 ✗\n\n' +
        '一、本年新收＋二、上年结转＝2＋0＝2，（七）总计＋四、结转下年度继续办理＝1＋0＝1（相差 1）\n\n' +
        // The balance breaks because of 一's 总计, not this cell: the hover says so.
        '很可能是另一格填错：“一、本年新收政府信息公开申请数量”行“总计”列应为 1（表中为 2）',
    );
  });

  it('shows the 行政复议 group sum of table 四 and says when a blank cell prevents the check', () => {
    const seed = readSeed(3);
    const lines = seed.split('\n');
    const data = lines.findIndex((l) => /^\| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|$/.test(l));
    lines[data] = '| 1 | 0 | 0 | 1 | ‸2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    expect(hoverAt(lines.join('\n')).result!.contents).toBe(
      '行政复议“总计”＝结果维持＋结果纠正＋其他结果＋尚未审结\n\n总计 = 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2；表中为 2 ✓',
    );
    // Seed 003 leaves 自然人 blank in 一、本年新收: its row sum cannot be checked.
    const model = parseReport(seed);
    const total = rowOf(tableOf(model, 'three'), 'new')!.cells[6]!;
    expect(hover(model, total.range.start, 'zh')?.contents).toBe(
      '每行“总计”＝自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他\n\n' +
        '总计 = 自然人 （空） + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = ?；表中为 0 无法核对：有空白或非数字的单元格',
    );
  });
});

describe('hover on a part heading', () => {
  it('says what the part must contain', () => {
    const { text, result } = hoverAt(markAt(reportText(), '六、其他需要报告的事项', 1));
    expect(result).toEqual({
      contents:
        '**六、其他需要报告的事项**\n\n说明按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：发出收费通知的件数和总金额、实际收取的总金额，或说明未收取。还可说明落实年度政务公开工作要点、办理人大代表建议和政协提案、创新举措等情况。',
      range: rangeOf(text, '六、其他需要报告的事项'),
    });
  });

  it('names the standard title under a variant heading (seed 001)', () => {
    const result = hoverAt(markAt(readSeed(1), '四、政府信息公开行政复议', 1)).result;
    expect(result?.contents.startsWith('**四、政府信息公开行政复议、行政诉讼情况**')).toBe(true);
  });
});

describe('hover on a date', () => {
  it('gives the department deadline and says a late 落款 misses it', () => {
    const { text, result } = hoverAt(markAt(reportText({ signed: '2025年2月14日' }), '2025年2月14日', 2));
    expect(result).toEqual({
      contents:
        '**落款日期**：2025年2月14日\n\n适用时限：2025年1月31日前（标题为政府部门（或乡镇、街道）的年度报告）。\n\n' +
        '县级以上人民政府部门（乡镇、街道按地方规定同样处理）应于每年1月31日前公布本部门上一年度报告（条例第四十九条）。\n\n✗ 晚于时限 14 天。',
      range: rangeOf(text, '2025年2月14日'),
    });
  });

  it('gives a government 31 March, met by the same date; the setting overrides the title', () => {
    const marked = markAt(reportText({ agency: '某某市人民政府', signed: '2025年2月14日' }), '2025年2月14日', 2);
    const contents = hoverAt(marked).result!.contents;
    expect(contents).toContain('适用时限：2025年3月31日前（标题为县级以上人民政府本级的年度报告）。');
    expect(contents.endsWith('✓ 在时限内。')).toBe(true);
    expect(hoverAt(marked, 'zh', 'department').result!.contents).toContain('适用时限：2025年1月31日前（按设置 nianbao.deadline 指定）。');
  });

  it('reads a malformed date of seed 001 and checks the statistics period', () => {
    const seed = readSeed(1);
    const signed = hoverAt(markAt(seed, '2025214', 1)).result!.contents;
    expect(signed.startsWith('**落款日期**：按 2025年2月14日 理解')).toBe(true);
    expect(signed.endsWith('✗ 晚于时限 14 天。')).toBe(true);
    expect(hoverAt(markAt(reportText(), '2024年1月1日', 1)).result!.contents).toBe('**统计期限起始日**：2024年1月1日\n\n统计期限应为 2024年1月1日至2024年12月31日。 ✓');
  });

  it('returns null on plain prose', () => {
    expect(hoverAt(markAt(readSeed(4), '围绕区委', 1)).result).toBeNull();
  });
});

describe('hover on a plain value cell', () => {
  it('names the row and column and explains the row', () => {
    const text = reportText();
    const model = parseReport(text);
    const cell = rowOf(tableOf(model, 'two'), 'normativeDocs')!.cells[2]!;
    expect(hover(model, cell.range.start, 'zh')).toEqual({
      contents: '**行政规范性文件 · 现行有效件数**\n\n《政府信息公开条例》第二十条第（一）项：行政法规、规章和规范性文件。',
      range: cell.range,
    });
    const review = rowOf(tableOf(model, 'four'), 'reviews')!.cells[5]!;
    expect(hover(model, review.range.start, 'zh')?.contents.startsWith('**未经复议直接起诉·结果维持**')).toBe(true);
  });
});
