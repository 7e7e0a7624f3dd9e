/** ANSI colours for the text output, or none at all. */
export interface Painter {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLORS: Painter = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const same = (text: string): string => text;
export const NO_COLORS: Painter = { red: same, yellow: same, blue: same, dim: same, bold: same, underline: same };

/**
 * Colour only on a terminal, never with --no-color or NO_COLOR (https://no-color.org);
 * FORCE_COLOR=1 forces it (for pagers such as `less -R`), FORCE_COLOR=0 disables it.
 */
export function wantsColor(flag: boolean, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
