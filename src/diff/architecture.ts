// What changed in the architecture itself between two versions of a spec:
// components, connections, security controls, compliance mappings, phases and
// optimizations. Pure, and keyed by the ids and names the spec gives, held in
// Maps because spec text is never a plain-object key.
import type { Model } from '../model/types.js';
import { componentEdges } from '../render/mermaid/graph.js';
import { zoneOf } from '../render/mermaid/zones.js';
import { LAYER_NAMES, type Component, type LayerName, type Spec } from '../spec/types.js';

export interface FieldChange {
  readonly field: string;
  /** null when the field was not set. */
  readonly before: string | number | null;
  readonly after: string | number | null;
}

export interface ComponentFacts {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** The zone it is drawn in: the spec's, or the kind's default. */
  readonly zone: string;
  readonly service: string | null;
}

export interface ComponentChange {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly FieldChange[];
}

export interface ConnectionFacts {
  readonly from: string;
  readonly to: string;
  readonly label: string | null;
}

export interface ControlFacts {
  readonly layer: LayerName;
  readonly control: string;
  /** The spec's status, `planned` when left out (the schema's default). */
  readonly status: string;
}

export interface ControlStatusChange {
  readonly layer: LayerName;
  readonly control: string;
  readonly before: string;
  readonly after: string;
}

export interface MappingFacts {
  readonly framework: string;
  readonly requirement: string;
  readonly control: string;
}

/** Entries of a named list (phases, optimizations): added, removed, or changed field by field. */
export interface ListDelta<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly { readonly name: string; readonly changes: readonly FieldChange[] }[];
}

export interface PhaseFacts {
  readonly name: string;
  readonly startWeek: number;
  readonly weeks: number;
  /** startWeek + weeks − 1, as the roadmap draws it. */
  readonly endWeek: number;
  readonly users: number | null;
  readonly scope: string | null;
}

export interface OptimizationFacts {
  readonly strategy: string;
  readonly appliesTo: string;
  readonly savingsPercent: number;
  readonly startMonth: number;
  readonly effort: string | null;
}

export interface ArchitectureDelta {
  readonly pattern: { readonly before: string; readonly after: string } | null;
  readonly componentsAdded: readonly ComponentFacts[];
  readonly componentsRemoved: readonly ComponentFacts[];
  readonly componentsChanged: readonly ComponentChange[];
  readonly connectionsAdded: readonly ConnectionFacts[];
  readonly connectionsRemoved: readonly ConnectionFacts[];
  readonly controlsAdded: readonly ControlFacts[];
  readonly controlsRemoved: readonly ControlFacts[];
  readonly controlsStatusChanged: readonly ControlStatusChange[];
  readonly complianceAdded: readonly MappingFacts[];
  readonly complianceRemoved: readonly MappingFacts[];
  readonly phases: ListDelta<PhaseFacts>;
  readonly optimizations: ListDelta<OptimizationFacts>;
  /** Components, connections or the pattern changed: the reference architecture diagram differs. */
  readonly diagramChanged: boolean;
  /** Controls were added, removed or changed status: the defense-in-depth diagram differs. */
  readonly securityChanged: boolean;
  /** Anything above changed. */
  readonly changed: boolean;
}

function componentFacts(c: Component): ComponentFacts {
  return { id: c.id, name: c.name, kind: c.kind, zone: zoneOf(c), service: c.service ?? null };
}

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = before[field] as string | number | null;
    const a = after[field] as string | number | null;
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/** Entries in `after` order keyed by `key`; a repeated key keeps its first entry. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function listDelta<T extends object>(before: readonly T[], after: readonly T[], key: (item: T) => string, fields: readonly (keyof T & string)[]): ListDelta<T> {
  const b = byKey(before, key);
  const a = byKey(after, key);
  const changed: { name: string; changes: FieldChange[] }[] = [];
  for (const [name, item] of a) {
    const old = b.get(name);
    if (old === undefined) continue;
    const changes = fieldChanges(old, item, fields);
    if (changes.length > 0) changed.push({ name, changes });
  }
  return {
    added: [...a].filter(([k]) => !b.has(k)).map(([, v]) => v),
    removed: [...b].filter(([k]) => !a.has(k)).map(([, v]) => v),
    changed,
  };
}

function connections(spec: Spec): ConnectionFacts[] {
  return componentEdges(spec.architecture.components).map((e) => ({ from: e.from, to: e.to, label: e.label ?? null }));
}

function controls(spec: Spec): ControlFacts[] {
  const layers = spec.security?.layers ?? {};
  return LAYER_NAMES.flatMap((layer) => (layers[layer] ?? []).map((c) => ({ layer, control: c.control, status: c.status ?? 'planned' })));
}

function mappings(spec: Spec): MappingFacts[] {
  return (spec.security?.compliance ?? []).map((m) => ({ framework: m.framework, requirement: m.requirement, control: m.control }));
}

/** The model's phase windows (in spec order) with the spec's users and scope. */
function phases(model: Sides): PhaseFacts[] {
  const specPhases = model.spec.deployment?.phases ?? [];
  return model.phases.map((w, i) => ({ ...w, users: specPhases[i]?.users ?? null, scope: specPhases[i]?.scope ?? null }));
}

