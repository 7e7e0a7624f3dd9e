/** Inline switches: <!-- nianbao-disable CODE … -->, <!-- nianbao-enable … -->, <!-- nianbao-disable-next-line … -->. */
import type { Directive } from '../model';
import { range } from '../model';

const DIRECTIVE = /<!--\s*nianbao-(disable-next-line|disable|enable)(?=\s|-->)([^>]*?)-->/g;

/** Between a directive's codes: white space and commas of either width. */
const CODE_SEPARATORS = /[\s,，]+/;

const MARKER = 'nianbao-';

/** The word every directive holds. */
export const DIRECTIVE_WORDS = [MARKER] as const;

export function scanLineDirectives(line: string, lineNo: number, out: Directive[]): void {
  if (line.length < MARKER.length || line.indexOf(MARKER) < 0) return;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(line))) {
    const codes = m[2]!.split(CODE_SEPARATORS).filter((c) => c.length > 0);
    out.push({ kind: m[1] as Directive['kind'], codes, line: lineNo, range: range(lineNo, m.index, lineNo, m.index + m[0].length) });
  }
}
