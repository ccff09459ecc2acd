export { renderDiagramImages } from './render.js';
export { DiagramRenderError, type DiagramRenderProblem } from './errors.js';
export { RENDERER_VERSION, mermaidVersion } from './config.js';
export { diagramCacheKey, partitionCached, readCachedImage, writeCachedImage } from './cache.js';
