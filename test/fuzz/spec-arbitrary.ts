// Generates valid aiarch specs from the schema's own space: every pattern,
// component kind, zone and currency the schema allows, 2-40 components with
// sparse to dense labelled connections, optional sections present or absent,
// texts in many scripts with markup characters, and texts at their maximum
// lengths. Enums and limits are read from schemas/aiarch.schema.json.
// Reusable by any test: `specArbitrary()` for fast-check, `specAt(seed)` for one
// replayable spec, `specYaml()` for the text the loader reads.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Spec } from '../../src/spec/types.js';
import { enumOf, maxItems, maxLength, maxProperties, maximum } from './schema-space.js';
import { text, uniqueTexts } from './text.js';

const CATALOG = loadCatalog();
/** Platforms the shipped catalog knows, each with the model ids it prices. */
const KNOWN: ReadonlyMap<string, readonly string[]> = new Map(
  Object.keys(CATALOG)
    .sort()
    .map((id) => [id, Object.keys(CATALOG[id]?.models ?? {}).sort()]),
);
const KNOWN_IDS = [...KNOWN.keys()];
/** Names on Object.prototype: spec text used as a plain-object key would reach it. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'] as const;
const COURSE_CRITERIA = ['modelFit', 'integration', 'compliance', 'cost', 'team', 'support'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'INR', 'BRL', 'KWD', 'CAD', 'AUD', 'XAU', 'XXX'];

const t = (path: string, multiline = false) => text(maxLength(path), { multiline });
/** Up to `cap` items (and never over the schema's maxItems), rarely the schema's maximum. */
function list<T>(path: string, item: fc.Arbitrary<T>, cap = 4, min = 0): fc.Arbitrary<T[]> {
  const max = maxItems(path);
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(item, { minLength: min, maxLength: Math.min(cap, max) }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: max, maxLength: max }) },
  );
}
function uniqueList(path: string, cap = 4): fc.Arbitrary<string[]> {
  return uniqueTexts(maxLength(`${path}.[]`), Math.min(cap, maxItems(path)));
}
/** A non-negative amount up to the schema's maximum: mostly everyday values, sometimes fractions and the bounds. */
function amount(path: string): fc.Arbitrary<number> {
  const max = maximum(path);
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: Math.min(max, 50_000) }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: Math.min(max, 1000), noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, max) },
  );
}
const int = (min: number, max: number) => fc.integer({ min, max });
const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Percentages in half-percent steps that sum to exactly 100 (halves add without float error). */
function percentages(count: number): fc.Arbitrary<number[]> {
  return fc.array(int(0, 200), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
    const edges = [0, ...cuts.sort((a, b) => a - b), 200];
    return edges.slice(1).map((v, i) => (v - (edges[i] ?? 0)) / 2);
  });
}
const score = fc.oneof(
  int(0, 10),
  int(0, 20).map((h) => h / 2),
);
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, requiredKeys: (keyof T & string)[]) =>
  fc.record(model, { requiredKeys, noNullPrototype: true });

// ---- client and scenario ----
const client = record({ name: t('client.name'), industry: fc.constantFrom(...enumOf('client.industry')), preparedBy: t('client.preparedBy'), date }, ['name']);

const residency = fc.uniqueArray(fc.oneof(fc.constantFrom('us', 'eu', 'uk', 'apac', 'ca', 'me'), fc.stringMatching(/^[a-z][a-z-]{0,19}$/)), { maxLength: 4 });
const scenario = record(
  {
    useCase: t('scenario.useCase'),
    description: t('scenario.description', true),
    dataSensitivity: fc.constantFrom(...enumOf('scenario.dataSensitivity')),
    existingCloud: fc.constantFrom(...enumOf('scenario.existingCloud')),
    modelPreference: fc.constantFrom(...enumOf('scenario.modelPreference')),
    teamExpertise: uniqueList('scenario.teamExpertise'),
    compliance: fc.uniqueArray(fc.oneof(fc.constantFrom('HIPAA', 'SOC2', 'GDPR', 'PCI-DSS', 'FedRAMP', 'ISO27001'), t('scenario.compliance.[]')), {
      maxLength: 5,
    }),
    dataResidency: residency,
    budget: fc.record({ annualUsd: amount('scenario.budget.annualUsd') }),
    timeline: fc.record({ months: int(1, maximum('scenario.timeline.months')) }),
    constraints: list('scenario.constraints', t('scenario.constraints.[]')),
    useCases: list(
      'scenario.useCases',
      record(
        {
          name: t('scenario.useCases.[].name'),
          description: t('scenario.useCases.[].description', true),
          volume: t('scenario.useCases.[].volume'),
          priority: fc.constantFrom(...enumOf('scenario.useCases.[].priority')),
        },
        ['name'],
      ),
    ),
    successCriteria: list(
      'scenario.successCriteria',
      record(
        {
          metric: t('scenario.successCriteria.[].metric'),
          current: t('scenario.successCriteria.[].current'),
          target: t('scenario.successCriteria.[].target'),
          timeline: t('scenario.successCriteria.[].timeline'),
        },
        ['metric', 'target'],
      ),
    ),
  },
  ['useCase'],
);

