import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Vitest global setup: the browser tests drive the built desk, so build it when it is missing or
 * older than its sources (the desk, and the typed client it is made with). A fresh build costs a
 * few seconds; an up-to-date one only a look at file times.
 */
const SOURCES = ['desk', 'src/client'];
const BUILT = 'dist/desk/index.html';

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestIn(join(path, entry))));
}

export default async function setup() {
  const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  if (builtAt > Math.max(...SOURCES.map(newestIn))) return;
  await build({ configFile: 'desk/vite.config.ts', logLevel: 'warn' });
}
