export { openDiagramRenderer, renderDiagramImages, type DiagramRenderer } from './render.js';
export { DiagramRenderError, type DiagramRenderProblem } from './errors.js';
export { RENDERER_VERSION, mermaidVersion, rendererFingerprint } from './config.js';