// ---- platforms, catalog overrides and the model mix, drawn together: which models need prices depends on the recommendation ----
const criterionName = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...COURSE_CRITERIA) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 10, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,39}$/) },
);
const platformId = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 1, arbitrary: fc.constant('constructor') },
  { weight: 15, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,62}$/) },
);
const catalogModelId = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,79}$/);
const C = 'platforms.candidates.*';

function candidate(id: string, criteria: readonly string[]) {
  const known = KNOWN.has(id);
  const extraScores = fc.uniqueArray(
    criterionName.filter((c) => !criteria.includes(c)),
    { maxLength: 2 },
  );
  return fc
    .record({
      label: known ? fc.option(t('platforms.candidates.*.label'), { nil: undefined }) : t('platforms.candidates.*.label'),
      scores: fc.tuple(
        fc.array(score, { minLength: criteria.length, maxLength: criteria.length }),
        extraScores,
        fc.array(score, { minLength: 2, maxLength: 2 }),
      ),
      strengths: fc.option(list(`${C}.strengths`, text(500)), { nil: undefined }),
      limitations: fc.option(list(`${C}.limitations`, text(500)), { nil: undefined }),
      models: fc.option(fc.uniqueArray(text(80), { maxLength: 4 }), { nil: undefined }),
      proprietaryFeatures: fc.option(list(`${C}.proprietaryFeatures`, text(500)), { nil: undefined }),
    })
    .map(({ scores: [weighted, extra, extraValues], ...rest }) => {
      const scores = Object.fromEntries([...criteria.map((c, i) => [c, weighted[i]]), ...extra.map((c, i) => [c, extraValues[i]])]);
      return dropUndefined({ ...rest, scores });
    });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const pricedModel = record(
  {
    model: t('costs.models.[].model'),
    inputPer1M: amount('costs.models.[].inputPer1M'),
    outputPer1M: amount('costs.models.[].outputPer1M'),
    asOf: date,
    source: t('costs.models.[].source'),
  },
  ['model', 'inputPer1M', 'outputPer1M'],
);

interface Pricing {
  readonly recommendation: string | undefined;
  /** Model ids the recommended platform prices (catalog or spec override). */
  readonly priced: readonly string[];
  readonly catalog: Spec['catalog'];
}

function pricing(ids: readonly string[]): fc.Arbitrary<Pricing> {
  const custom = ids.filter((id) => !KNOWN.has(id));
  return fc.oneof(
    // No recommendation: the top score decides, so every model carries its own price.
    fc.constant<Pricing>({ recommendation: undefined, priced: [], catalog: undefined }),
    fc.constantFrom(...ids).map((id): Pricing => ({ recommendation: id, priced: KNOWN.get(id) ?? [], catalog: undefined })),
    ...(custom.length === 0
      ? []
      : [
          // A platform the catalog does not know, described with its own prices.
          fc.tuple(fc.constantFrom(...custom), fc.uniqueArray(catalogModelId, { minLength: 1, maxLength: 4 })).chain(([id, models]) =>
            fc
              .record({
                label: t('catalog.platforms.*.label'),
                provider: t('catalog.platforms.*.provider'),
                prices: fc.array(
                  record(
                    {
                      name: t('catalog.platforms.*.models.*.name'),
                      inputPer1M: amount('catalog.platforms.*.models.*.inputPer1M'),
                      outputPer1M: amount('catalog.platforms.*.models.*.outputPer1M'),
                      asOf: date,
                      source: t('catalog.platforms.*.models.*.source'),
                    },
                    ['inputPer1M', 'outputPer1M'],
                  ),
                  { minLength: models.length, maxLength: models.length },
                ),
                regions: fc.option(
                  fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,19}$/), fc.constantFrom(...enumOf('catalog.platforms.*.regions.*')), {
                    maxKeys: 3,
                    noNullPrototype: true,
                  }),
                  { nil: undefined },
                ),
              })
              .map(
                ({ label, provider, prices, regions }): Pricing => ({
                  recommendation: id,
                  priced: models,
                  catalog: {
                    platforms: { [id]: dropUndefined({ label, provider, regions, models: Object.fromEntries(models.map((m, i) => [m, prices[i]])) }) },
                  } as Spec['catalog'],
                }),
              ),
          ),
        ]),
  );
}

