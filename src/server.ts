import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedDatabase } from '../seed/load.ts';

/** Starts the API: config → database (migrated, seeded once) → app → listen; closes cleanly on signals. */
async function main() {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  const { seeded } = seedDatabase(db);
  const app = await buildApp({ config, db, logger: { level: config.logLevel } });
  app.log.info({ databasePath: config.databasePath, seeded }, seeded ? 'database seeded' : 'database already seeded');

  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'error while shutting down');
          process.exit(1);
        },
      );
    });
  }

  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
