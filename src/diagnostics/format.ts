// The one place diagnostics become text: a location line, a short code frame
// with a caret under the column, and the hint.
import type { Diagnostic } from './diagnostic.js';
import { palette } from './color.js';

export interface FormatOptions {
  readonly color?: boolean;
}

/** Lines of context shown above the reported line. */
const CONTEXT = 2;
/** Long lines are cut so the frame stays readable in a terminal. */
const MAX_LINE = 120;

export function formatDiagnostic(d: Diagnostic, text: string, options: FormatOptions = {}): string {
  const c = palette(options.color === true);
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const severity = d.severity === 'error' ? c.red(c.bold('error')) : d.severity === 'warning' ? c.yellow(c.bold('warning')) : c.cyan('info');
  const out = [`${c.bold(where)}  ${severity} ${c.dim(d.code)}  ${d.message}`];
  const frame = codeFrame(text, d.line, d.column);
  if (frame.length > 0) out.push(...frame.map((l) => (l.caret ? c.red(l.text) : l.current ? l.text : c.dim(l.text))));
  if (d.hint) out.push(`  ${c.cyan('hint:')} ${d.hint}`);
  return out.join('\n');
}

interface FrameLine {
  readonly text: string;
  readonly current: boolean;
  readonly caret: boolean;
}

export function codeFrame(text: string, line: number, column: number): FrameLine[] {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - CONTEXT);
  const width = String(line).length;
  const frame: FrameLine[] = [];
  for (let n = first; n <= line; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const shown = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) + '…' : raw;
    frame.push({ text: `${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`.trimEnd(), current: n === line, caret: false });
  }
  const caretColumn = Math.min(Math.max(column, 1), MAX_LINE + 1);
  frame.push({ text: `  ${' '.repeat(width)} | ${' '.repeat(caretColumn - 1)}^`, current: false, caret: true });
  return frame;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(s: Summary, options: FormatOptions = {}): string {
  const c = palette(options.color === true);
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')}`;
  return s.errors > 0 ? c.red(`✖ ${counts}`) : c.bold(`✔ ${counts}`);
}
