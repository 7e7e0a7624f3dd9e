/** Splitting a document into lines exactly as an editor does (\r\n, \n or a lone \r). */

export interface SplitText {
  lines: string[];
  eol: '\n' | '\r\n';
  /** The text holds no \r: every line break is the one character \n (LineSearch relies on it). */
  singleBreaks: boolean;
}

export function splitLines(text: string): SplitText {
  // Most drafts use \n alone: the engine's split is many times faster than a loop.
  if (text.indexOf('\r') < 0) return { lines: text.split('\n'), eol: '\n', singleBreaks: true };
  const lines: string[] = [];
  let eol: '\n' | '\r\n' | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        eol ??= '\r\n';
        i++;
      } else eol ??= '\n';
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return { lines, eol: eol ?? '\n', singleBreaks: false };
}
