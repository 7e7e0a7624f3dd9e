import { describe, expect, it } from 'vitest';
import { progressBar, PROGRESS_MIN_FILES } from '../../server/src/cli/progress';

function stream(isTTY: boolean): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('progressBar', () => {
  it('draws on a terminal for long batches and clears its line at the end', () => {
    const s = stream(true);
    const bar = progressBar(40, '检查中', s.stream);
    bar.update(40);
    bar.end();
    expect(s.written).toEqual([`\r检查中 [${'█'.repeat(30)}] 40/40`, '\r\u001b[2K']);
  });

  it('stays silent when stderr is not a terminal, or for short batches', () => {
    const piped = stream(false);
    const bar = progressBar(1000, 'x', piped.stream);
    bar.update(500);
    bar.end();
    const short = stream(true);
    const small = progressBar(PROGRESS_MIN_FILES, 'x', short.stream);
    small.update(PROGRESS_MIN_FILES);
    small.end();
    expect([...piped.written, ...short.written]).toEqual([]);
  });
});