const platformsAndModels = fc
  .uniqueArray(criterionName, { minLength: 1, maxLength: maxProperties('platforms.weights') })
  .chain((criteria) =>
    fc.tuple(
      fc.constant(criteria),
      percentages(criteria.length),
      fc.uniqueArray(platformId, { minLength: 2, maxLength: maxProperties('platforms.candidates'), size: 'max' }),
    ),
  )
  .chain(([criteria, weights, ids]) =>
    fc.tuple(
      fc.constant(Object.fromEntries(criteria.map((c, i) => [c, weights[i]]))),
      fc.tuple(...ids.map((id) => candidate(id, criteria))).map((cs) => Object.fromEntries(ids.map((id, i) => [id, cs[i]]))),
      pricing(ids),
      int(1, 4),
    ),
  )
  .chain(([weights, candidates, price, modelCount]) =>
    fc.tuple(
      fc.constant(weights),
      fc.constant(candidates),
      fc.constant(price),
      fc.array(
        price.priced.length > 0
          ? fc.oneof(
              fc.constantFrom(...price.priced).map((model) => ({ model })),
              pricedModel,
            )
          : pricedModel,
        { minLength: modelCount, maxLength: modelCount },
      ),
      percentages(modelCount),
      fc.option(list('platforms.rationale', t('platforms.rationale.[]')), { nil: undefined }),
      fc.option(list('platforms.risks', record({ risk: t('platforms.risks.[].risk'), mitigation: t('platforms.risks.[].mitigation') }, ['risk']), 6), {
        nil: undefined,
      }),
    ),
  )
  .map(([weights, candidates, price, models, shares, rationale, risks]) => ({
    platforms: dropUndefined({ weights, candidates, recommendation: price.recommendation, rationale, risks }),
    catalog: price.catalog,
    models: models.map((m, i) => ({ ...m, share: shares[i] })),
  }));

// ---- architecture: ids (some named like Object.prototype members), then edges by index ----
const A = 'architecture.components.[]';
const componentId = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 99, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/) },
);
const componentBody = record(
  {
    kind: fc.constantFrom(...enumOf(`${A}.kind`)),
    name: t(`${A}.name`),
    service: t(`${A}.service`),
    zone: fc.constantFrom(...enumOf(`${A}.zone`)),
    purpose: t(`${A}.purpose`, true),
    sizing: t(`${A}.sizing`),
    owner: t(`${A}.owner`),
    support: t(`${A}.support`),
    cost: record({ monthly: amount(`${A}.cost.monthly`), perMillionRequests: amount(`${A}.cost.perMillionRequests`) }, []),
  },
  ['kind', 'name'],
);
const MAX_CONNECTS = maxItems(`${A}.connects`);
/** Dense enough to reach the 250 connections on 40 components. */
const MAX_EDGES = 260;

