/**
 * `nianbao convert FILE`: any supported draft printed as the canonical Markdown report —
 * prose lines as they are, each statutory table in the canonical layout with every value.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inputKindOf, inputToText } from '../convert/index';
import type { Lang } from '../service/diagnostics';
import { parseReport, detectReport } from '../service/parser/index';
import { renderCanonicalReport } from '../service/schema/render';
import { fileProblem } from './messages';
import * as msg from './messages';

export async function runConvert(file: string, lang: Lang, cwd: string): Promise<number> {
  const fail = (text: string): number => {
    process.stderr.write(`nianbao: ${file}: ${text}\n`);
    return 2;
  };
  const kind = inputKindOf(file);
  if (kind === null) return fail(fileProblem(lang, 'unsupported'));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return fail(code === 'ENOENT' ? fileProblem(lang, 'not-found') : fileProblem(lang, 'unreadable', code ?? ''));
  }
  const input = await inputToText(kind, bytes);
  if (!input.ok) return fail(fileProblem(lang, input.reason));
  const detection = detectReport(input.text);
  if (!detection.isReport) {
    process.stderr.write(`nianbao: ${msg.convertNotReport(lang, file, lang === 'en' ? detection.reason.en : detection.reason.zh)}\n`);
    return 2;
  }
  const markdown = renderCanonicalReport(parseReport(input.text));
  process.stdout.write(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return 0;
}
