import cliProgress from "cli-progress";

/** Work shorter than this shows no bar at all. */
const SHOW_AFTER_MS = 800;

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

/**
 * A progress counter on stderr, only when stderr is a terminal, not --quiet, and the work takes a while.
 * Inputs stream in (directories, feeds, WARC), so the total is unknown: it shows counts and rate.
 */
export function startProgress(label: string, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return { tick() {}, stop() {} };
  const started = Date.now();
  let done = 0;
  let failed = 0;
  let bar: cliProgress.SingleBar | null = null;
  const payload = () => ({ failed, rate: Math.round((done / Math.max(1, Date.now() - started)) * 1000) });
  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      if (!bar && Date.now() - started > SHOW_AFTER_MS) {
        bar = new cliProgress.SingleBar(
          { stream, format: `${label} {value} items, {failed} failed, {rate}/s`, hideCursor: true, noTTYOutput: false },
          cliProgress.Presets.shades_classic,
        );
        bar.start(0, done, payload());
      }
      bar?.update(done, payload());
    },
    stop() {
      bar?.stop();
    },
  };
}
