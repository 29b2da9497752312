import { writeFileSync } from 'node:fs';
import { openapiYaml } from '../src/openapi-document.ts';

/** Regenerates the committed `openapi.yaml` from the route schemas (`npm run openapi`). */
writeFileSync(new URL('../openapi.yaml', import.meta.url), await openapiYaml());
console.log('wrote openapi.yaml');
