/** Entries shown per page of the public log. */
export const LOG_PAGE_SIZE = 50;

/** A tree index from the URL (`?before=`, `/log/entries/[index]`), or null when it is not a plain decimal number. */
export function parseLogNumber(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** `1 entry`, `1,000,000 entries`. */
export function formatEntryCount(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;
}
