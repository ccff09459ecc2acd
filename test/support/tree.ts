// Every file under a folder, by relative path, with its bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string, prefix: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else files.set(prefix + entry, readFileSync(full));
    }
  };
  walk(dir, '');
  return files;
}
