/** overview-topic-missing: 一、总体情况 does not mention one of its five topics. */
import { OVERVIEW_TOPICS } from '../schema/format';
import { partOf } from '../model';
import { defineRule, minimalWords, partAnchor } from './support';
import { partHoldsAny } from './prose';
import { partSaysNothing } from './part-empty';
import { MORE_TOPIC_WORDS } from './prose-words';

/** Each topic's keywords, minimal (a text lacking the topic is scanned once per word). */
const TOPIC_WORDS: readonly (readonly string[])[] = OVERVIEW_TOPICS.map((topic) => minimalWords([...topic.keywords, ...MORE_TOPIC_WORDS[topic.key]]));

export default defineRule({
  code: 'overview-topic-missing',
  name: { zh: '总体情况缺少方面', en: 'overview topic missing' },
  defaultSeverity: 'warning',
  description: { zh: '“一、总体情况”未覆盖五个方面之一', en: 'The overview does not cover one of its five topics' },
  messages: {
    missing: {
      zh: '“一、总体情况”没有写到“{topic}”方面的情况（应覆盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面）',
      en: 'The overview does not cover {englishTopic} (it should cover proactive disclosure, disclosure on request, information management, platform building and supervision)',
    },
  },
  data: { part: 'number', topic: 'string', official: 'string' },
  check(ctx) {
    const part = partOf(ctx.model, 1);
    if (!part) return;
    // A part with nothing written is part-empty's business.
    if (part.heading && partSaysNothing(ctx.model, part)) return;
    for (let t = 0; t < OVERVIEW_TOPICS.length; t++) {
      const topic = OVERVIEW_TOPICS[t]!;
      if (partHoldsAny(ctx.prose, ctx.model, 1, TOPIC_WORDS[t]!)) continue;
      ctx.report({
        range: partAnchor(ctx.model, part),
        messageId: 'missing',
        args: { topic: topic.title, englishTopic: topic.englishTitle },
        data: { part: 1, topic: topic.key, official: topic.title },
      });
    }
  },
});
