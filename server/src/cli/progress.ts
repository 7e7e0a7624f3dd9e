/** A one-line progress bar on stderr, for long batches on a terminal only. */
export const PROGRESS_MIN_FILES = 20;

export interface Progress {
  update(done: number): void;
  end(): void;
}

export function progressBar(total: number, label: string, stream: NodeJS.WriteStream): Progress {
  if (total <= PROGRESS_MIN_FILES || !stream.isTTY) return { update() {}, end() {} };
  const width = 30;
  let lastDrawn = -1;
  let lastTime = 0;
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    update(done) {
      const now = Date.now();
      // Redraw at most ~20 times a second: a terminal is slower than the checker.
      if (done === lastDrawn || (now - lastTime < 50 && done < total)) return;
      lastDrawn = done;
      lastTime = now;
      draw(done);
    },
    end() {
      if (lastDrawn >= 0) stream.write('\r\u001b[2K');
    },
  };
}
