/** improvement-missing: part 五 does not state both the problems found and the improvements. */
import { IMPROVEMENT_KEYWORDS, PROBLEM_KEYWORDS } from '../schema/format';
import { partOf } from '../model';
import { containsAny, defineRule, partAnchor } from './support';
import { partProse } from './prose';
import { partSaysNothing } from './part-empty';
import { MORE_IMPROVEMENT_WORDS, MORE_PROBLEM_WORDS } from './prose-words';

const PROBLEM_WORDS: readonly string[] = [...PROBLEM_KEYWORDS, ...MORE_PROBLEM_WORDS];
const IMPROVEMENT_WORDS: readonly string[] = [...IMPROVEMENT_KEYWORDS, ...MORE_IMPROVEMENT_WORDS];

export default defineRule({
  code: 'improvement-missing',
  name: { zh: '问题及改进', en: 'problems and improvements' },
  defaultSeverity: 'warning',
  description: { zh: '第五部分未同时说明存在的问题和改进情况', en: 'Part 5 does not state both the problems and the improvements' },
  messages: {
    problems: { zh: '“五、存在的主要问题及改进情况”没有说明存在的主要问题', en: 'Part 5 does not state the main problems found' },
    improvements: { zh: '“五、存在的主要问题及改进情况”没有说明改进情况或改进措施', en: 'Part 5 does not state the improvements made or planned' },
    both: { zh: '“五、存在的主要问题及改进情况”既没有说明存在的问题，也没有说明改进情况', en: 'Part 5 states neither the problems found nor the improvements' },
  },
  data: { part: 'number', missing: 'string[]' },
  check(ctx) {
    const part = partOf(ctx.model, 5);
    if (!part) return;
    const text = partProse(ctx.prose, ctx.model, 5);
    // A part with nothing written is part-empty's business.
    if (partSaysNothing(ctx.model, part)) return;
    const problems = containsAny(text, PROBLEM_WORDS);
    const improvements = containsAny(text, IMPROVEMENT_WORDS);
    if (problems && improvements) return;
    const missing = [...(problems ? [] : ['problems']), ...(improvements ? [] : ['improvements'])];
    const messageId = !problems && !improvements ? 'both' : !problems ? 'problems' : 'improvements';
    ctx.report({ range: partAnchor(ctx.model, part), messageId, data: { part: 5, missing } });
  },
});
