// Exactly-once answers. Slack resends an event whose ack was slow (X-Slack-Retry-Num), and a replayed
// request carries the same ids: each delivery is answered the first time its id is seen (in this process
// or, with REDIS_URL, by any instance) and only acknowledged after that.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Runtime } from '../../ops/runtime.js';

/** The id Slack gives one delivery: event_id for events, trigger_id for commands and interactions. */
export function deliveryId(body: Record<string, unknown>): string | undefined {
  const id = body['event_id'] ?? body['trigger_id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Global middleware: a repeated delivery is acknowledged and goes no further; the rest is tracked in flight. */
export function onlyOnce(runtime: Runtime): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const id = deliveryId(args.body as unknown as Record<string, unknown>);
    if (id !== undefined && !(await runtime.deliveries.first(`slack:${id}`))) {
      runtime.logger.info({ platform: 'slack', delivery: id, retry: args.context.retryNum ?? 0 }, 'repeated delivery acknowledged, not answered');
      // Events were acknowledged by Bolt before any middleware; commands and clicks are acknowledged here.
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await runtime.lifecycle.track(args.next());
  };
}
