import { processWide } from '@/lib/process-wide';

type JobState = { timers: ReturnType<typeof setTimeout>[]; isRunning: boolean; isStarted: boolean };

/**
 * Starts a job the web process repeats on a timer, once per process (`key`; a second start while it
 * runs keeps the first): `run` after `firstDelayMs` (at most one interval), then every `intervalMs`
 * (0 or less: never), without keeping the process alive. A run still going when the next is due is
 * not doubled; a failing run is printed as "<what> failed" and tried again at the next interval.
 * Returns a function that stops it.
 */
export function startRepeatingJob(key: string, what: string, timing: { intervalMs: number; firstDelayMs: number }, run: () => Promise<void>): () => void {
  const job = processWide<JobState>(`RepeatingJob:${key}`, () => ({ timers: [], isRunning: false, isStarted: false }));
  const stop = () => {
    for (const timer of job.timers.splice(0)) clearTimeout(timer);
    job.isStarted = false;
  };
  if (job.isStarted || timing.intervalMs <= 0) return stop;
  job.isStarted = true;
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
  const first = setTimeout(() => void tick(), Math.min(timing.firstDelayMs, timing.intervalMs));
  const every = setInterval(() => void tick(), timing.intervalMs);
  first.unref?.();
  every.unref?.();
  job.timers.push(first, every);
  return stop;
}
