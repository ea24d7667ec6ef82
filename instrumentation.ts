/**
 * The web process's composition root: Next calls register() once per server process before it
 * serves requests. Start-up itself (lib/runtime/start-portal.ts) resolves after its first attempt;
 * while the database is unreachable the portal answers 503 and keeps trying in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // Route code sees only headers; this stamps each request with its socket address (lib/http/socket-peer.ts).
  const { installSocketPeerStamp } = await import('./lib/http/socket-peer');
  installSocketPeerStamp();
  const { startPortal } = await import('./lib/runtime/start-portal');
  await startPortal();
}
