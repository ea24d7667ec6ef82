const MAX_WARNINGS = 200;

/** Collects what a parser stored but will not match, said once each, capped so a huge document stays readable. */
export class AdvisoryWarnings {
  private readonly seen = new Set<string>();
  private dropped = 0;

  add(message: string): void {
    if (this.seen.has(message)) return;
    if (this.seen.size >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.seen.add(message);
  }

  list(): string[] {
    const warnings = [...this.seen];
    if (this.dropped > 0) warnings.push(`and ${this.dropped} more warnings`);
    return warnings;
  }
}
