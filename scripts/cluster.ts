import { startLocalStack } from '../deploy/local-stack.ts';

/**
 * `npm run cluster`: the cache tier on loopback for a local try. Varnish (deploy/varnish/dateline.vcl)
 * on VARNISH_PORT (6081) in front of the API on PORT (3000; WORKERS processes when set), which purges
 * it after every write. Every other variable (DATABASE_PATH, …) goes to the API as `npm run dev` reads
 * it. Ctrl-C stops both.
 */

const varnishPort = Number(process.env.VARNISH_PORT ?? 6081);
const stack = await startLocalStack({
  apiArgs: ['--import', 'tsx', 'src/server.ts'],
  apiPort: Number(process.env.PORT ?? 3000),
  varnishPort,
  env: { LOG_FORMAT: process.env.LOG_FORMAT ?? 'json' },
  logTo: process.stdout,
});

console.log(`
Dateline behind Varnish:
  readers → ${stack.varnish.url}  (varnishd pid ${stack.varnish.pid}, -n ${stack.varnish.workdir})
          → ${stack.apiUrl}  (the API, pid ${stack.api.pid}; WORKERS=${process.env.WORKERS ?? 1})
          → ${process.env.DATABASE_PATH ?? 'data/dateline.db'}

  curl -si ${stack.varnish.url}/articles | grep -i x-cache     # MISS, then HIT
  curl -si -H 'X-Cache-Debug: 1' ${stack.varnish.url}/articles # shows Surrogate-Key and TTLs
  varnishlog -n ${stack.varnish.workdir} -g request            # what Varnish does, live
Writes go to the API (${stack.apiUrl}); each one purges Varnish. Ctrl-C stops both.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void stack.stop().then(() => process.exit(0));
  });
}
stack.api.once('exit', (code) => {
  if (stopping) return;
  console.error(`The API exited (${code}); stopping Varnish.`);
  void stack.varnish.stop().then(() => process.exit(1));
});
