/** A job the web process repeats on a timer: its timers (to stop it) and whether a run is under way. */
export type RepeatingJob = { timers: ReturnType<typeof setTimeout>[]; isRunning: boolean };

/**
 * Runs `run` after `firstDelayMs` (at most one interval), then every `intervalMs` (0 or less: never),
 * without keeping the process alive. A run still going when the next is due is not doubled; a failing
 * run is printed as "<what> failed" and tried again at the next interval.
 */
export function scheduleRepeatingJob(job: RepeatingJob, what: string, intervalMs: number, firstDelayMs: number, run: () => Promise<void>): void {
  if (intervalMs <= 0) return;
  const tick = async () => {
    if (job.isRunning) return;
    job.isRunning = true;
    try {
      await run();
    } catch (error) {
      console.error(`${what} failed; it runs again at the next interval`, error);
    } finally {
      job.isRunning = false;
    }
  };
  const first = setTimeout(() => void tick(), Math.min(firstDelayMs, intervalMs));
  const every = setInterval(() => void tick(), intervalMs);
  first.unref?.();
  every.unref?.();
  job.timers.push(first, every);
}
