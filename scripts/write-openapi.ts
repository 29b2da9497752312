import { writeFileSync } from 'node:fs';
import { clientTypes, openapiYaml } from '../src/core/plugins/openapi-document.ts';

/** Regenerates the committed `openapi.yaml` and the client's types from the route schemas (`npm run openapi`). */
const yaml = await openapiYaml();
writeFileSync(new URL('../openapi.yaml', import.meta.url), yaml);
writeFileSync(new URL('../src/client/openapi-types.ts', import.meta.url), await clientTypes(yaml));
console.log('wrote openapi.yaml and src/client/openapi-types.ts');
