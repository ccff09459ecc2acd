// The whole review of a change as one markdown comment: a hidden marker that
// lets a later run find and update it, the gate verdict, every changed spec in
// full and the unchanged ones in a line, kept under GitHub's comment limit.
import { text as mdText } from '../format/markdown.js';
import type { SpecDiff } from './compare.js';
import { diffMarkdownParts } from './format.js';
import { describeGates, type GateFailure, type Gates } from './gates.js';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export const DEFAULT_MARKER = 'aiarch-review';

/** A spec that does not load on one side, so it has no diff. */
export interface BrokenSpec {
  readonly file: string;
  readonly errors: number;
  /** The first error, code and message. */
  readonly first: string;
}

export interface CommentOptions {
  /** What the specs were compared with, e.g. `origin/main`. */
  readonly against: string;
  /** Set when gates were evaluated: the gates asked for and what failed. */
  readonly gates?: { readonly asked: Gates; readonly failures: readonly GateFailure[] };
  readonly broken?: readonly BrokenSpec[];
  /** Spec files that existed at the base and are gone. */
  readonly removed?: readonly string[];
  /** Name in the hidden marker; runs with different names keep different comments. */
  readonly marker?: string;
  /** Upper bound on the comment's size in UTF-8 bytes (never more characters than that); default COMMENT_LIMIT − 1. */
  readonly maxBytes?: number;
}

/** The hidden first line that identifies the comment; the name is reduced to safe characters. */
export function markerLine(name: string = DEFAULT_MARKER): string {
  return `<!-- ${name.replace(/[^A-Za-z0-9_.-]/g, '-')} -->`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Whether the comment has a change to report: a spec changed, was removed, or does not load. */
export function hasChanges(diffs: readonly SpecDiff[], options: Pick<CommentOptions, 'broken' | 'removed'>): boolean {
  return diffs.some((d) => d.changed) || (options.removed ?? []).length > 0 || (options.broken ?? []).length > 0;
}

function header(diffs: readonly SpecDiff[], options: CommentOptions): string {
  const changed = diffs.filter((d) => d.changed);
  const removed = options.removed ?? [];
  const out = [markerLine(options.marker), '## Architecture review', ''];
  const count = (n: number) => `${n} spec${n === 1 ? '' : 's'}`;
  if (changed.length + removed.length === 0) out.push(`No spec changed against ${code(options.against)}.`);
  else
    out.push(
      `Compared with ${code(options.against)}: ${count(changed.length)} changed${removed.length > 0 ? `, ${removed.length} removed` : ''}, ${diffs.length - changed.length} unchanged.`,
    );
  if (removed.length > 0) out.push('', `Removed: ${removed.map(code).join(', ')}.`);
  const broken = options.broken ?? [];
  if (broken.length > 0) {
    out.push(
      '',
      `**Specs with errors** (run \`aiarch validate\`)`,
      '',
      ...broken.map((b) => `- ${code(b.file)}: ${b.errors} error${b.errors === 1 ? '' : 's'}, first: ${mdText(b.first)}`),
    );
  }
  const gates = options.gates;
  if (gates !== undefined) {
    if (gates.failures.length > 0) {
      out.push('', `**Gates failed** (${gates.failures.length})`, '', ...gates.failures.map((f) => `- ${mdText(f.reason)}`));
    } else {
      const asked = describeGates(gates.asked);
      out.push('', asked.length === 0 ? '**Gates passed** (none asked for).' : `**Gates passed**: ${asked.join('; ')}.`);
    }
  }
  return out.join('\n') + '\n';
}

function footer(diffs: readonly SpecDiff[]): string | null {
  const unchanged = diffs.filter((d) => !d.changed);
  return unchanged.length === 0 ? null : `Unchanged: ${unchanged.map((d) => code(d.file)).join(', ')}.\n`;
}

const DIAGRAMS_LEFT_OUT = `_Diagrams left out to keep this comment under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit; run \`aiarch diff\` for them._\n`;

function truncationNote(against: string): string {
  return `\n**Truncated** to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit: run \`aiarch diff --base ${against.replace(/`/g, "'")} --format markdown\` for the whole change.\n`;
}

/** Whole lines of `body` that fit `budget` bytes. */
function cutLines(body: string, budget: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const line of body.split('\n')) {
    const size = bytes(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return kept.join('\n');
}

export function reviewComment(diffs: readonly SpecDiff[], options: CommentOptions): string {
  const max = options.maxBytes ?? COMMENT_LIMIT - 1;
  const parts = diffs.filter((d) => d.changed).map((d) => ({ ...diffMarkdownParts(d), dropped: false }));
  const head = header(diffs, options);
  const tail = footer(diffs);
  const section = (p: (typeof parts)[number]) => (p.diagrams === null ? p.body : `${p.body}\n${p.dropped ? DIAGRAMS_LEFT_OUT : p.diagrams}`);
  const assemble = () => [head, ...parts.map(section), ...(tail === null ? [] : [tail])].join('\n');
  // Sizes are kept as a running sum: re-measuring the whole comment per dropped diagram is quadratic.
  let size = bytes(assemble());
  // Diagrams are the bulk and the words say the same: drop them first, last spec first.
  for (let i = parts.length - 1; i >= 0 && size > max; i -= 1) {
    const part = parts[i]!;
    if (part.diagrams === null) continue;
    size -= bytes(part.diagrams) - bytes(DIAGRAMS_LEFT_OUT);
    part.dropped = true;
  }
  const comment = assemble();
  if (bytes(comment) <= max) return comment;
  const note = truncationNote(options.against);
  return `${cutLines(comment, max - bytes(note) - 1)}\n${note}`;
}
