// Structural evidence for the Appendix B checklist: components (by kind and
// status), security controls (by layer, name and status), pipeline stages,
// deployment phases (by status) and the spec's own documents. Free text (next
// steps, descriptions, evidence notes) is never evidence.
import type { Model } from '../model/types.js';
import { toPointer } from '../spec/pointer.js';
import { LAYER_NAMES, type Component, type Control, type LayerName, type Spec } from '../spec/types.js';
import type { SpecText } from './substance/spec-text.js';

export type ItemState = 'done' | 'planned' | 'not-applicable' | 'open';

export interface ItemResult {
  readonly state: ItemState;
  /** What in the spec says so, in the learner's words; null for an open item. */
  readonly evidence: string | null;
}

export interface ChecklistContext {
  readonly spec: Spec;
  readonly model: Model;
  readonly text: SpecText;
}

export type Evaluate = (ctx: ChecklistContext) => ItemResult;

export const OPEN: ItemResult = { state: 'open', evidence: null };
export const done = (evidence: string): ItemResult => ({ state: 'done', evidence });
export const planned = (evidence: string): ItemResult => ({ state: 'planned', evidence });
export const notApplicable = (evidence: string): ItemResult => ({ state: 'not-applicable', evidence });

/** The kinds a short label (a control name, a pipeline stage, a decision) can name. */
export const LABEL_KINDS = {
  network: /\bv(pc|net)\b|subnet|peering|network (isolation|segmentation)|segmentation|private network|hub-and-spoke/i,
  privateEndpoint: /private ?(endpoint|link)|privatelink|private service connect/i,
  dns: /\bdns\b|route ?53/i,
  tls: /\btls\b|\bssl\b|certificate|encryption in transit|\bmtls\b/i,
  serviceIdentity: /service (role|account|identit)|least[- ]privilege|workload identit|managed identit/i,
  keys: /\bkms\b|key (vault|management)|customer[- ]managed key|encryption at rest/i,
  firewall: /security group|\bnsg\b|firewall|network polic/i,
  waf: /\bwaf\b|web application firewall/i,
  ddos: /ddos|\bshield\b|cloud armor/i,
  privacy: /privacy impact|\bd?pia\b/i,
  security: /security/i,
  audit: /audit|cloudtrail|activity log/i,
  dashboard: /dashboard/i,
  health: /health ?check|readiness|liveness/i,
  config: /config|feature[- ]flag|parameter store/i,
  build: /\bbuild\b/i,
  scan: /\bscan/i,
  validate: /validat|\blint|\bplan\b/i,
  unit: /unit test/i,
  integration: /integration test/i,
  securityScan: /security scan|\bsast\b|\bdast\b|vulnerability scan/i,
  load: /load test|performance test|stress test/i,
  smoke: /smoke/i,
} as const;
export type LabelKind = keyof typeof LABEL_KINDS;

/** A label longer than this, or naming more than MAX_KINDS kinds, is a keyword list, not a thing. */
const MAX_LABEL_WORDS = 6;
const MAX_KINDS = 2;
/** Broad kinds that overlap a narrower one ("Security scan" is one thing, not three). */
const UMBRELLA: ReadonlySet<string> = new Set(['security', 'scan']);

/** Whether a label names this kind: real text, short, and not stuffed with other kinds. */
export function names(ctx: ChecklistContext, label: string, path: string, kind: LabelKind): boolean {
  if (!LABEL_KINDS[kind].test(label)) return false;
  if (ctx.text.judge(label, path).hollow !== null) return false;
  if (label.trim().split(/\s+/).length > MAX_LABEL_WORDS) return false;
  return Object.entries(LABEL_KINDS).filter(([k, re]) => !UMBRELLA.has(k) && re.test(label)).length <= MAX_KINDS;
}

const STATUS_WORDS = { planned: 'planned', 'in-progress': 'in progress', implemented: 'implemented' } as const;

/** A component of one of these kinds: done when implemented, else planned. */
export function component(...kinds: Component['kind'][]): Evaluate {
  return ({ spec }) => {
    const found = spec.architecture.components.filter((c) => kinds.includes(c.kind));
    if (found.length === 0) return OPEN;
    const c = found.find((x) => x.status === 'implemented') ?? found[0]!;
    const status = c.status ?? 'planned';
    const what = `the ${c.kind} component "${c.name}"${c.service ? ` (${c.service})` : ''} is ${STATUS_WORDS[status]}`;
    return status === 'implemented' ? done(what) : planned(what);
  };
}

/** A security control in one of these layers whose name names the kind: done when implemented, else planned. */
export function control(kind: LabelKind, layers: readonly LayerName[] = LAYER_NAMES): Evaluate {
  return (ctx) => {
    const found: { layer: LayerName; control: Control }[] = [];
    for (const layer of layers) {
      (ctx.spec.security?.layers?.[layer] ?? []).forEach((c, i) => {
        if (names(ctx, c.control, toPointer(['security', 'layers', layer, i, 'control']), kind)) found.push({ layer, control: c });
      });
    }
    if (found.length === 0) return OPEN;
    const best = found.find((f) => f.control.status === 'implemented') ?? found[0]!;
    const status = best.control.status ?? 'planned';
    const what = `the ${best.layer} control "${best.control.control}" is ${STATUS_WORDS[status]}`;
    return status === 'implemented' ? done(what) : planned(what);
  };
}

/** The first completed deployment phase, if any: proof the pipeline's gates have passed. */
export function completePhase(spec: Spec): string | null {
  return spec.deployment?.phases?.find((p) => p.status === 'complete')?.name ?? null;
}

/** Pipeline stages that name every one of the kinds: done once a phase is complete, else planned. */
export function stages(...kinds: LabelKind[]): Evaluate {
  return (ctx) => {
    const pipeline = ctx.spec.deployment?.pipeline ?? [];
    const found = kinds.map((k) => pipeline.find((s, i) => names(ctx, s, toPointer(['deployment', 'pipeline', i]), k)));
    if (found.some((s) => s === undefined)) return OPEN;
    const list = [...new Set(found as string[])].map((s) => `"${s}"`).join(' and ');
    const phase = completePhase(ctx.spec);
    return phase
      ? done(`the pipeline runs ${list}, and the phase "${phase}" is complete`)
      : planned(`the pipeline will run ${list}; no deployment phase is complete yet`);
  };
}

/** The first evaluation that finds something, else open. */
export function either(...checks: Evaluate[]): Evaluate {
  return (ctx) => {
    let best: ItemResult = OPEN;
    for (const check of checks) {
      const r = check(ctx);
      if (r.state === 'done') return r;
      if (best.state === 'open') best = r;
    }
    return best;
  };
}

/** Entries of a list that count (not placeholders or copies). */
export function realEntries(ctx: ChecklistContext, list: readonly string[], path: readonly (string | number)[]): string[] {
  return list.filter((s, i) => ctx.text.judge(s, toPointer([...path, i])).hollow === null);
}

export const shortList = (items: readonly string[], max = 3) =>
  items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
