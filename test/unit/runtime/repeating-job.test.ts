import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRepeatingJob } from '@/lib/runtime/repeating-job';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startRepeatingJob', () => {
  it('runs after the first delay, then every interval; a second start keeps the first; stop stops it', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => {});
    const stop = startRepeatingJob('test-basic', 'Test job', { intervalMs: 1_000, firstDelayMs: 100 }, run);
    const again = startRepeatingJob('test-basic', 'Test job', { intervalMs: 1_000, firstDelayMs: 100 }, run);
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run).toHaveBeenCalledTimes(3);
    again();
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(3);
    // Stopped, it can start again.
    const restarted = startRepeatingJob('test-basic', 'Test job', { intervalMs: 1_000, firstDelayMs: 0 }, run);
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(4);
    restarted();
  });

  it('never doubles a run still going, survives a failing run, and does nothing with interval 0', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let release = () => {};
    let calls = 0;
    const stop = startRepeatingJob('test-slow', 'Slow job', { intervalMs: 100, firstDelayMs: 0 }, async () => {
      calls++;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      if (calls === 2) throw new Error('boom');
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(3);
    expect(console.error).toHaveBeenCalledWith('Slow job failed; it runs again at the next interval', expect.any(Error));
    stop();
    const never = vi.fn(async () => {});
    startRepeatingJob('test-off', 'Off job', { intervalMs: 0, firstDelayMs: 0 }, never)();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(never).not.toHaveBeenCalled();
  });
});
