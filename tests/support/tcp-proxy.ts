import { connect, createServer, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of a server (a test's PostgreSQL), to make that server fail the ways a
 * network does: go silent (connections stay open, nothing more passes, as in a partition or a hung
 * host) or go away (every connection cut, new ones refused, as when the server is down).
 */
export interface TcpProxy {
  port: number;
  /** From now on nothing passes either way, on open connections and new ones alike. */
  silence(): void;
  /** Cuts every connection and stops listening: new connections are refused. Safe to call twice. */
  cut(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs: [Socket, Socket][] = [];
  let silent = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (silent) return;
    const upstream = connect(targetPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  let closed: Promise<void> | undefined;
  return {
    port,
    silence: () => {
      silent = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    cut: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
}
