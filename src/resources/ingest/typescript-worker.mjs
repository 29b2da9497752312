// Only when running from the TypeScript sources (tsx, vitest): a worker thread does not inherit the
// loader that compiles TypeScript, and Node 20 ignores `--import` in a worker's execArgv, so this
// plain module registers tsx's loader first. The compiled server (dist/) loads the worker's .js directly.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extraction-worker.ts');
export default worker.default;
