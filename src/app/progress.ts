/**
 * A one-line progress display on a TTY (count, rate, ETA when the total is
 * known); silent otherwise, so logs and pipes get only the final summary.
 */
export class ProgressLine {
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true) {
    this.stream = stream;
    this.enabled = enabled;
  }

  /** Redraw (at most ~10 times a second). `done`/`total` count units of work (e.g. files). */
  update(count: number, label: string, done?: number, total?: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? count / secs : 0;
    let eta = "";
    if (done !== undefined && total !== undefined && done > 0 && total >= done) {
      const remaining = ((now - this.started) / done) * (total - done);
      eta = ` · ETA ${formatSeconds(remaining / 1000)}`;
    }
    const bar = total ? ` [${"#".repeat(Math.round((20 * (done ?? 0)) / total)).padEnd(20, ".")}]` : "";
    this.stream.write(`\r\x1b[K${bar} ${count} ${label} · ${rate.toFixed(1)}/s${eta}`);
  }

  /** Clear the line. */
  end(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}

/** `75` → `1m15s`. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s - m * 60)).padStart(2, "0")}s`;
}
