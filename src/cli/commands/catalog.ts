// aiarch catalog [PLATFORM] [--json]: the platform facts and prices aiarch uses.
import type { Command } from 'commander';
import { formatPlatform } from '../../catalog/format.js';
import { loadCatalog } from '../../catalog/load.js';
import { didYouMean } from '../../spec/suggest.js';
import { UsageError, type Io } from '../io.js';

export function register(program: Command, io: Io): void {
  program
    .command('catalog')
    .description('print the platform catalog: models with prices and dates, certifications, regions, features')
    .argument('[platform]', 'one platform id, e.g. aws-bedrock')
    .option('--json', 'print the catalog as JSON on stdout')
    .action((id: string | undefined, options: { json?: boolean }) => {
      const catalog = loadCatalog();
      const platform = id === undefined ? undefined : catalog[id];
      if (id !== undefined && !platform) {
        throw new UsageError(`unknown platform "${id}"${didYouMean(id, Object.keys(catalog))}; known: ${Object.keys(catalog).join(', ')}`);
      }
      const platforms = platform ? [platform] : Object.values(catalog);
      if (options.json) io.out(JSON.stringify(platform ?? catalog, null, 2));
      else io.out(platforms.map(formatPlatform).join('\n\n'));
    });
}
