// Derives the spec's TypeScript types from the JSON Schema, the single source
// of truth for the spec's shape. `--check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const schema = JSON.parse(readFileSync(new URL('../schemas/aiarch.schema.json', import.meta.url), 'utf8'));
const target = new URL('../src/spec/types.generated.ts', import.meta.url);
const ts = await compile(schema, 'Spec', {
  bannerComment: '/* Generated from schemas/aiarch.schema.json by `npm run gen:types`. Do not edit. */',
  additionalProperties: false,
  strictIndexSignatures: true,
  unreachableDefinitions: false,
  maxItems: -1,
  style: { singleQuote: true },
});
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== ts) {
    console.error('src/spec/types.generated.ts is stale: run `npm run gen:types`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, ts);
}
