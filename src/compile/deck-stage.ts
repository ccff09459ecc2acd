// The deck is a pure function of the model, the diagram images and the theme;
// an unchanged rebuild takes it from the render cache instead of building it again.
import type { Model } from '../model/types.js';
import { cacheKey, type ContentCache } from '../output/cache.js';
import type { DeckThemeName } from '../render/pptx/theme.js';
import type { DiagramImage } from '../render/types.js';
import { RENDER_CACHE_VERSION } from './browser-stage.js';
import { codeFingerprint, DECK_RENDERERS } from './code-fingerprint.js';

export async function executiveDeck(
  model: Model,
  images: readonly DiagramImage[] | null,
  theme: DeckThemeName,
  cache: ContentCache,
  draft: readonly string[] | null = null,
): Promise<Uint8Array> {
  const key = cacheKey(
    RENDER_CACHE_VERSION,
    codeFingerprint(...DECK_RENDERERS),
    'pptx',
    theme,
    JSON.stringify(draft),
    // The whole model: the spec, the catalog and every number the slides show.
    JSON.stringify(model),
    ...(images ?? []).flatMap((i) => [i.name, i.png, ...(i.parts ?? []).flatMap((part) => [part.title, part.description, part.png])]),
  );
  const cached = await cache.get(key);
  if (cached) return cached;
  const { renderDeck } = await import('../render/pptx/index.js');
  const deck = await renderDeck(model, images, { theme, ...(draft !== null ? { draft } : {}) });
  await cache.set(key, deck);
  return deck;
}
