export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One text value of a search parameter; repeated or missing ones read as ''. */
export function paramText(params: Record<string, string | string[] | undefined>, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** `path?query` with the empty values left out. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