const architecture = fc.uniqueArray(componentId, { minLength: 2, maxLength: 40, size: 'max' }).chain((ids) => {
  const n = ids.length;
  const pairs: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) pairs.push([a, b]);
  const most = Math.min(pairs.length, MAX_EDGES);
  const count = fc.oneof(int(0, Math.min(n, most)), int(0, Math.min(3 * n, most)), int(Math.min(3 * n, most), most));
  const edges = count.chain((k) => fc.shuffledSubarray(pairs, { minLength: k, maxLength: k }));
  return fc
    .tuple(
      fc.constantFrom(...enumOf('architecture.pattern')),
      fc.array(componentBody, { minLength: n, maxLength: n }),
      edges.chain((es) =>
        fc.tuple(
          fc.constant(es),
          fc.array(fc.option(t(`${A}.connects.[].|1.label`), { nil: undefined, freq: 2 }), { minLength: es.length, maxLength: es.length }),
        ),
      ),
    )
    .map(([pattern, bodies, [es, labels]]) => {
      const connects: (string | { to: string; label?: string })[][] = ids.map(() => []);
      es.forEach(([a, b], i) => {
        const to = ids[b] ?? '';
        const label = labels[i];
        const from = connects[a];
        if (from === undefined || from.length >= MAX_CONNECTS) return;
        from.push(label === undefined ? (i % 3 === 0 ? { to } : to) : { to, label });
      });
      return { pattern, components: ids.map((id, i) => dropUndefined({ id, ...bodies[i], connects: connects[i]?.length ? connects[i] : undefined })) };
    });
});

// ---- security: each of the five layers absent, empty or filled ----
const control = record(
  {
    control: t('security.layers.network.[].control'),
    implementation: t('security.layers.network.[].implementation', true),
    status: fc.constantFrom(...enumOf('security.layers.network.[].status')),
  },
  ['control'],
);
const LAYERS = ['network', 'identity', 'application', 'data', 'monitoring'] as const;
const layers = fc.oneof(
  fc.constant({}),
  record(Object.fromEntries(LAYERS.map((l) => [l, list(`security.layers.${l}`, control, 6)])), []),
  fc.tuple(...LAYERS.map(() => fc.array(control, { minLength: 1, maxLength: 5 }))).map((filled) => Object.fromEntries(LAYERS.map((l, i) => [l, filled[i]]))),
);
const security = record(
  {
    layers,
    secrets: record({ pattern: fc.constantFrom(...enumOf('security.secrets.pattern')), implementation: t('security.secrets.implementation') }, []),
    roles: list(
      'security.roles',
      record({ name: t('security.roles.[].name'), permissions: list('security.roles.[].permissions', t('security.roles.[].permissions.[]')) }, ['name']),
    ),
    compliance: list(
      'security.compliance',
      record(
        {
          framework: t('security.compliance.[].framework'),
          requirement: t('security.compliance.[].requirement'),
          control: t('security.compliance.[].control'),
          evidence: t('security.compliance.[].evidence'),
        },
        ['framework', 'requirement', 'control'],
      ),
    ),
    serviceAuth: list(
      'security.serviceAuth',
      record(
        {
          service: t('security.serviceAuth.[].service'),
          method: t('security.serviceAuth.[].method'),
          secretStorage: t('security.serviceAuth.[].secretStorage'),
        },
        ['service', 'method'],
      ),
    ),
    logging: list(
      'security.logging',
      record({ logType: t('security.logging.[].logType'), retention: t('security.logging.[].retention'), storage: t('security.logging.[].storage') }, [
        'logType',
      ]),
    ),
    alerts: list(
      'security.alerts',
      record({ alert: t('security.alerts.[].alert'), condition: t('security.alerts.[].condition'), response: t('security.alerts.[].response') }, [
        'alert',
        'condition',
      ]),
    ),
  },
  [],
);

