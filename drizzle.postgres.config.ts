import { defineConfig } from 'drizzle-kit';

// The PostgreSQL store's migrations, in their own folder beside the SQLite ones (drizzle.config.ts):
// `npm run db:generate:postgres`. src/core/db/postgres/client.ts applies them at open.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/core/db/postgres/schema.ts',
  out: './migrations/postgres',
});
