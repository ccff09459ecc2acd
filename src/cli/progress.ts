// Progress of a build of more than one spec: on a terminal, one line redrawn
// in place (specs done, each running spec with its stage, elapsed time); in CI
// or a log, one plain line as each spec finishes. A single spec shows nothing.
import type { BuildProgress, BuildStage } from '../compile/progress.js';
import type { Io } from './io.js';

export interface ProgressView {
  readonly listener: (event: BuildProgress) => void;
  /** Clears the live line; call before printing the closing lines. */
  stop(): void;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function progressView(io: Io, now: () => number = () => performance.now()): ProgressView {
  const start = now();
  const running = new Map<number, { file: string; stage: BuildStage }>();
  let done = 0;
  let total = 0;
  let timer: NodeJS.Timeout | null = null;
  const live = io.liveLine;

  const draw = (): void => {
    if (live === null || total <= 1) return;
    const specs = [...running].sort(([a], [b]) => a - b).map(([index, { file, stage }]) => `spec ${index} of ${total} ${file}: ${stage}`);
    live.write([`${done} of ${total} done`, ...specs, seconds(now() - start)].join(' · '));
  };

  return {
    listener(event) {
      total = event.total;
      if (event.kind === 'stage') {
        running.set(event.index, { file: event.file, stage: event.stage });
      } else {
        running.delete(event.index);
        done += 1;
        if (live === null && total > 1) io.err(`[${done}/${total}] ${event.file}: ${event.ok ? 'built' : 'failed'} (${seconds(now() - start)})`);
      }
      // The elapsed time keeps moving while a long stage runs.
      if (live !== null && total > 1 && timer === null) timer = setInterval(draw, 1000).unref();
      draw();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      if (live !== null && total > 1) live.write('');
    },
  };
}
