export type SignInOutcome = { ok: true } | { ok: false; message: string };

const GENERIC_FAILURE = 'Sign-in did not work. Try again in a moment.';

/**
 * Signs in through next-auth's credentials callback directly (not signIn()), so a throttled
 * attempt comes back as its own 429 with the server's explanation.
 */
export async function signInWithCredentials(input: { email: string; password: string; callbackUrl: string }): Promise<SignInOutcome> {
  try {
    const csrf = await fetch('/api/auth/csrf', { cache: 'no-store' });
    const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
    if (!csrf.ok || !csrfToken) return { ok: false, message: GENERIC_FAILURE };

    const response = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...input, csrfToken, json: 'true' }),
      cache: 'no-store',
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { url?: string; detail?: string } | null;
    if (response.status === 429) return { ok: false, message: body?.detail ?? 'Too many attempts. Wait and try again.' };
    const message = body?.url ? new URL(body.url, window.location.origin).searchParams.get('error') : null;
    if (message === 'CredentialsSignin') return { ok: false, message: 'The email or password is not correct.' };
    return { ok: false, message: message || GENERIC_FAILURE };
  } catch {
    return { ok: false, message: 'Could not reach the server. Check your connection and try again.' };
  }
}
