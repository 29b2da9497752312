import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SupervisedChild {
  /** True once the child has exited (for whatever reason). */
  readonly exited: boolean;
  /** Stops it (`signal`, then SIGKILL after `graceMs`) and removes its folder; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * The lifecycle of a server the tests and tools start (varnishd, a throwaway PostgreSQL): stopped by
 * pid with `signal`, killed if it has not gone after `graceMs`, its working folder removed, and killed
 * with this process should that end without stop() (a crash, Ctrl-C), so it never outlives us.
 */
export function supervise(child: ChildProcess, options: { signal: NodeJS.Signals; graceMs: number; folder: string }) {
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
    rmSync(options.folder, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const supervised: SupervisedChild = {
    get exited() {
      return exited;
    },
    stop: () =>
      (stopped ??= (async () => {
        if (!exited) {
          child.kill(options.signal);
          await Promise.race([exit, sleep(options.graceMs)]);
          if (!exited) {
            child.kill('SIGKILL');
            await exit;
          }
        }
        process.off('exit', killOnExit);
        rmSync(options.folder, { recursive: true, force: true });
      })()),
  };
  return supervised;
}
