import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client.ts';
import { closeStore } from '../db/store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/** Shares the open database with every route plugin and closes it when the app closes. */
async function databasePlugin(app: FastifyInstance, options: { db: Db }) {
  app.decorate('db', options.db);
  app.addHook('onClose', async () => {
    await closeStore(options.db);
  });
}

export default fp(databasePlugin, { name: 'database' });
