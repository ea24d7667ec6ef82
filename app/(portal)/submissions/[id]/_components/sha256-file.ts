/** Files up to this size are hashed in the browser to check the server's digest (the whole file is read into memory). */
export const LOCAL_HASH_LIMIT = 256 * 1024 * 1024;

/** The file's SHA-256 in lowercase hex, or null when it is too large or the browser offers no WebCrypto here (plain http). */
export async function sha256OfFile(file: File): Promise<string | null> {
  if (file.size > LOCAL_HASH_LIMIT || typeof crypto === 'undefined' || !crypto.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
