// The one place that touches pptxgenjs' module shape. Its ESM build exports the
// class as `default`, while its typings describe the CommonJS shape, where the
// class sits at `default.default`; this loader accepts both.
import type PptxModule from 'pptxgenjs';

export type PresConstructor = typeof PptxModule.default;
export type Pres = InstanceType<PresConstructor>;
export type Slide = PptxModule.default.Slide;
export type TableRow = PptxModule.default.TableRow;

export async function loadPptxGenJS(): Promise<PresConstructor> {
  const loaded: unknown = await import('pptxgenjs');
  const outer = (loaded as { default: unknown }).default;
  const ctor = typeof outer === 'function' ? outer : (outer as { default: unknown } | undefined)?.default;
  if (typeof ctor !== 'function') throw new Error('pptxgenjs did not load: no presentation class found.');
  return ctor as PresConstructor;
}
