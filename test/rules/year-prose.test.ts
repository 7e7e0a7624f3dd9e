/** year-mismatch on prose as clerks write it, and the 落款 date that lost its 日. */
import { describe, expect, it } from 'vitest';
import { clean, codes, diagnose, ofCode, rangeOf, withEdit } from './helpers';

const OPENING = '本年度我局通过门户网站主动公开政府信息356条，其中政策文件28条、工作动态187条、通知公告141条。';
const at = (sentence: string) => withEdit(clean, OPENING, sentence);

describe('year-mismatch reads other years as a reviewer does', () => {
  const ordinary = [
    '我局通过门户网站主动公开政府信息356条，比2023年增加41条。',
    '我局主动公开政府信息356条，较2023年增长10%。',
    '与2023年相比，我局主动公开的政府信息更多、更及时。',
    '2023年同期我局公开信息较少，本年度主动公开政府信息356条。',
    '2022年至2024年，我局连续三年开展政务公开标准化建设。',
    '我局按照《江北市2023年政务公开工作要点》的要求主动公开政府信息356条。',
    '我局按时公开了2023年度部门决算和2024年度部门预算。',
    '我局自2023年起在门户网站设置政策解读专栏，持续更新。',
    '2023年，我局门户网站改版上线，本年度运行平稳。',
    '2025年，我局将进一步扩大主动公开范围。',
    '2025年我局计划完成政府信息公开目录的全面更新。',
    '2023年，全市政务公开工作会议对政策解读提出了新要求，我局据此完善了制度。',
    '根据2023年出台的保密审查办法，我局落实信息发布前审查。',
  ];
  for (const sentence of ordinary) {
    it(`is silent on “${sentence}”`, () => {
      expect(ofCode(diagnose(at(sentence)), 'year-mismatch')).toEqual([]);
    });
  }

  it('is silent on part 五 naming last year’s problems, as the format asks', () => {
    const text = withEdit(clean, '本年度我局政府信息公开工作仍存在一些不足', '针对2023年工作中存在问题的改进情况，本年度我局政府信息公开工作仍存在一些不足');
    expect(diagnose(text)).toEqual([]);
  });

  it('reports the year of a copied account of one’s own work, with a fix when the sentence names no other year', () => {
    const text = at('2023年，我局通过门户网站主动公开政府信息356条。');
    expect(ofCode(diagnose(text), 'year-mismatch').map((d) => [d.range, d.messageId, d.fixable, d.data])).toEqual([
      [rangeOf(text, '2023'), 'earlierYear', true, { expected: 2024, found: 2023 }],
    ]);
  });

  it('reports 2023年度 opening a sub-topic, and the agency named after the year', () => {
    let text = at('2023年度，江北市生态环境局通过门户网站主动公开政府信息356条。');
    expect(codes(diagnose(text))).toEqual(['year-mismatch']);
    text = withEdit(clean, '本年度我局共收到政府信息公开申请22件', '（二）2023年本局共收到政府信息公开申请22件');
    expect(codes(diagnose(text))).toEqual(['year-mismatch']);
  });

  it('reads a year written with spaces and wrapped over two lines, as a PDF gives it', () => {
    const text = at('2023 年，我局通过门户网站主动\n公开政府信息 356 条。');
    expect(ofCode(diagnose(text), 'year-mismatch').map((d) => d.range)).toEqual([rangeOf(text, '2023')]);
  });

  it('offers no fix when the sentence names another year as well', () => {
    const text = at('2023年，我局主动公开政府信息356条，涉及2022年结转事项。');
    expect(ofCode(diagnose(text), 'year-mismatch').map((d) => d.fixable)).toEqual([false]);
  });

  it('is silent when the sentence also names the report year', () => {
    expect(ofCode(diagnose(at('2023年，我局公开信息300条；2024年，我局主动公开政府信息356条。')), 'year-mismatch')).toEqual([]);
  });
});

describe('a 落款 date that lost its 日', () => {
  it('is date-malformed with a fix, not a wrong year, and its lateness is reported', () => {
    const text = withEdit(clean, '2025年1月20日', '2025年2月15');
    expect(diagnose(text).map((d) => [d.code, d.range, d.messageId, d.data])).toEqual([
      ['date-malformed', rangeOf(text, '2025年2月15'), 'lostMarks', { found: '2025年2月15', reading: '2025-02-15', suggestion: '2025年2月15日' }],
      ['publish-late', rangeOf(text, '2025年2月15'), 'late', { date: '2025-02-15', deadline: '2025-01-31', kind: 'department' }],
    ]);
  });
});
