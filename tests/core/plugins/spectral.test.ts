import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname;

interface SpectralResult {
  code: string;
  severity: number;
  message: string;
  path: (string | number)[];
}

describe('openapi.yaml under Spectral', () => {
  it('passes the OpenAPI and OWASP API Security rulesets with no errors', async () => {
    // Exit code 1 means problems at error severity; the JSON report says which, so read it either way.
    const { stdout } = await run(
      'node_modules/.bin/spectral',
      ['lint', 'openapi.yaml', '--ruleset', '.spectral.mjs', '-f', 'json', '--quiet'],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const results = JSON.parse(stdout) as SpectralResult[];
    const errors = results
      .filter((result) => result.severity === 0)
      .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(errors).toEqual([]);
    // The rulesets did run: their warnings (for example unauthenticated reads, which are intended) show up.
    expect(results.some((result) => result.code.startsWith('owasp:'))).toBe(true);
  }, 120_000);
});
