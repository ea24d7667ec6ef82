import http from 'node:http';
import https from 'node:https';

/**
 * The socket address of an HTTP request, for code that only sees headers. Next.js gives route
 * handlers no socket (NextRequest.ip is gone) and `next start` only *fills in* X-Forwarded-For
 * with the socket address when the client sent none (`??=` in base-server), so a client that
 * sends its own X-Forwarded-For hides the real peer. Installed once from instrumentation.ts, this
 * stamps every incoming request with its peer in `x-trustledger-socket-peer`, overwriting any
 * value the client sent under that name, before Next sees the request.
 */
export const SOCKET_PEER_HEADER = 'x-trustledger-socket-peer';

const INSTALLED = Symbol.for('trustledger.socketPeerStamp');

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Sets the stamp on one request (exported for tests and custom servers). */
export function stampSocketPeer(request: http.IncomingMessage): void {
  request.headers[SOCKET_PEER_HEADER] = request.socket?.remoteAddress ?? '';
}

/** Patches the `request` (and `checkContinue`) event of every http and https server in this process; idempotent. */
export function installSocketPeerStamp(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as { emit: Emit; [INSTALLED]?: true };
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event, ...args) {
      if (event === 'request' || event === 'checkContinue') stampSocketPeer(args[0] as http.IncomingMessage);
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
