// aiarch init [FILE]: writes a commented starter spec that already validates.
import type { Command } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { SCHEMA_PATH } from '../../spec/schema-file.js';
import { UsageError, type Io } from '../io.js';
import { STARTER_TEMPLATE_PATH } from '../package-files.js';
import { display } from '../paths.js';

/** The starter text with its modeline pointing at the schema relative to the new file's folder. */
export function starterSpec(file: string): string {
  const schema = relative(dirname(file), SCHEMA_PATH).split(sep).join('/');
  return readFileSync(STARTER_TEMPLATE_PATH, 'utf8').replace('{{schema}}', schema);
}

export function register(program: Command, io: Io): void {
  program
    .command('init')
    .description('write a commented starter spec (never overwrites)')
    .argument('[file]', 'where to write it', 'specs/my-client.yaml')
    .action((target: string) => {
      const file = resolve(io.cwd, target);
      const name = display(io, file);
      mkdirSync(dirname(file), { recursive: true });
      try {
        // 'wx' fails when the file exists, with no window between a check and the write.
        writeFileSync(file, starterSpec(file), { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${name} already exists; choose another name (aiarch init FILE)`);
        throw error;
      }
      io.err(`Wrote ${name}. Fill in the fields marked "EDIT", then run: aiarch validate ${name}`);
    });
}
