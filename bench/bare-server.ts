import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

/**
 * The bare-Fastify twin: serves, from memory, the very bytes the API answered for the same
 * requests, so a ratio of the two measures what Dateline's own work costs.
 * Usage: tsx bench/bare-server.ts <responses.json> (prints its port).
 */
const responses = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as { contentType: string; body: string }[];
const bodies = responses.map((response) => ({ contentType: response.contentType, body: Buffer.from(response.body) }));
const app = Fastify({ logger: false });
app.get<{ Params: { index: string } }>('/bare/:index', async (request, reply) => {
  const response = bodies[Number(request.params.index) % bodies.length];
  return reply.type(response?.contentType ?? 'application/json').send(response?.body ?? '');
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(address);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
