/**
 * document-too-large: not a check of the report but analyze()'s refusal to parse a
 * document over the size limit (the editor stays responsive on huge files).
 * Metadata and message only; analyze() emits it without parsing.
 */
import { metaOf } from './support';

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

export const documentTooLargeMeta = metaOf(
  'document-too-large',
  { zh: '文档过大', en: 'document too large' },
  'information',
  { zh: '文档超过大小上限，未做检查', en: 'The document exceeds the size limit and was not checked' },
  false,
);

/** Size of text in the unit people read: 5 MB, 1.5 MB, 12 KB (1 character counted as 1 byte, as maxSize does). */
function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  if (mb < 1) return `${Math.ceil(size / 1024)} KB`;
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}

export function documentTooLargeMessage(size: number, maxSize: number) {
  // Sizes that round alike (4 KB against 4 KB) are given in characters, so the message never
  // says a size exceeds itself.
  const sameInUnits = megabytes(size) === megabytes(maxSize);
  const [shown, limit] = sameInUnits ? [`${size} 字符`, `${maxSize} 字符`] : [megabytes(size), megabytes(maxSize)];
  const [shownEn, limitEn] = sameInUnits ? [`${size} characters`, `${maxSize} characters`] : [shown, limit];
  return {
    zh: `文档大小（${shown}）超过检查上限（${limit}），未做检查。如需检查，请在 .nianbaorc.json 或编辑器设置中调高 maxSize（单位：字符）`,
    en: `The document (${shownEn}) exceeds the size limit (${limitEn}) and was not checked. To check it, raise maxSize (in characters) in .nianbaorc.json or the editor settings`,
  };
}
