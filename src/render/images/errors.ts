// One error type for a diagram the browser could not draw, naming the diagram.
import type { DiagramName } from '../types.js';

export type DiagramRenderProblem = 'syntax' | 'error-picture' | 'empty' | 'timeout' | 'browser';

export class DiagramRenderError extends Error {
  constructor(
    readonly diagram: DiagramName,
    readonly problem: DiagramRenderProblem,
    detail: string,
  ) {
    super(`diagram ${diagram} did not render (${problem}): ${detail}`);
    this.name = 'DiagramRenderError';
  }
}
