// Shared inputs for the markdown renderer tests: specs parsed with the yaml
// package (independent of the spec loader), fixture diagram sources, and the
// heading outline of a document.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/catalog/load.js';
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import type { Spec } from '../../../src/spec/types.js';
import { DIAGRAM_NAMES, type DiagramName, type DiagramSource } from '../../../src/render/types.js';

const root = new URL('../../../', import.meta.url);
const here = new URL('./', import.meta.url);

export function readSpec(url: URL): Spec {
  return parse(readFileSync(url, 'utf8')) as Spec;
}

export const referenceSpec = (): Spec => readSpec(new URL('fixtures/reference.yaml', here));

export function modelOf(spec: Spec): Model {
  return buildModel(spec, loadCatalog());
}

/** Every spec the project ships or tests with, by file name. */
export function allSpecs(): { file: string; spec: Spec }[] {
  const dirs = [new URL('specs/', root), new URL('templates/', root)];
  const files = dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => new URL(f, dir))
      : [],
  );
  files.push(new URL('fixtures/reference.yaml', here), new URL('test/fixtures/check/minimal.yaml', root));
  return files.map((url) => ({ file: url.pathname.slice(root.pathname.length), spec: readSpec(url) }));
}

/** Small stand-ins: the renderer only embeds what it is given. */
export function fixtureDiagrams(names: readonly DiagramName[] = DIAGRAM_NAMES): DiagramSource[] {
  return names.map((name) => ({ name, title: name, source: `flowchart LR\n  ${name.replace(/-/g, '_')}_a --> ${name.replace(/-/g, '_')}_b` }));
}

export interface Heading {
  readonly level: number;
  readonly text: string;
}

/** ATX headings outside fenced code blocks. */
export function headingsOf(markdown: string): Heading[] {
  const out: Heading[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const open = /^(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence === null) fence = open[1]!;
      else if (line.startsWith(fence) && line.trim() === line.trim().charAt(0).repeat(line.trim().length)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h) out.push({ level: h[1]!.length, text: h[2]!.trim() });
  }
  return out;
}

export function templateHeadings(name: string): Heading[] {
  return headingsOf(readFileSync(new URL(`templates/${name}.md`, here), 'utf8'));
}
