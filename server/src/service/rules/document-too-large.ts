/**
 * document-too-large: not a check of the report but analyze()'s refusal to parse a
 * document over the size limit (the editor stays responsive on huge files).
 * Metadata and message only; analyze() emits it without parsing (tooLargeFinding).
 */
import type { Bilingual } from '../schema/format';
import type { Finding } from '../diagnostics';
import { range } from '../model';
import { metaOf } from './support';

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

export const documentTooLargeMeta = metaOf(
  'document-too-large',
  { zh: '文档过大', en: 'document too large' },
  'information',
  { zh: '文档超过大小上限，未做检查', en: 'The document exceeds the size limit and was not checked' },
  false,
);

export const documentTooLargeMessages = {
  tooLarge: {
    zh: '文档大小（{size}）超过检查上限（{limit}），未做检查。如需检查，请在 .nianbaorc.json 或编辑器设置中调高 maxSize（单位：字符）',
    en: 'The document ({size}) exceeds the size limit ({limit}) and was not checked. To check it, raise maxSize (in characters) in .nianbaorc.json or the editor settings',
  },
} as const;

/** Size of text in the unit people read: 5 MB, 1.5 MB, 12 KB (1 character counted as 1 byte, as maxSize does). */
function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  if (mb < 1) return `${Math.ceil(size / 1024)} KB`;
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}

function shownSize(size: number, inCharacters: boolean): Bilingual {
  return inCharacters ? { zh: `${size} 字符`, en: `${size} characters` } : { zh: megabytes(size), en: megabytes(size) };
}

/** The one finding of a document over the limit. */
export function tooLargeFinding(size: number, maxSize: number): Finding {
  // Sizes that round alike (4 KB against 4 KB) are given in characters, so the message never
  // says a size exceeds itself.
  const sameInUnits = megabytes(size) === megabytes(maxSize);
  return {
    range: range(0, 0, 0, 0),
    messageId: 'tooLarge',
    args: { size: shownSize(size, sameInUnits), limit: shownSize(maxSize, sameInUnits) },
    data: { size, maxSize },
  };
}
