// A link line of our own flowchart sources: every generator writes one link per
// line (`a --> b`, `a -.->|"label"| b`, the invisible `a ~~~ b`), never chains.

/** One link statement: from, arrow (with an optional quoted label), to. */
export const LINK = /^\s*(\w+)\s+\S*(?:--|~~|-\.|==)\S*(?:\|"[^"]*"\|)?\s+(\w+)\s*$/;

/** How many links a flowchart source draws, invisible ones included (they are edges to ELK too). */
export function linkCount(source: string): number {
  let count = 0;
  for (const line of source.split('\n')) if (LINK.test(line)) count += 1;
  return count;
}
