/**
 * `nianbao convert FILE`: the text `nianbao check` reads from a draft — a Word file, a web
 * page or a PDF as converted, a text file as decoded — so that line N of the output is line N
 * of check's findings. With `--canonical`, the canonical Markdown report instead: prose lines
 * as they are, each statutory table in the canonical layout with every value.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inputKindOf, inputToText } from '../convert/index';
import { parseReport, renderCanonicalReport, type Lang } from '../service';
import { fileProblem } from './messages';
import { reportDecision } from './report-detection';

export async function runConvert(file: string, lang: Lang, cwd: string, canonical = false): Promise<number> {
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
  // The same decision as check's: a file check would skip has nothing to convert.
  const decision = reportDecision(file, input.text, lang);
  if (!decision.isReport) {
    process.stderr.write(`nianbao: ${decision.problem(file)}\n`);
    return 2;
  }
  const text = canonical ? renderCanonicalReport(parseReport(input.text)) : input.text;
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
