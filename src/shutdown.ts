import type { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  /** Where signals arrive; `process` in production, an emitter in tests. */
  signals?: EventEmitter;
  exit?: (code: number) => void;
  /** How long in-flight requests get before the process exits anyway. */
  graceMs?: number;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish, close the
 * database (the app's onClose hook), then exit. A second signal or the grace period ends it sooner.
 */
export function closeOnSignals(app: FastifyInstance, options: ShutdownOptions = {}) {
  const { signals = process, exit = (code: number) => process.exit(code), graceMs = 10_000 } = options;
  let closing = false;
  const onSignal = (signal: string) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error({ graceMs }, 'in-flight requests did not finish in time');
      exit(1);
    }, graceMs);
    timer.unref();
    // Keep-alive connections whose last request finishes after closing began would hold the
    // server open until the client hangs up; close each as soon as it falls idle.
    const reaper = setInterval(() => app.server.closeIdleConnections(), 50);
    reaper.unref();
    app.close().then(
      () => {
        clearTimeout(timer);
        clearInterval(reaper);
        app.log.info('closed cleanly');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        clearInterval(reaper);
        app.log.error({ err: error }, 'error while shutting down');
        exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT']) signals.on(signal, () => onSignal(signal));
}
