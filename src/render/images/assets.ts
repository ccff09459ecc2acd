// Mermaid's ES module build and its ELK layout plugin, served to the diagram
// page from node_modules. Each entry is small and loads only the chunks in
// use, so the page is ready in a fraction of the time the 3.5 MB bundle takes
// to parse. Only .mjs files under the two packages' dist/ folders are answered,
// and the two that define getConfig are served with it rewritten (config-copy.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AssetServer } from '../../browser/session.js';
import { patchConfigCopy } from './config-copy.js';
import { elkBundlePath, mermaidBundlePath } from './config.js';

/** A reserved name (RFC 2606): no request to it can reach a network. */
export const ASSET_ORIGIN = 'https://aiarch.invalid/';
export const MERMAID_ENTRY = `${ASSET_ORIGIN}mermaid/mermaid.esm.min.mjs`;
export const ELK_ENTRY = `${ASSET_ORIGIN}elk/mermaid-layout-elk.esm.min.mjs`;

const SAFE_PATH = /^(mermaid|elk)\/((?:chunks\/(?:mermaid|mermaid-layout-elk)\.esm\.min\/)?[A-Za-z0-9_.-]+\.mjs)$/;
const ROOT: Readonly<Record<string, () => string>> = {
  mermaid: () => dirname(mermaidBundlePath()),
  elk: () => dirname(elkBundlePath()),
};
/**
 * Serves the two packages' modules, each read once. `patch: false` serves them
 * as published (the patch's test compares both).
 */
export function createMermaidAssets({ patch = true }: { readonly patch?: boolean } = {}): AssetServer {
  const files = new Map<string, Uint8Array | string>();
  return (url) => {
    if (!url.startsWith(ASSET_ORIGIN)) return null;
    const path = url.slice(ASSET_ORIGIN.length);
    const match = SAFE_PATH.exec(path);
    const root = match?.[1] !== undefined ? ROOT[match[1]] : undefined;
    if (!match?.[2] || root === undefined || match[2].includes('..')) return null;
    let body = files.get(path);
    if (body === undefined) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(root(), match[2]));
      } catch {
        return null;
      }
      body = patch && bytes.includes(GET_CONFIG_NAME) ? patchConfigCopy(bytes.toString('utf8')) : bytes;
      files.set(path, body);
    }
    return { body, contentType: 'text/javascript' };
  };
}

/** Only modules that name getConfig are read as text for the patch. */
const GET_CONFIG_NAME = '"getConfig")';

export const mermaidAssets: AssetServer = createMermaidAssets();
