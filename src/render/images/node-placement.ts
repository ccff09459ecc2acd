// Which of ELK's node placements lays out a flowchart. Network simplex (the
// configured one) straightens edges, but its time grows much faster than the
// drawing: a generated spec's reference architecture (26 components, 244
// links) took 18.8 s to lay out with it and about 4 s with Brandes–Köpf, a
// 123-link part 2.7–3.2 s against 1.2 s, while up to about 50 links the two
// cost the same. A diagram that dense is a tangle at any placement; it is read
// in its parts, and those under 100 links keep network simplex.
import { linkCount } from '../mermaid/links.js';

/** Links (invisible ones included) from which a flowchart is laid out with Brandes–Köpf. */
export const DENSE_LINKS = 100;

export type NodePlacement = 'NETWORK_SIMPLEX' | 'BRANDES_KOEPF';

export function nodePlacement(source: string): NodePlacement {
  const first = source.trimStart().slice(0, 12);
  if (!first.startsWith('flowchart') && !first.startsWith('graph')) return 'NETWORK_SIMPLEX';
  return linkCount(source) >= DENSE_LINKS ? 'BRANDES_KOEPF' : 'NETWORK_SIMPLEX';
}
