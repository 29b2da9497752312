import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const Choice = <const T extends readonly string[]>(values: T, fallback: T[number], description: string) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    { default: fallback, description },
  );

/** The environment variables the server reads, with their defaults; README.md lists the same. */
export const EnvSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1, description: 'Interface to listen on' }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535, description: 'Port; 0 picks a free one' }),
  DATABASE_PATH: Type.String({ default: 'data/dateline.db', minLength: 1, description: 'The SQLite file' }),
  DATABASE_SYNCHRONOUS: Choice(
    ['NORMAL', 'FULL'],
    'NORMAL',
    'SQLite synchronous mode: NORMAL survives a crash of the process, FULL a power loss too (README, Durability)',
  ),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://\\S+$',
      description: 'A PostgreSQL database (postgres://user:password@host:5432/name) instead of the SQLite file',
    }),
  ),
  DATABASE_READ_URLS: Type.String({
    default: '',
    pattern: '^(postgres(ql)?://[^\\s,]+(,postgres(ql)?://[^\\s,]+)*)?$',
    description:
      'Comma-separated PostgreSQL read replicas: plain reads go to them, writes and transactions to DATABASE_URL',
  }),
  DATABASE_POOL_SIZE: Type.Integer({
    default: 10,
    minimum: 1,
    maximum: 1000,
    description: 'PostgreSQL connections per process: the most queries it runs at once',
  }),
  DATABASE_STATEMENT_TIMEOUT_MS: Type.Integer({
    default: 30_000,
    minimum: 1,
    description: 'PostgreSQL cancels a statement that runs longer (the client gets a 503)',
  }),
  DATABASE_CONNECT_TIMEOUT_MS: Type.Integer({
    default: 5_000,
    minimum: 1,
    description: 'How long to wait for a PostgreSQL connection before answering 503',
  }),
  LOG_LEVEL: Choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info', 'Log threshold'),
  LOG_FORMAT: Choice(['auto', 'json', 'pretty'], 'auto', 'pretty on a terminal, JSON otherwise, when auto'),
  PUBLIC_URL: Type.Optional(
    Type.String({ pattern: '^https?://\\S+$', description: 'Base URL for absolute links; else the request host' }),
  ),
  ARTICLE_URL_TEMPLATE: Type.Optional(
    Type.String({
      pattern: '^https?://\\S*\\{(slug|id)\\}\\S*$',
      description:
        'Where readers find an article, for feeds and JSON-LD, e.g. https://news.example/{slug}; else its API URL',
    }),
  ),
  CORS_ORIGINS: Type.String({
    default: '*',
    pattern: '^(\\*|https?://[^\\s,]+(,https?://[^\\s,]+)*)$',
    description: '`*`, or a comma-separated list of allowed origins',
  }),
  RATE_LIMIT_MAX: Type.Integer({ default: 600, minimum: 1, description: 'Requests per client per window' }),
  RATE_LIMIT_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, description: 'Rate-limit window' }),
  CACHE_MAX_AGE: Type.Integer({ default: 60, minimum: 0, description: 'Seconds shared caches may serve a response' }),
  CACHE_STALE_WHILE_REVALIDATE: Type.Integer({
    default: 300,
    minimum: 0,
    description: 'Seconds a stale response may be served while revalidating',
  }),
  CACHE_STALE_IF_ERROR: Type.Integer({
    default: 86_400,
    minimum: 0,
    description: 'Seconds a cache may serve a stale response when the API is down or failing',
  }),
  CACHE_PURGE_URLS: Type.String({
    default: '',
    pattern: '^(https?://[^\\s,]+(,https?://[^\\s,]+)*)?$',
    description: 'Comma-separated caches (e.g. Varnish) told to PURGE the keys of every change; none by default',
  }),
  CACHE_PURGE_RETRY_BASE_MS: Type.Integer({
    default: 500,
    minimum: 1,
    description: 'First retry delay of a failed purge; each later one doubles, up to a minute',
  }),
  CACHE_PURGE_TIMEOUT_MS: Type.Integer({
    default: 5000,
    minimum: 1,
    description: 'How long a cache may take to purge',
  }),
  WORKERS: Type.Integer({
    default: 1,
    minimum: 1,
    maximum: 64,
    description: 'API processes sharing the port and the database (node cluster); 1 runs the server alone',
  }),
  LEASE_TTL_MS: Type.Integer({
    default: 5000,
    minimum: 500,
    description: 'How long the process running the scheduler and dispatchers holds its lease; another takes over after',
  }),
  TRUST_PROXY: Type.Boolean({ default: false, description: 'Trust X-Forwarded-* (behind a reverse proxy)' }),
  BODY_LIMIT_BYTES: Type.Integer({
    default: 2_097_152,
    minimum: 1024,
    description: 'Largest request body; 413 beyond',
  }),
  AUTH_MAX_FAILURES: Type.Integer({
    default: 10,
    minimum: 1,
    description: 'Failed API-key attempts per window from one address, or for one key id, before they get 429',
  }),
  AUTH_FAILURE_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, description: 'Window for AUTH_MAX_FAILURES' }),
  WEBHOOK_MAX_ATTEMPTS: Type.Integer({ default: 8, minimum: 1, description: 'Attempts per webhook delivery' }),
  WEBHOOK_RETRY_BASE_MS: Type.Integer({
    default: 10_000,
    minimum: 1,
    description: 'First retry delay; each later one doubles (10 s, 20 s, 40 s … by default)',
  }),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ default: 10_000, minimum: 1, description: 'How long a receiver may take' }),
});

