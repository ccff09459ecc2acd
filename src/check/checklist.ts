// deployment-checklist.md: the course's Appendix B checklist. Done items are
// ticked with what in the spec shows them done; planned and not-applicable
// items say so; open items are still to plan.
import type { Model } from '../model/types.js';
import { CHECKLIST, type ItemResult, type ItemState } from './checklist-items.js';
// Spec text is escaped as in the documents: one escaper for all markdown.
import { text as inline } from '../format/markdown.js';
import { specText } from './substance/spec-text.js';

export interface ChecklistResult {
  readonly item: (typeof CHECKLIST)[number];
  readonly result: ItemResult;
}

/** Every Appendix B item with its state and evidence. */
export function evaluateChecklist(model: Model): ChecklistResult[] {
  const ctx = { spec: model.spec, model, text: specText(model.spec) };
  return CHECKLIST.map((item) => ({ item, result: item.evaluate(ctx) }));
}

const LINE: Readonly<Record<ItemState, (text: string, evidence: string) => string>> = {
  done: (text, evidence) => `- [x] ${text} (${evidence})`,
  planned: (text, evidence) => `- [ ] ${text} (planned: ${evidence})`,
  'not-applicable': (text, evidence) => `- [ ] ${text} (not applicable: ${evidence})`,
  open: (text) => `- [ ] ${text}`,
};

export function renderChecklist(model: Model): string {
  const results = evaluateChecklist(model);
  const count = (state: ItemState) => results.filter((r) => r.result.state === state).length;
  const out = [
    `# Enterprise AI Deployment Checklist: ${inline(model.spec.client.name)}`,
    '',
    `${count('done')} of ${results.length} items are done, ${count('planned')} planned, ${count('not-applicable')} not applicable and ${count('open')} open. A ticked item names what in the spec shows it done: an implemented component or control, a completed phase, or a document the spec holds. A planned item is designed but not yet delivered.`,
  ];
  let section = '';
  let group = '';
  for (const { item, result } of results) {
    if (item.section !== section) {
      section = item.section;
      out.push('', `## ${section}`);
      group = '';
    }
    if (item.group !== group) {
      group = item.group;
      out.push('', `### ${group}`);
    }
    out.push(LINE[result.state](item.text, inline(result.evidence ?? '')));
  }
  return out.join('\n') + '\n';
}
