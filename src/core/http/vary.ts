import type { FastifyReply } from 'fastify';

/** Adds to `Vary` without dropping what other plugins (CORS, compression) put there. */
export function addVary(reply: FastifyReply, header: string) {
  const current = reply.getHeader('vary');
  const values = typeof current === 'string' ? current.split(/\s*,\s*/).filter(Boolean) : [];
  if (values.some((value) => value.toLowerCase() === header.toLowerCase())) return;
  reply.header('vary', [...values, header].join(', '));
}
