// deployment-checklist.md: the course's Appendix B checklist with every item the
// spec covers ticked, and where the spec covers it.
import type { Model } from '../model/types.js';
import { CHECKLIST } from './checklist-items.js';
import { inline } from './format/markdown.js';
import { specStrings } from './mentions.js';

export function renderChecklist(model: Model): string {
  const ctx = { spec: model.spec, model, strings: specStrings(model.spec) };
  const results = CHECKLIST.map((item) => ({ item, evidence: item.covered(ctx) }));
  const ticked = results.filter((r) => r.evidence !== null).length;
  const out = [
    `# Enterprise AI Deployment Checklist: ${inline(model.spec.client.name)}`,
    '',
    `${ticked} of ${results.length} items are covered by the spec. A ticked item names what in the spec covers it; an open item is still to plan.`,
  ];
  let section = '';
  let group = '';
  for (const { item, evidence } of results) {
    if (item.section !== section) {
      section = item.section;
      out.push('', `## ${section}`);
      group = '';
    }
    if (item.group !== group) {
      group = item.group;
      out.push('', `### ${group}`);
    }
    out.push(evidence === null ? `- [ ] ${item.text}` : `- [x] ${item.text} (${inline(evidence)})`);
  }
  return out.join('\n') + '\n';
}