// ---- costs (the model mix comes with the platforms) ----
const K = 'costs';
const currency = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CURRENCIES) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{3}$/) });
const growth = fc.uniqueArray(int(1, maximum(`${K}.growth.[].month`)), { minLength: 1, maxLength: maxItems(`${K}.growth`), size: 'max' }).chain((months) => {
  const sorted = [...months].sort((a, b) => a - b);
  return fc
    .array(amount(`${K}.growth.[].users`), { minLength: sorted.length, maxLength: sorted.length })
    .map((users) => sorted.map((month, i) => ({ month, users: users[i] ?? 0 })));
});
const usage = record(
  {
    requestsPerUserPerDay: amount(`${K}.usage.requestsPerUserPerDay`),
    tokensPerRequest: fc.record({ input: amount(`${K}.usage.tokensPerRequest.input`), output: amount(`${K}.usage.tokensPerRequest.output`) }),
    peak: record(
      {
        multiplier: fc.double({ min: 1, max: maximum(`${K}.usage.peak.multiplier`), noNaN: true }),
        hours: fc.double({ min: 0.5, max: maximum(`${K}.usage.peak.hours`), noNaN: true }),
      },
      [],
    ),
  },
  ['requestsPerUserPerDay', 'tokensPerRequest'],
);
const costExtras = record(
  {
    currency,
    daysPerMonth: fc.oneof(int(1, 31), fc.double({ min: 0.5, max: 31, noNaN: true })),
    infrastructure: list(
      `${K}.infrastructure`,
      record(
        {
          item: t(`${K}.infrastructure.[].item`),
          volume: t(`${K}.infrastructure.[].volume`),
          monthly: amount(`${K}.infrastructure.[].monthly`),
          perMillionRequests: amount(`${K}.infrastructure.[].perMillionRequests`),
        },
        ['item'],
      ),
    ),
    operations: list(`${K}.operations`, fc.record({ item: t(`${K}.operations.[].item`), monthly: amount(`${K}.operations.[].monthly`) })),
    optimizations: list(
      `${K}.optimizations`,
      record(
        {
          strategy: t(`${K}.optimizations.[].strategy`),
          appliesTo: fc.constantFrom(...enumOf(`${K}.optimizations.[].appliesTo`)),
          savingsPercent: fc.oneof(int(0, 100), fc.double({ min: 0, max: 100, noNaN: true })),
          startMonth: int(1, 24),
          effort: fc.constantFrom(...enumOf(`${K}.optimizations.[].effort`)),
        },
        ['strategy', 'appliesTo', 'savingsPercent', 'startMonth'],
      ),
    ),
    transactions: list(
      `${K}.transactions`,
      record(
        {
          scenario: t(`${K}.transactions.[].scenario`),
          input: amount(`${K}.transactions.[].input`),
          output: amount(`${K}.transactions.[].output`),
          target: amount(`${K}.transactions.[].target`),
        },
        ['scenario', 'input', 'output'],
      ),
    ),
    benefits: list(
      `${K}.benefits`,
      record({ benefit: t(`${K}.benefits.[].benefit`), monthly: amount(`${K}.benefits.[].monthly`), startMonth: int(1, 24) }, ['benefit', 'monthly']),
    ),
  },
  [],
);

