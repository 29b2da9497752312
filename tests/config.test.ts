import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to loopback, port 3000 and a database under data/', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databasePath: 'data/dateline.db',
      databaseSynchronous: 'NORMAL',
      logLevel: 'info',
      logFormat: 'auto',
      publicUrl: undefined,
      corsOrigins: true,
      rateLimit: { max: 600, windowSeconds: 60 },
      cache: { maxAge: 60, staleWhileRevalidate: 300, staleIfError: 86_400 },
      cachePurge: { urls: [], retryBaseMs: 500, timeoutMs: 5000 },
      workers: 1,
      leaseTtlMs: 5000,
      trustProxy: false,
      bodyLimit: 2_097_152,
      auth: { maxFailures: 10, windowSeconds: 60 },
      webhooks: { maxAttempts: 8, retryBaseMs: 10_000, timeoutMs: 10_000 },
    });
  });

  it('reads and converts the environment', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example,https://b.example',
      TRUST_PROXY: 'true',
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_PATH: '/tmp/x.db',
      DATABASE_SYNCHRONOUS: 'FULL',
      PUBLIC_URL: 'https://api.example.org/',
    });
    expect(config).toMatchObject({
      corsOrigins: ['https://a.example', 'https://b.example'],
      trustProxy: true,
      host: '0.0.0.0',
      port: 8080,
      databasePath: '/tmp/x.db',
      databaseSynchronous: 'FULL',
      publicUrl: 'https://api.example.org',
    });
  });

  it('names every bad value', () => {
    const attempt = () =>
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', PUBLIC_URL: 'ftp://x', DATABASE_SYNCHRONOUS: 'OFF' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT.*70000/);
    expect(attempt).toThrow(/LOG_LEVEL.*loud/);
    expect(attempt).toThrow(/PUBLIC_URL.*ftp:\/\/x/);
    expect(attempt).toThrow(/DATABASE_SYNCHRONOUS.*OFF/);
  });
});
