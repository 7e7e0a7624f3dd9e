/**
 * all-done-carryover: the prose says every request was concluded (均已办结, 全部办结, 已全部办理
 * 完毕) while table 三's 四、结转下年度继续办理 carries requests into next year. Answered within
 * the time limit (均在法定期限内答复) is not concluded and is not read here; nor is a sentence that
 * names what is carried over or excepted (结转, 除…外, 其余).
 */
import { TABLE3_TOTAL_COLUMN } from '../schema/format';
import { rowOf } from '../model';
import { defineRule, numberAt, table3Label, tableOfModel } from './support';

const ALL_DONE = /(?:均|全部|都|悉数)(?:已|已经)?(?:按时|按期|依法|如期|在法定期限内|在规定时限内)?(?:办结|办理完毕|处理完毕|办理完结|办理终结)|已全部(?:办结|办理完毕|处理完毕)/g;
const EXCEPTED = /结转|除|其余|外|尚未|未办结|正在办理/;
/** The sentence speaks of requests (申请): what 均已办结 must be about. */
const SPEAKS_OF_REQUESTS = /申请|依申请/;
const FORWARD = table3Label('carryForward');

export default defineRule({
  code: 'all-done-carryover',
  name: { zh: '办结与结转矛盾', en: 'all done yet carried over' },
  defaultSeverity: 'warning',
  description: { zh: '正文称申请“均已办结”，表三“四、结转下年度继续办理”却大于零', en: 'The text says all requests were concluded, yet table 3 carries some into next year' },
  messages: {
    /** {forward}: table 三's row 四、结转下年度继续办理. */
    contradicts: {
      zh: '正文说“{phrase}”，但表三“{forward}”为 {carried} 件',
      en: 'The text says every request was concluded (“{phrase}”), yet table 3 carries {carried} into next year',
    },
    cell: { zh: '表三“{forward}”的总计：{carried}', en: 'Carried into next year in table 3: {carried}' },
  },
  data: { phrase: 'string', carried: 'number' },
  check(ctx) {
    const row = rowOf(tableOfModel(ctx.model, 'three'), 'carryForward');
    const carried = numberAt(row, TABLE3_TOTAL_COLUMN);
    if (!row || carried === null || carried <= 0) return;
    const prose = ctx.prose;
    const sentences = prose.sentences;
    // The first such phrase of each sentence, searched over the whole prose at once (a phrase
    // never spans two sentences): most sentences hold none.
    let k = 0;
    let m: RegExpExecArray | null;
    ALL_DONE.lastIndex = 0;
    while ((m = ALL_DONE.exec(prose.text))) {
      while (k < sentences.length && sentences[k]!.end <= m.index) k++;
      const sentence = sentences[k];
      if (!sentence) break;
      // Search on from the next sentence.
      ALL_DONE.lastIndex = Math.max(ALL_DONE.lastIndex, sentence.end);
      if (sentence.start > m.index || sentence.partId === null || sentence.partId === 5) continue;
      if (EXCEPTED.test(sentence.text) || !SPEAKS_OF_REQUESTS.test(sentence.text)) continue;
      const start = m.index;
      ctx.report({
        range: prose.rangeOf(start, start + m[0].length),
        messageId: 'contradicts',
        args: { phrase: m[0], forward: FORWARD, carried },
        relatedInformation: [{ range: row.cells[TABLE3_TOTAL_COLUMN]!.range, messageId: 'cell', args: { forward: FORWARD, carried } }],
        data: { phrase: m[0], carried },
      });
    }
  },
});
