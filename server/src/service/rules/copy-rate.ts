/**
 * copy-rate: parts 一 and 五 repeat last year's report word for word. The share of their
 * sentences (punctuation aside; sentences of fewer than COPY_MIN_LENGTH characters left out) found
 * in last year's report of the same agency; above half, a warning — some provinces score reports
 * on it, and the format's notice counts 内容雷同 among the failings to be held to account. The
 * repeated sentences are its related information. Silent without last year's report.
 */
import { partOf } from '../model';
import { defineRule, partAnchor } from './support';
import { lastYear } from './cross-document';
import { copySentences, sentenceHash } from './prose';

/** Above this share of repeated sentences the report is flagged. */
const COPY_SHARE = 0.5;
/** Fewer sentences than this say too little to judge. */
const MIN_SENTENCES = 4;
/** Related information shown, at most. */
const MAX_RELATED = 20;

export default defineRule({
  code: 'copy-rate',
  name: { zh: '照搬上年', en: 'copied from last year' },
  defaultSeverity: 'warning',
  description: { zh: '第一、五部分过半的句子与上年度报告逐字相同', en: 'Most sentences of parts 1 and 5 repeat last year’s report word for word' },
  messages: {
    /** {last}: last year's report as LastYear names it. */
    copied: {
      zh: '第一部分和第五部分的 {total} 句中有 {repeated} 句（{percent}%）与{last}逐字相同，请按本年度的实际情况撰写',
      en: '{repeated} of the {total} sentences of parts 1 and 5 ({percent}%) repeat last year’s report word for word',
    },
    related: { zh: '与{last}相同', en: 'Repeated from last year’s report' },
  },
  data: { repeated: 'number', sentences: 'number', previousUri: 'string' },
  check(ctx) {
    const last = lastYear(ctx);
    const hashes = last?.summary.proseHashes;
    if (!last || !hashes || hashes.length === 0) return;
    const sentences = copySentences(ctx.prose, ctx.model);
    if (sentences.length < MIN_SENTENCES) return;
    const known = new Set(hashes);
    const repeated = sentences.filter((s) => known.has(sentenceHash(s.form)));
    if (repeated.length / sentences.length <= COPY_SHARE) return;
    const part = partOf(ctx.model, 1) ?? partOf(ctx.model, 5);
    if (!part) return;
    const prose = ctx.prose;
    const percent = Math.round((repeated.length / sentences.length) * 100);
    ctx.report({
      range: partAnchor(ctx.model, part),
      messageId: 'copied',
      args: { total: sentences.length, repeated: repeated.length, percent, last: last.name },
      relatedInformation: repeated.slice(0, MAX_RELATED).map((s) => ({ range: prose.rangeOf(s.sentence.start, s.sentence.end), messageId: 'related' as const, args: { last: last.name } })),
      data: { repeated: repeated.length, sentences: sentences.length, previousUri: last.summary.uri },
    });
  },
});
