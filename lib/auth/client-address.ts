/**
 * The client address for throttling. Next's server appends the socket address to
 * X-Forwarded-For, so the right-most value is the one a client cannot forge.
 */
export function clientAddressFrom(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  if (!value) return null;
  const last = value.split(',').map((s) => s.trim()).filter(Boolean).pop() ?? '';
  const address = last.replace(/^::ffff:/, '');
  return /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : null;
}