// ---- deployment, operations, proposal ----
const D = 'deployment';
const risk = record(
  {
    risk: t(`${D}.risks.[].risk`),
    likelihood: fc.constantFrom(...enumOf(`${D}.risks.[].likelihood`)),
    impact: fc.constantFrom(...enumOf(`${D}.risks.[].impact`)),
    mitigation: t(`${D}.risks.[].mitigation`),
  },
  ['risk'],
);
const phases = list(
  `${D}.phases`,
  record(
    {
      name: t(`${D}.phases.[].name`),
      startWeek: int(1, 60),
      weeks: int(1, 52),
      users: amount(`${D}.phases.[].users`),
      scope: t(`${D}.phases.[].scope`),
      successCriteria: list(`${D}.phases.[].successCriteria`, t(`${D}.phases.[].successCriteria.[]`), 3),
    },
    ['name', 'startWeek', 'weeks'],
  ),
  6,
).map((ps) => [...ps].sort((a, b) => (a.startWeek as number) - (b.startWeek as number)));
const deployment = record(
  {
    strategy: fc.constantFrom(...enumOf(`${D}.strategy`)),
    rationale: t(`${D}.rationale`, true),
    phases,
    environments: list(
      `${D}.environments`,
      record({ name: t(`${D}.environments.[].name`), purpose: t(`${D}.environments.[].purpose`), refresh: t(`${D}.environments.[].refresh`) }, ['name']),
    ),
    pipeline: list(`${D}.pipeline`, t(`${D}.pipeline.[]`), 6),
    scaling: record(
      {
        minInstances: int(0, 50),
        maxInstances: int(0, 500),
        targetCpuPercent: int(1, 100),
        requestsPerSecond: amount(`${D}.scaling.requestsPerSecond`),
        queueDepth: int(0, 10_000),
        scaleDownDelaySeconds: int(0, 86_400),
        scaleUpCooldownSeconds: int(0, 86_400),
      },
      [],
    ),
    rollback: list(`${D}.rollback`, t(`${D}.rollback.[]`)),
    risks: list(`${D}.risks`, risk, 6),
  },
  [],
);
const O = 'operations';
const operations = record(
  {
    metrics: list(
      `${O}.metrics`,
      record({ metric: t(`${O}.metrics.[].metric`), warning: t(`${O}.metrics.[].warning`), critical: t(`${O}.metrics.[].critical`) }, ['metric']),
    ),
    alertRouting: list(
      `${O}.alertRouting`,
      record(
        { severity: t(`${O}.alertRouting.[].severity`), channel: t(`${O}.alertRouting.[].channel`), responseTime: t(`${O}.alertRouting.[].responseTime`) },
        ['severity', 'channel'],
      ),
    ),
    procedures: list(
      `${O}.procedures`,
      record(
        {
          name: t(`${O}.procedures.[].name`),
          when: t(`${O}.procedures.[].when`),
          steps: list(`${O}.procedures.[].steps`, t(`${O}.procedures.[].steps.[]`)),
          verification: t(`${O}.procedures.[].verification`),
        },
        ['name', 'steps'],
      ),
    ),
    escalation: list(
      `${O}.escalation`,
      fc.oneof(t(`${O}.escalation.[].|0`), record({ who: t(`${O}.escalation.[].|1.who`), contact: t(`${O}.escalation.[].|1.contact`) }, ['who'])),
    ),
    vendorSupport: list(
      `${O}.vendorSupport`,
      record({ vendor: t(`${O}.vendorSupport.[].vendor`), portal: t(`${O}.vendorSupport.[].portal`), responseTime: t(`${O}.vendorSupport.[].responseTime`) }, [
        'vendor',
      ]),
    ),
    maintenance: list(`${O}.maintenance`, record({ window: t(`${O}.maintenance.[].window`), purpose: t(`${O}.maintenance.[].purpose`) }, ['window'])),
  },
  [],
);
const P = 'proposal';
const proposal = record(
  {
    executiveSummary: t(`${P}.executiveSummary`, true),
    nextSteps: list(`${P}.nextSteps`, t(`${P}.nextSteps.[]`)),
    decisions: list(`${P}.decisions`, record({ decision: t(`${P}.decisions.[].decision`), owner: t(`${P}.decisions.[].owner`), deadline: date }, ['decision'])),
  },
  [],
);

/** A spec the loader accepts: schema-valid and consistent (ids, sums, prices, order). */
export function specArbitrary(): fc.Arbitrary<Spec> {
  return fc
    .record({
      client,
      scenario,
      platformsAndModels,
      architecture,
      security: fc.option(security, { nil: undefined }),
      usage,
      growth,
      costExtras,
      deployment: fc.option(deployment, { nil: undefined }),
      operations: fc.option(operations, { nil: undefined }),
      proposal: fc.option(proposal, { nil: undefined }),
    })
    .map(
      ({ platformsAndModels: pm, usage: u, growth: g, costExtras: extra, ...rest }) =>
        dropUndefined({
          version: 1,
          client: rest.client,
          scenario: rest.scenario,
          platforms: pm.platforms,
          architecture: rest.architecture,
          security: rest.security,
          costs: { ...extra, usage: u, growth: g, models: pm.models },
          deployment: rest.deployment,
          operations: rest.operations,
          proposal: rest.proposal,
          catalog: pm.catalog,
        }) as unknown as Spec,
    );
}

/** The YAML a user would write for this spec. */
export function specYaml(spec: Spec): string {
  return stringify(spec);
}

/** The one spec a seed gives: `specAt(seed)` is what a failure report asks you to replay. */
export function specAt(seed: number): Spec {
  const [spec] = fc.sample(specArbitrary(), { seed, numRuns: 1 });
  if (spec === undefined) throw new Error(`no spec for seed ${seed}`);
  return spec;
}
