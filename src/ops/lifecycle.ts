// Health and graceful shutdown. /healthz: the process is alive and serving. /readyz: the releases are
// loaded and every configured platform is connected, and the process is not shutting down (so a load
// balancer stops sending it work). Work in flight is tracked so a shutdown can wait for it.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export class Lifecycle {
  /** Set once a shutdown begins: new events are refused, work in flight finishes. */
  draining = false;
  private readonly parts = new Map<string, boolean>();
  private readonly inflight = new Set<Promise<unknown>>();

  /** Marks one part (releases, slack, discord) ready or not. */
  set(part: string, ready: boolean): void {
    this.parts.set(part, ready);
  }

  get ready(): boolean {
    return !this.draining && this.parts.size > 0 && [...this.parts.values()].every(Boolean);
  }

  get busy(): number {
    return this.inflight.size;
  }

  /** Runs `work`, counted as in flight until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.inflight.add(work);
    const done = () => this.inflight.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when nothing is in flight, or after `timeoutMs` (reporting whether it all finished). */
  async settle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.inflight.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...this.inflight]), timeout]);
      clearTimeout(timer);
    }
    return this.inflight.size === 0;
  }

  /** Answers GET /healthz and /readyz; returns false for any other request (not ours). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/healthz') {
      reply(res, 200, { status: 'ok' });
      return true;
    }
    if (path === '/readyz') {
      reply(res, this.ready ? 200 : 503, { ready: this.ready, draining: this.draining, parts: Object.fromEntries(this.parts) });
      return true;
    }
    return false;
  }

  /** A server of its own for the two endpoints (HEALTH_PORT), for when no Slack HTTP port serves them. */
  async listen(port: number, host?: string): Promise<{ port: number; close(): Promise<void> }> {
    const server: Server = createServer((req, res) => {
      if (!this.handle(req, res)) reply(res, 404, { error: 'not found' });
    });
    server.listen(port, host);
    await once(server, 'listening');
    return {
      port: (server.address() as AddressInfo).port,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
