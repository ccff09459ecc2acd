// Files shipped beside dist/, found from this module's own URL. It sits one
// folder below dist/ both as compiled (dist/cli/) and inside the quick-command
// bundle (dist/quick/, see scripts/bundle-cli.mjs), so one relative path holds
// for both. Modules deeper than that must import their paths from here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STARTER_TEMPLATE_PATH = fileURLToPath(new URL('../../templates/starter.yaml', import.meta.url));

export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
