// Reference architecture and security summary of the proposal.
import { CONTROLS_TO_DEFINE, LAYER_TO_DEFINE_SHORT, hasSecurityControls } from '../../present/security.js';
import { LAYER_NAMES } from '../../spec/types.js';
import { figure, section, table } from '../document/build.js';
import type { Section } from '../document/tree.js';
import { type RenderContext, assume, capitalize, joinAnd, omit, patternName } from './context.js';
import { text } from '../../format/markdown.js';
import { kindName as kindLabel } from '../../present/index.js';

const NOT_COSTED = 'Not costed';

/** Month whose per-component cost the proposal quotes. */
const COST_MONTH = 12;

export function proposalArchitecture(ctx: RenderContext): Section {
  const { model, fmt } = ctx;
  const components = ctx.p.system;
  const aiMonth = model.months.find((m) => m.month === COST_MONTH);
  const costs = model.lines.filter((l) => l.componentId !== null).map((l) => l.byMonth[COST_MONTH - 1] ?? 0);
  const money = fmt.column(costs);
  const cost = (id: string, kind: string) => {
    const value = model.lines.find((l) => l.componentId === id)?.byMonth[COST_MONTH - 1];
    if (value !== undefined) return money(value);
    // The model service itself is billed by tokens: quote the AI line of the same month.
    return kind === 'ai-model' && aiMonth ? `${fmt.money(aiMonth.aiBaseline)} in tokens` : NOT_COSTED;
  };
  return section(2, 'Reference Architecture', [
    section(3, 'Architecture Diagram', [
      `The ${patternName(ctx)} architecture groups its components by zone; labelled edges show what flows between them.`,
      figure(ctx.diagrams, 'reference-architecture', 'reference architecture'),
    ]),
    section(3, 'Component Details', [
      components.length > 0
        ? table(
            ['Component', 'Service', 'Purpose', 'Sizing', `Monthly Cost (Month ${COST_MONTH}, baseline)`],
            components.map((c) => [
              text(c.name),
              c.service ? text(c.service) : text(c.name),
              c.purpose ? text(c.purpose) : kindLabel(c.kind),
              c.sizing ? text(c.sizing) : 'Not sized',
              cost(c.id, c.kind),
            ]),
            ['l', 'l', 'l', 'l', 'r'],
          )
        : omit(ctx, 'No components beyond users yet', 'architecture.components'),
      components.some((c) => cost(c.id, c.kind) === NOT_COSTED)
        ? 'Components marked not costed have no cost estimate yet; the [cost model](./cost-model.md) has the full breakdown.'
        : 'The [cost model](./cost-model.md) has the full breakdown.',
    ]),
  ]);
}

export function proposalSecurity(ctx: RenderContext): Section {
  const security = ctx.spec.security;
  const rows = (): string[][] =>
    LAYER_NAMES.map((layer) => {
      const list = security?.layers?.[layer] ?? [];
      return [
        capitalize(layer),
        list.length > 0
          ? list.map((c) => text(c.control)).join(', ')
          : `${LAYER_TO_DEFINE_SHORT}${omit(ctx, `No ${layer} controls`, `security.layers.${layer}`)}`,
        list.length > 0 ? list.map((c) => text(c.implementation ?? c.control)).join('; ') : '',
      ];
    });
  const mapping = security?.compliance ?? [];
  const required = ctx.spec.scenario.compliance ?? [];
  const unmapped = required.filter((f) => !mapping.some((m) => m.framework === f));
  return section(2, 'Security Architecture', [
    section(
      3,
      'Security Controls Summary',
      // Five rows that all say "to be defined" would be a placeholder table: one assumption says it instead.
      hasSecurityControls(ctx.spec)
        ? [
            'Five layers of defense in depth; the [security architecture design](./security-architecture-design.md) has every control and its status.',
            table(['Layer', 'Controls', 'Implementation'], rows()),
          ]
        : [assume(ctx, CONTROLS_TO_DEFINE, 'No security controls in any layer', 'security.layers')],
    ),
    section(3, 'Compliance Mapping', [
      mapping.length > 0
        ? table(
            ['Requirement', 'Status', 'Evidence'],
            mapping.map((m) => [
              `${text(m.framework)}: ${text(m.requirement)}`,
              `Addressed by ${text(m.control)}`,
              m.evidence ? text(m.evidence) : 'No evidence named',
            ]),
          )
        : omit(ctx, 'No requirement-to-control mapping yet', 'security.compliance'),
      unmapped.length > 0
        ? `${joinAnd(unmapped.map(text))} ${unmapped.length === 1 ? 'has' : 'have'} no mapped control yet.${omit(ctx, `No controls mapped for ${joinAnd(unmapped)}`, 'security.compliance')}`
        : '',
    ]),
  ]);
}
