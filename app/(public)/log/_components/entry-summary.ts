export type EntrySummary = { type: string; at: string | null };

/** Type and time of a readable canonical entry text; null when the text is not an entry object. */
export function summarizeEntry(text: string): EntrySummary | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const { type, at } = value as { type?: unknown; at?: unknown };
    if (typeof type !== 'string') return null;
    return { type, at: typeof at === 'string' ? at : null };
  } catch {
    return null;
  }
}

/** The canonical text re-indented for reading (the canonical text itself is what is hashed). */
export function prettyEntry(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
