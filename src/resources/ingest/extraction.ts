import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createExtractionPool, type ExtractionPool } from './extraction-pool.ts';

declare module 'fastify' {
  interface FastifyInstance {
    extraction: ExtractionPool;
  }
}

/** The ingest extraction threads, one pool per app, stopped when the app closes. */
async function extractionPlugin(app: FastifyInstance) {
  const pool = createExtractionPool();
  app.decorate('extraction', pool);
  app.addHook('onClose', async () => pool.close());
}

export default fp(extractionPlugin, { name: 'extraction' });
