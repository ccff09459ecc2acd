// What must never reach a user: a stack frame, an "internal error", or a bare
// uncaught-exception line.
const PATTERNS: readonly RegExp[] = [
  /^\s*at\s+\S.*:\d+:\d+\)?\s*$/m,
  /internal error/i,
  /^(?:Uncaught\s+)?(?:Type|Reference|Range|Syntax)?Error: /m,
  /^node:internal/m,
];

export function stackTraceIn(output: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(output);
    if (match) return output.slice(Math.max(0, match.index - 200), match.index + 300);
  }
  return null;
}
