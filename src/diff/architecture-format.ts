// An ArchitectureDelta in words, grouped the way a reviewer reads a proposal:
// components, connections, security, compliance, phases, optimizations. The
// same sentences serve the terminal and the pull-request comment; only the
// quoting of spec text differs.
import type { ArchitectureDelta, ComponentFacts, ConnectionFacts, FieldChange, ListDelta } from './architecture.js';

export interface ChangeGroup {
  readonly title: string;
  readonly lines: readonly string[];
}

/** How spec text and ids are quoted: plain for a terminal, escaped for markdown. */
export interface Quote {
  readonly text: (value: string) => string;
  /** Ids match ^[A-Za-z][A-Za-z0-9_-]*$ (schema), so any quoting is safe. */
  readonly id: (value: string) => string;
}

function value(q: Quote, v: string | number | null): string {
  if (v === null) return 'none';
  return typeof v === 'number' ? String(v) : q.text(v);
}

function fields(q: Quote, changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.field} ${value(q, c.before)} → ${value(q, c.after)}`).join(', ');
}

function named<T>(q: Quote, noun: string, delta: ListDelta<T>, name: (item: T) => string, facts: (item: T) => string): string[] {
  return [
    ...delta.added.map((item) => `added ${noun} ${q.text(name(item))} (${facts(item)})`),
    ...delta.removed.map((item) => `removed ${noun} ${q.text(name(item))}`),
    ...delta.changed.map((c) => `${noun} ${q.text(c.name)}: ${fields(q, c.changes)}`),
  ];
}

export function architectureChanges(delta: ArchitectureDelta, q: Quote): ChangeGroup[] {
  const component = (c: ComponentFacts) =>
    `${q.id(c.id)} ${q.text(c.name)} (${c.kind}, zone ${c.zone}${c.service === null ? '' : `, service ${q.text(c.service)}`})`;
  const connection = (c: ConnectionFacts) => `${q.id(c.from)} → ${q.id(c.to)}${c.label === null ? '' : ` (${q.text(c.label)})`}`;
  const groups: ChangeGroup[] = [
    {
      title: 'Components',
      lines: [
        ...(delta.pattern === null ? [] : [`pattern ${delta.pattern.before} → ${delta.pattern.after}`]),
        ...delta.componentsAdded.map((c) => `added ${component(c)}`),
        ...delta.componentsRemoved.map((c) => `removed ${component(c)}`),
        ...delta.componentsChanged.map((c) => `changed ${q.id(c.id)} ${q.text(c.name)}: ${fields(q, c.changes)}`),
      ],
    },
    {
      title: 'Connections',
      lines: [...delta.connectionsAdded.map((c) => `added ${connection(c)}`), ...delta.connectionsRemoved.map((c) => `removed ${connection(c)}`)],
    },
    {
      title: 'Security controls',
      lines: [
        ...delta.controlsAdded.map((c) => `${c.layer} layer: added control ${q.text(c.control)} (${c.status})`),
        ...delta.controlsRemoved.map((c) => `${c.layer} layer: removed control ${q.text(c.control)}`),
        ...delta.controlsStatusChanged.map((c) => `${c.layer} layer: control ${q.text(c.control)} ${c.before} → ${c.after}`),
      ],
    },
    {
      title: 'Compliance mappings',
      lines: [
        ...delta.complianceAdded.map((m) => `added ${q.text(m.framework)}: ${q.text(m.requirement)} → ${q.text(m.control)}`),
        ...delta.complianceRemoved.map((m) => `removed ${q.text(m.framework)}: ${q.text(m.requirement)} → ${q.text(m.control)}`),
      ],
    },
    {
      title: 'Phases',
      lines: named(
        q,
        'phase',
        delta.phases,
        (p) => p.name,
        (p) => `weeks ${p.startWeek}–${p.endWeek}${p.users === null ? '' : `, ${p.users} users`}`,
      ),
    },
    {
      title: 'Optimizations',
      lines: named(
        q,
        'optimization',
        delta.optimizations,
        (o) => o.strategy,
        (o) => `${o.savingsPercent}% off ${o.appliesTo} from month ${o.startMonth}`,
      ),
    },
  ];
  return groups.filter((g) => g.lines.length > 0);
}
