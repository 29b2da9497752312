import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Fills deploy/varnish/dateline.vcl in for one deployment: where the API listens and who may PURGE.
 * The committed file is valid VCL as it stands (API on 127.0.0.1:3000, purges from loopback); this
 * rewrites only the lines marked `# render: …`, so the file stays the one place the behaviour lives.
 */

export const VCL_TEMPLATE_PATH = fileURLToPath(new URL('./dateline.vcl', import.meta.url));

export interface VclSettings {
  /** The API's port. */
  backendPort: number;
  /** The API's address, an IP literal; loopback unless the API runs elsewhere. */
  backendHost?: string;
  /** Addresses allowed to PURGE and to ask for X-Cache-Debug: IPs or CIDR ranges (`10.0.0.0/8`). */
  purgers?: string[];
}

export const DEFAULT_PURGERS = ['127.0.0.1', '::1'];

export class VclSettingsError extends Error {}

/** An ACL entry as VCL writes it: `"10.0.0.0"/8;`. Refuses anything but an address or range. */
function aclEntry(entry: string): string {
  const [address = '', prefix, ...rest] = entry.trim().split('/');
  const family = isIP(address);
  const bits = prefix === undefined ? undefined : Number(prefix);
  const maxBits = family === 6 ? 128 : 32;
  if (
    family === 0 ||
    rest.length > 0 ||
    (bits !== undefined && (!/^\d+$/.test(prefix ?? '') || bits < 0 || bits > maxBits))
  ) {
    throw new VclSettingsError(`Not an IP address or CIDR range for the purge ACL: "${entry}"`);
  }
  return bits === undefined ? `"${address}";` : `"${address}"/${bits};`;
}

function replaceQuotedValue(vcl: string, marker: string, value: string): string {
  const line = new RegExp(`^(.*?)"[^"]*"(;\\s*# render: ${marker})$`, 'm');
  if (!line.test(vcl)) throw new VclSettingsError(`The VCL has no line marked "# render: ${marker}"`);
  return vcl.replace(line, (_match, before: string, after: string) => `${before}"${value}"${after}`);
}

function replaceBlock(vcl: string, marker: string, lines: string[]): string {
  const block = new RegExp(`^(\\s*)# render: ${marker}\\n[\\s\\S]*?^\\s*# render: end$`, 'm');
  if (!block.test(vcl)) throw new VclSettingsError(`The VCL has no block marked "# render: ${marker}"`);
  return vcl.replace(block, (_match, indent: string) =>
    [`${indent}# render: ${marker}`, ...lines.map((line) => indent + line), `${indent}# render: end`].join('\n'),
  );
}

/** The VCL for these settings, from the committed template (or another one, for tests). */
export function renderVcl(settings: VclSettings, template = readFileSync(VCL_TEMPLATE_PATH, 'utf8')): string {
  const { backendPort, backendHost = '127.0.0.1', purgers = DEFAULT_PURGERS } = settings;
  if (!Number.isInteger(backendPort) || backendPort < 1 || backendPort > 65_535) {
    throw new VclSettingsError(`backendPort must be a port number, got ${backendPort}`);
  }
  if (isIP(backendHost) === 0) throw new VclSettingsError(`backendHost must be an IP address, got "${backendHost}"`);
  let vcl = replaceQuotedValue(template, 'backend-host', backendHost);
  vcl = replaceQuotedValue(vcl, 'backend-port', String(backendPort));
  // An empty ACL matches no one: nobody may purge.
  return replaceBlock(vcl, 'purgers', purgers.map(aclEntry));
}
