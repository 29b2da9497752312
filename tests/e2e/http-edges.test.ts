import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bearer, useSeededApp } from '../support/app.ts';

/**
 * What happens before any route runs, over a real socket: requests Node's parser refuses, URLs
 * the router cannot read, pipelining, clients that vanish. Each answer is a problem+json with the
 * same security headers as any other, and nothing is logged as an unhandled error.
 */

const logged: { level: number; msg: string }[] = [];
const ctx = useSeededApp({
  listen: true,
  logger: { level: 'warn', stream: { write: (line: string) => void logged.push(JSON.parse(line)) } },
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends raw bytes on one connection; resolves with everything the server sent until it closed. */
function exchange(bytes: string, { reset = false } = {}): Promise<string> {
  const { port } = new URL(ctx.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 3000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => (reset ? undefined : reject(error)));
    socket.write(bytes, 'latin1');
    if (reset) socket.resetAndDestroy();
  });
}

/** Splits what came back into HTTP/1.1 answers (each with a Content-Length). */
function answers(raw: string): Answer[] {
  const parsed: Answer[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? 0);
    // Bytes were read as latin1 so that Content-Length counts them; the body itself is UTF-8.
    const body = Buffer.from(rest.slice(end + 4, end + 4 + length), 'latin1').toString('utf8');
    parsed.push({ status: Number(statusLine.split(' ')[1]), headers, body });
    rest = rest.slice(end + 4 + length);
  }
  return parsed;
}

function expectProblem(answer: Answer | undefined, status: number, type: string) {
  expect(answer?.status).toBe(status);
  expect(answer?.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer?.headers['x-content-type-options']).toBe('nosniff');
  expect(answer?.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(answer?.headers['cache-control']).toBe('no-store');
  const problem = JSON.parse(answer?.body ?? '{}');
  expect(problem).toMatchObject({ type, status, title: expect.any(String), detail: expect.any(String) });
  expect(problem.requestId).toBe(answer?.headers['x-request-id']);
}

const unhandled = () => logged.filter((line) => line.level >= 50 || /unhandled/.test(line.msg));

describe('requests refused before routing, over a real socket', () => {
  it('answers bytes not allowed in a header with a 400 problem', async () => {
    const [answer] = answers(await exchange('GET /articles HTTP/1.1\r\nHost: x\r\nX-Bad: a\x01b\r\n\r\n'));
    expectProblem(answer, 400, '/problems/bad-request');
  });

  it('answers headers over the size limit with a 431 problem', async () => {
    const [answer] = answers(
      await exchange(`GET /articles HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    expectProblem(answer, 431, '/problems/request-header-fields-too-large');
  });

  it('answers a path segment too long for any slug with a 414 problem, its instance cut to 1,000 characters', async () => {
    const path = `/people/${'a'.repeat(5000)}`;
    const [answer] = answers(await exchange(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    expectProblem(answer, 414, '/problems/uri-too-long');
    expect(JSON.parse(answer?.body ?? '{}').instance).toHaveLength(1000);
  });

  it('answers a URL that is not valid percent-encoding with a 400 problem', async () => {
    const [answer] = answers(await exchange('GET /people/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    expectProblem(answer, 400, '/problems/malformed-url');
  });

  it('answers the request before Connection: close and drops the one pipelined after it', async () => {
    const raw = await exchange(
      'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    const got = answers(raw);
    expect(got.map((answer) => answer.status)).toEqual([200]);
    expect(JSON.parse(got[0]?.body ?? '{}')).toEqual({ status: 'ok' });
  });

  it('finishes a good answer before refusing a malformed request pipelined behind it', async () => {
    const raw = await exchange(
      'GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nX-Bad: a\x01b\r\n\r\n',
    );
    const [first, second] = answers(raw);
    expect(first?.status).toBe(200);
    expect(JSON.parse(first?.body ?? '{}')).toEqual({ status: 'ok' });
    expectProblem(second, 400, '/problems/bad-request');
  });

  it('lets a client reset its connection right after sending, without an error', async () => {
    for (let n = 0; n < 10; n++) {
      await exchange('GET /articles HTTP/1.1\r\nHost: x\r\n\r\n', { reset: true });
      await exchange(
        'POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
        {
          reset: true,
        },
      );
    }
  });

  it('accepts a DELETE sent with Content-Type: application/json and no body', async () => {
    const write = await bearer(ctx.app, 'write');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/people',
      headers: write,
      payload: { name: 'Ada Deleted' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json().data;
    const raw = await exchange(
      `DELETE /people/${id} HTTP/1.1\r\nHost: x\r\nAuthorization: ${write.authorization}\r\n` +
        `If-Match: ${created.headers.etag}\r\nContent-Type: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(answers(raw)[0]?.status).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: `/people/${id}`, headers: write })).statusCode).toBe(404);
  });

  it('logged no unhandled error for any of it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled()).toEqual([]);
  });
});
