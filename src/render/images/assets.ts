// Mermaid's ES module build, served to the diagram page from node_modules.
// Its entry is small and loads only the chunks of the diagram types in use,
// so the page is ready in a fraction of the time the 3.5 MB bundle takes to
// parse. Only files under mermaid's dist/ folder are ever answered.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AssetServer } from '../../browser/session.js';
import { mermaidBundlePath } from './config.js';

/** A reserved name (RFC 2606): no request to it can reach a network. */
export const ASSET_ORIGIN = 'https://aiarch.invalid/';
export const MERMAID_ENTRY = `${ASSET_ORIGIN}mermaid/mermaid.esm.min.mjs`;

const SAFE_PATH = /^mermaid\/((?:chunks\/mermaid\.esm\.min\/)?[A-Za-z0-9_.-]+\.mjs)$/;
const files = new Map<string, Uint8Array>();

export const mermaidAssets: AssetServer = (url) => {
  if (!url.startsWith(ASSET_ORIGIN)) return null;
  const match = SAFE_PATH.exec(url.slice(ASSET_ORIGIN.length));
  if (!match?.[1] || match[1].includes('..')) return null;
  let body = files.get(match[1]);
  if (!body) {
    try {
      body = readFileSync(join(dirname(mermaidBundlePath()), match[1]));
    } catch {
      return null;
    }
    files.set(match[1], body);
  }
  return { body, contentType: 'text/javascript' };
};
