import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** The environment variables the server reads, with their defaults. */
const EnvSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_PATH: Type.String({ default: 'data/dateline.db', minLength: 1 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://\\S+$' })),
});

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  logLevel: string;
  /** Base URL used in `links`; when absent, links are relative to the request's host. */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {}

/** Parses and validates the environment once, at start; every bad value is named in the message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const problems = [...Value.Errors(EnvSchema, converted)].map(
    (error) => `${error.path.slice(1)}: ${error.message} (got ${JSON.stringify(raw[error.path.slice(1)])})`,
  );
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const env_ = converted as Static<typeof EnvSchema>;
  return {
    host: env_.HOST,
    port: env_.PORT,
    databasePath: env_.DATABASE_PATH,
    logLevel: env_.LOG_LEVEL,
    publicUrl: env_.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
