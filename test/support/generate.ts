// Vitest global setup: the standalone schema validators and the parsed shipped
// catalog are build outputs (npm run generate), so a test run makes them
// first, as a build does.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  for (const script of ['gen-validators.mjs', 'gen-catalog.mjs']) {
    execFileSync(process.execPath, [fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url))], { stdio: 'inherit' });
  }
}
