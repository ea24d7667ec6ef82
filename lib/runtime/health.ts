import 'server-only';
import { ServiceError } from '@/lib/errors';
import { databaseUnavailable, isDatabaseUnavailable } from './database-errors';
import { runtimeState } from './runtime-state';

/**
 * Healthy when start-up finished and every connection of the request pool answers `select 1`
 * within two seconds (the probes go out at once, so each takes its own connection): a pool that
 * still holds a connection lost in a database restart reconnects it here or reports unhealthy,
 * and requests after a green answer find a pool whose connections all work.
 */
export async function checkHealth(): Promise<ServiceError | null> {
  const state = runtimeState();
  if (!state.handle) {
    if (state.phase === 'failed') {
      return new ServiceError(503, 'Service unavailable', 'The portal could not start; the cause is in the server log.', { retryAfterSeconds: 30, phase: state.phase });
    }
    return databaseUnavailable(`The portal is starting: the database is not reachable yet (attempt ${state.attempts}).`);
  }
  try {
    await state.handle.ping({ connections: 'all' });
    return null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailable('The database is not reachable right now; try again in a few seconds.');
    console.error('Health check failed', error);
    return databaseUnavailable('The database did not answer the health check.');
  }
}
