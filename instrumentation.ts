export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // Route code sees only headers; this stamps each request with its socket address (lib/http/socket-peer.ts).
  const { installSocketPeerStamp } = await import('./lib/http/socket-peer');
  installSocketPeerStamp();
  const { getDb } = await import('./lib/db');
  await getDb();
}
