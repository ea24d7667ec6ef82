/** The CRA deadlines of a vendor task (Regulation (EU) 2024/2847, Art. 14). */
export type CraClocks = {
  /** 24 h after the vendor learnt that it is actively exploited (null when it is not known to be). */
  earlyWarningDue: string | null;
  /** 72 h after the vendor was notified. */
  notificationDue: string;
  /** 14 days after a fix became available (null until then). */
  finalReportDue: string | null;
};

const HOUR = 3_600_000;

/** The deadlines, counted from when the vendor was notified, the exploitation became known, the fix was available. */
export function craClocks(task: { notifiedAt: Date; exploitedAt: Date | null; fixAvailableAt: Date | null }): CraClocks {
  const from = (d: Date, hours: number) => new Date(d.getTime() + hours * HOUR).toISOString();
  const exploitedKnown = task.exploitedAt ? new Date(Math.max(task.exploitedAt.getTime(), task.notifiedAt.getTime())) : null;
  return {
    earlyWarningDue: exploitedKnown ? from(exploitedKnown, 24) : null,
    notificationDue: from(task.notifiedAt, 72),
    finalReportDue: task.fixAvailableAt ? from(task.fixAvailableAt, 14 * 24) : null,
  };
}
