import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { boundedProblem, frameworkProblem } from '../http/problem-types.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * Requests Node's HTTP parser rejects before Fastify sees them: bytes not allowed in a header,
 * a request line and headers over the size limit (431), a request that did not arrive in time
 * (408). They are answered as problem+json with the same security headers as every other answer.
 *
 * A connection may still be answering an earlier request when the bad bytes arrive: a request
 * pipelined after `Connection: close`, or a good request followed by a broken one. Writing the
 * error then would cut into that answer, so the answer is finished first; then the error follows
 * (nothing follows data after `Connection: close`, which is dropped) and the connection closes.
 */

/** The answer last started on each connection. */
const answering = new WeakMap<Socket, ServerResponse>();

interface ClientError extends Error {
  code?: string;
}

function statusOf(error: ClientError): number {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

function answer(error: ClientError, socket: Socket) {
  const status = statusOf(error);
  const requestId = randomUUID();
  const problem = frameworkProblem(status, error.code, 'The request is not well-formed HTTP/1.1.');
  const body = JSON.stringify(boundedProblem({ ...problem, requestId }));
  const headers = {
    ...securityHeaders(),
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-request-id': requestId,
    date: new Date().toUTCString(),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n${body}`, () => socket.destroy());
}

/** Fastify's `clientErrorHandler`. */
export function clientErrorHandler(this: FastifyInstance, error: ClientError, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  this.log.debug({ err: error }, 'malformed request');
  const inProgress = answering.get(socket);
  if (inProgress && !inProgress.writableFinished) {
    // Data after `Connection: close` is dropped: Node closes the connection once that answer is sent.
    if (error.code !== 'HPE_CLOSED_CONNECTION') {
      inProgress.once('finish', () => (socket.writable ? answer(error, socket) : socket.destroy()));
    }
    return;
  }
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  answer(error, socket);
}

async function clientErrors(app: FastifyInstance) {
  app.server.on('request', (request: { socket: Socket }, response: ServerResponse) =>
    answering.set(request.socket, response),
  );
  // A client that reset its connection right after sending (or whose connection an error closed)
  // waits for no answer, and its request has no address to rate-limit by: stop before any other hook.
  app.addHook('onRequest', async (request, reply) => {
    const { socket } = request.raw;
    // After a reset the socket has no peer any more, even before Node marks it destroyed.
    if (socket.destroyed || socket.remoteAddress === undefined) {
      request.log.debug('client gone before its request was read');
      reply.hijack();
    }
  });
}

/**
 * Tracks which answer each connection is writing (for `clientErrorHandler`), and drops requests
 * whose client is already gone. Register it before any plugin with onRequest hooks.
 */
export default fp(clientErrors, { name: 'client-errors' });
