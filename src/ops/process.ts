// The process as a service: a stray rejection or exception is logged and the bot keeps serving (one bad
// request must not take it down for everyone); SIGTERM and SIGINT shut it down gracefully, once.
import type { Logger } from './log.js';

let installed = false;

/** Logs what nothing else caught, instead of letting Node end the process. Installed once per process. */
export function keepServing(logger: Logger): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection; still serving'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception; still serving'));
}

/** Runs `shutdown` on the first SIGTERM or SIGINT; a second signal during it ends the process at once. */
export function onSignals(shutdown: (signal: string) => Promise<void>, logger: Logger): void {
  let started = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (started) {
        logger.warn({ signal }, 'second signal during shutdown: exiting now');
        process.exit(1);
      }
      started = true;
      void shutdown(signal);
    });
  }
}
