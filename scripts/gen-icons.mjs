// Bundles the icons the diagrams use, and only those, into
// src/render/images/icon-packs.generated.ts: every `'set:name'` literal in
// the icon tables (ICON_TABLES), read out of the pinned packages
// (devDependencies, so the published package carries these few icons and not
// the whole sets). A name a set lacks fails the build.
//   logos, mdi: Iconify JSON sets, taken as they are.
//   azure, gcp: the official Azure Architecture Icons and Google Cloud icons
//     as @likec4/icons packages them (one React component per icon); each is
//     rendered to static SVG once here and stored in the same Iconify shape.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const ICON_TABLES = ['src/render/mermaid/icons.ts', 'src/render/mermaid/service-icons.ts'];
const ICONIFY = { logos: '@iconify-json/logos', mdi: '@iconify-json/mdi' };
const LIKEC4 = {
  azure: { folder: 'azure', license: 'Microsoft Azure Architecture Icons terms' },
  gcp: { folder: 'gcp', license: 'Google Cloud icons terms' },
};
const PREFIXES = [...Object.keys(ICONIFY), ...Object.keys(LIKEC4)];

const wanted = new Map(PREFIXES.map((set) => [set, new Set()]));
const literal = new RegExp(`'(${PREFIXES.join('|')}):([a-z0-9-]+)'`, 'g');
for (const file of ICON_TABLES) {
  for (const [, set, name] of readFileSync(join(root, file), 'utf8').matchAll(literal)) wanted.get(set).add(name);
}
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const versionOf = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

const iconifyPacks = Object.entries(ICONIFY).map(([prefix, pkg]) => {
  const full = JSON.parse(readFileSync(require.resolve(`${pkg}/icons.json`), 'utf8'));
  const info = JSON.parse(readFileSync(require.resolve(`${pkg}/info.json`), 'utf8'));
  const icons = {};
  // The renderer draws an icon from its body and box alone (src/render/images/icons.ts): no aliases or transforms.
  for (const name of [...wanted.get(prefix)].sort()) {
    const icon = full.icons[name];
    if (icon === undefined)
      throw new Error(
        `icon ${prefix}:${name} (${ICON_TABLES.join(', ')}) is not in ${pkg}${full.aliases?.[name] ? ` (it is an alias of ${full.aliases[name].parent})` : ''}`,
      );
    if (icon.rotate || icon.hFlip || icon.vFlip) throw new Error(`icon ${prefix}:${name} is transformed; pick another`);
    icons[name] = icon;
  }
  return {
    name: prefix,
    license: info.license.spdx,
    version: versionOf(pkg),
    icons: { prefix, icons: sorted(icons), width: full.width ?? 16, height: full.height ?? 16 },
  };
});

/** One React icon component as Iconify data: the SVG's children as the body, its viewBox as the box. */
function fromMarkup(markup, where) {
  const match = /^<svg([^>]*)>([\s\S]*)<\/svg>$/.exec(markup);
  if (match === null) throw new Error(`${where} did not render to one <svg>`);
  const attributes = [...match[1].matchAll(/\s([a-zA-Z:-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]);
  const viewBox = attributes
    .find(([key]) => key === 'viewBox')?.[1]
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox === undefined || viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) throw new Error(`${where} has no viewBox`);
  // Paint set on the root (fill="none") must still reach the shapes once the root is gone.
  const kept = attributes.filter(([key]) => key !== 'xmlns' && key !== 'viewBox');
  const body = kept.length > 0 ? `<g${kept.map(([k, v]) => ` ${k}="${v}"`).join('')}>${match[2]}</g>` : match[2];
  const [left, top, width, height] = viewBox;
  return { body, ...(left !== 0 ? { left } : {}), ...(top !== 0 ? { top } : {}), width, height };
}

// The package exports no package.json: read it from beside its entry point.
const likec4Version = JSON.parse(readFileSync(join(dirname(require.resolve('@likec4/icons')), 'package.json'), 'utf8')).version;
const likec4Packs = [];
for (const [prefix, { folder, license }] of Object.entries(LIKEC4)) {
  const icons = {};
  for (const name of [...wanted.get(prefix)].sort()) {
    let file;
    try {
      file = require.resolve(`@likec4/icons/${folder}/${name}`);
    } catch {
      throw new Error(`icon ${prefix}:${name} (${ICON_TABLES.join(', ')}) is not in @likec4/icons/${folder}`);
    }
    const component = (await import(pathToFileURL(file).href)).default;
    icons[name] = fromMarkup(renderToStaticMarkup(createElement(component)), `${prefix}:${name}`);
  }
  likec4Packs.push({ name: prefix, license, version: likec4Version, icons: { prefix, icons: sorted(icons), width: 18, height: 18 } });
}

writeFileSync(
  join(root, 'src', 'render', 'images', 'icon-packs.generated.ts'),
  [
    `// Generated by scripts/gen-icons.mjs from the icons named in ${ICON_TABLES.join(' and ')}: do not edit.`,
    '',
    '/** An Iconify JSON icon set, as mermaid.registerIconPacks() takes it. */',
    'export interface IconPack {',
    '  readonly name: string;',
    '  readonly license: string;',
    '  readonly version: string;',
    '  readonly icons: {',
    '    readonly prefix: string;',
    '    readonly icons: Readonly<Record<string, { readonly body: string; readonly left?: number; readonly top?: number; readonly width?: number; readonly height?: number }>>;',
    '    readonly width: number;',
    '    readonly height: number;',
    '  };',
    '}',
    '',
    `export const ICON_PACKS = JSON.parse(${JSON.stringify(JSON.stringify([...iconifyPacks, ...likec4Packs]))}) as readonly IconPack[];`,
    '',
  ].join('\n'),
);
