/**
 * The web process's composition root: Next calls register() once per server process before it
 * serves requests. Start-up itself (lib/runtime/start-portal.ts) resolves after its first attempt;
 * while the database is unreachable the portal answers 503 and keeps trying in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startPortal } = await import('./lib/runtime/start-portal');
  await startPortal();
}
