export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One text value of a search parameter; repeated or missing ones read as ''. */
export function paramText(params: Record<string, string | string[] | undefined>, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? value.trim() : '';
}