function optimizations(spec: Spec): OptimizationFacts[] {
  return (spec.costs.optimizations ?? []).map((o) => ({
    strategy: o.strategy,
    appliesTo: o.appliesTo,
    savingsPercent: o.savingsPercent,
    startMonth: o.startMonth,
    effort: o.effort ?? null,
  }));
}

const connectionKey = (c: ConnectionFacts) => `${c.from}\u0000${c.to}\u0000${c.label ?? ''}`;
const controlKey = (c: ControlFacts) => `${c.layer}\u0000${c.control}`;
const mappingKey = (m: MappingFacts) => `${m.framework}\u0000${m.requirement}\u0000${m.control}`;

type Sides = Pick<Model, 'spec' | 'phases'>;

export function compareArchitecture(beforeModel: Sides, afterModel: Sides): ArchitectureDelta {
  const before = beforeModel.spec;
  const after = afterModel.spec;
  const comps = listDelta(before.architecture.components.map(componentFacts), after.architecture.components.map(componentFacts), (c) => c.id, [
    'name',
    'kind',
    'zone',
    'service',
  ]);
  const conns = listDelta(connections(before), connections(after), connectionKey, []);
  const ctrls = listDelta(controls(before), controls(after), controlKey, ['status']);
  const maps = listDelta(mappings(before), mappings(after), mappingKey, []);
  const phaseDelta = listDelta(phases(beforeModel), phases(afterModel), (p) => p.name, ['startWeek', 'weeks', 'users', 'scope']);
  const optDelta = listDelta(optimizations(before), optimizations(after), (o) => o.strategy, ['appliesTo', 'savingsPercent', 'startMonth', 'effort']);
  const afterControls = byKey(controls(after), controlKey);
  const afterComponents = byKey(after.architecture.components, (c) => c.id);
  const controlsStatusChanged = ctrls.changed.map(({ name, changes }) => {
    const control = afterControls.get(name)!;
    const status = changes[0]!;
    return { layer: control.layer, control: control.control, before: String(status.before), after: String(status.after) };
  });
  const pattern =
    before.architecture.pattern === after.architecture.pattern ? null : { before: before.architecture.pattern, after: after.architecture.pattern };
  const diagramChanged = pattern !== null || comps.added.length + comps.removed.length + comps.changed.length + conns.added.length + conns.removed.length > 0;
  const securityChanged = ctrls.added.length + ctrls.removed.length + controlsStatusChanged.length > 0;
  const listChanged = (d: ListDelta<unknown>) => d.added.length + d.removed.length + d.changed.length > 0;
  return {
    pattern,
    componentsAdded: comps.added,
    componentsRemoved: comps.removed,
    componentsChanged: comps.changed.map(({ name: id, changes }) => ({ id, name: afterComponents.get(id)?.name ?? id, changes })),
    connectionsAdded: conns.added,
    connectionsRemoved: conns.removed,
    controlsAdded: ctrls.added,
    controlsRemoved: ctrls.removed,
    controlsStatusChanged,
    complianceAdded: maps.added,
    complianceRemoved: maps.removed,
    phases: phaseDelta,
    optimizations: optDelta,
    diagramChanged,
    securityChanged,
    changed: diagramChanged || securityChanged || maps.added.length + maps.removed.length > 0 || listChanged(phaseDelta) || listChanged(optDelta),
  };
}