export type DatabaseSynchronous = 'NORMAL' | 'FULL';

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  /** SQLite's `synchronous` in WAL mode: FULL also syncs the log at every commit (see README, Durability). */
  databaseSynchronous: DatabaseSynchronous;
  /** PostgreSQL instead of SQLite, when set (src/core/db/store.ts). */
  postgres:
    | { url: string; readUrls: string[]; poolSize: number; statementTimeoutMs: number; connectTimeoutMs: number }
    | undefined;
  logLevel: string;
  logFormat: 'auto' | 'json' | 'pretty';
  /** Base URL used in `links`; when absent, links are relative to the request's host. */
  publicUrl: string | undefined;
  /** Public URL of an article page with `{slug}` or `{id}` placeholders, when a frontend has one. */
  articleUrlTemplate: string | undefined;
  /** `true` for any origin, else the allowed origins. */
  corsOrigins: true | string[];
  rateLimit: { max: number; windowSeconds: number };
  cache: { maxAge: number; staleWhileRevalidate: number; staleIfError: number };
  /** Caches to PURGE by surrogate key when something changes (src/core/cache/purge-dispatcher.ts). */
  cachePurge: { urls: string[]; retryBaseMs: number; timeoutMs: number };
  /** Processes to run (src/core/cluster/primary.ts); one of them leads (src/core/cluster/leader.ts). */
  workers: number;
  leaseTtlMs: number;
  trustProxy: boolean;
  bodyLimit: number;
  auth: { maxFailures: number; windowSeconds: number };
  webhooks: { maxAttempts: number; retryBaseMs: number; timeoutMs: number };
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
  const problems = [...Value.Errors(EnvSchema, converted)].map((error) => {
    const name = error.path.slice(1);
    const hint = EnvSchema.properties[name as keyof typeof EnvSchema.properties]?.description;
    return `${name}: ${error.message} (got ${JSON.stringify(raw[name])})${hint ? ` — ${hint}` : ''}`;
  });
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const e = converted as Static<typeof EnvSchema>;
  return {
    host: e.HOST,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    databaseSynchronous: e.DATABASE_SYNCHRONOUS as DatabaseSynchronous,
    postgres:
      e.DATABASE_URL === undefined
        ? undefined
        : {
            url: e.DATABASE_URL,
            readUrls: e.DATABASE_READ_URLS === '' ? [] : e.DATABASE_READ_URLS.split(','),
            poolSize: e.DATABASE_POOL_SIZE,
            statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
            connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
          },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT as Config['logFormat'],
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    articleUrlTemplate: e.ARTICLE_URL_TEMPLATE,
    corsOrigins: e.CORS_ORIGINS === '*' ? true : e.CORS_ORIGINS.split(','),
    rateLimit: { max: e.RATE_LIMIT_MAX, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    cache: {
      maxAge: e.CACHE_MAX_AGE,
      staleWhileRevalidate: e.CACHE_STALE_WHILE_REVALIDATE,
      staleIfError: e.CACHE_STALE_IF_ERROR,
    },
    cachePurge: {
      urls: e.CACHE_PURGE_URLS === '' ? [] : e.CACHE_PURGE_URLS.split(','),
      retryBaseMs: e.CACHE_PURGE_RETRY_BASE_MS,
      timeoutMs: e.CACHE_PURGE_TIMEOUT_MS,
    },
    workers: e.WORKERS,
    leaseTtlMs: e.LEASE_TTL_MS,
    trustProxy: e.TRUST_PROXY,
    bodyLimit: e.BODY_LIMIT_BYTES,
    auth: { maxFailures: e.AUTH_MAX_FAILURES, windowSeconds: e.AUTH_FAILURE_WINDOW_SECONDS },
    webhooks: {
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
  };
}
