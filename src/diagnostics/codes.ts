// Every code an issue can carry, in one table: the spec loader's and the build's
// AIA codes and the check's rule ids, each with its severity and the one line
// the README shows (its tables are tested against this). Codes are stable:
// never renumber or rename, only add.
import type { Severity } from './diagnostic.js';
import { NEAR_TIE_POINTS, PRICE_FACTOR_ERROR, PRICE_FACTOR_WARNING, SENSITIVE_SHIFT_POINTS, STALE_PRICE_DAYS } from '../check/thresholds.js';

export type Layer = 'read' | 'YAML' | 'extends' | 'schema' | 'semantics' | 'model' | 'build';

export interface CodeEntry {
  readonly layer: Layer;
  /** The usual severity; a few codes report a milder one in some cases (the meaning says when). */
  readonly severity: Severity;
  readonly meaning: string;
}

export const CODES = {
  AIA001: { layer: 'read', severity: 'error', meaning: 'the spec file cannot be read (the preview waits for it to be saved again)' },
  AIA101: { layer: 'YAML', severity: 'error', meaning: 'YAML syntax error' },
  AIA102: { layer: 'YAML', severity: 'error', meaning: 'duplicate key in a mapping' },
  AIA103: { layer: 'YAML', severity: 'error', meaning: 'tab used for indentation' },
  AIA104: { layer: 'YAML', severity: 'error', meaning: 'more than one YAML document in the file' },
  AIA105: { layer: 'YAML', severity: 'error', meaning: 'too many alias expansions (possible alias bomb)' },
  AIA106: { layer: 'YAML', severity: 'error', meaning: 'unknown YAML tag (e.g. !!js/function)' },
  AIA107: { layer: 'YAML', severity: 'error', meaning: 'merge key `<<` is not supported' },
  AIA108: { layer: 'YAML', severity: 'error', meaning: 'file is not valid UTF-8' },
  AIA109: { layer: 'YAML', severity: 'error', meaning: 'file is empty' },
  AIA110: { layer: 'YAML', severity: 'error', meaning: 'file is larger than the size limit' },
  AIA111: { layer: 'YAML', severity: 'error', meaning: 'nesting deeper than the limit' },
  AIA112: { layer: 'extends', severity: 'error', meaning: '`extends` base spec missing, unreadable, not local or not a mapping' },
  AIA113: { layer: 'extends', severity: 'error', meaning: '`extends` chain makes a cycle' },
  AIA114: { layer: 'extends', severity: 'error', meaning: '`extends` chain deeper than 4 bases' },
  AIA201: { layer: 'schema', severity: 'error', meaning: 'unknown property' },
  AIA202: { layer: 'schema', severity: 'error', meaning: 'missing required property' },
  AIA203: { layer: 'schema', severity: 'error', meaning: 'wrong type' },
  AIA204: { layer: 'schema', severity: 'error', meaning: 'value not in the allowed list' },
  AIA205: { layer: 'schema', severity: 'error', meaning: 'number out of range' },
  AIA206: { layer: 'schema', severity: 'error', meaning: 'text too short, too long or in the wrong format' },
  AIA207: { layer: 'schema', severity: 'error', meaning: 'too few or too many entries, or duplicate entries' },
  AIA208: { layer: 'schema', severity: 'error', meaning: 'value must be a constant (e.g. version: 1)' },
  AIA209: { layer: 'schema', severity: 'error', meaning: 'invalid key name' },
  AIA299: { layer: 'schema', severity: 'error', meaning: 'other schema violation' },
  AIA301: { layer: 'semantics', severity: 'error', meaning: 'duplicate component id' },
  AIA302: { layer: 'semantics', severity: 'error', meaning: '`connects` names an unknown component' },
  AIA303: { layer: 'semantics', severity: 'error', meaning: 'component connects to itself' },
  AIA304: { layer: 'semantics', severity: 'error', meaning: 'platform weights do not sum to 100' },
  AIA305: { layer: 'semantics', severity: 'error', meaning: 'weighted criterion not scored for a candidate' },
  AIA306: { layer: 'semantics', severity: 'warning', meaning: 'score for a criterion that has no weight (warning)' },
  AIA307: { layer: 'semantics', severity: 'error', meaning: '`recommendation` is not a candidate' },
  AIA308: { layer: 'semantics', severity: 'error', meaning: 'candidate unknown to the catalog has no `label`' },
  AIA309: { layer: 'semantics', severity: 'error', meaning: 'model shares do not sum to 100' },
  AIA310: { layer: 'semantics', severity: 'error', meaning: 'model unknown on the recommended platform and not priced in the spec' },
  AIA311: { layer: 'semantics', severity: 'error', meaning: 'growth months not strictly ascending' },
  AIA312: { layer: 'semantics', severity: 'error', meaning: 'deployment phases start out of order' },
  AIA313: { layer: 'semantics', severity: 'error', meaning: 'not a valid calendar date' },
  AIA314: { layer: 'semantics', severity: 'error', meaning: 'catalog override cannot take effect (new platform without label, new model without prices)' },
  AIA390: { layer: 'model', severity: 'error', meaning: 'a model of the mix has no price on the recommended platform' },
  AIA401: { layer: 'build', severity: 'error', meaning: "a diagram's Mermaid text is over Mermaid's size limit" },
  AIA402: { layer: 'build', severity: 'error', meaning: 'a diagram has more connections than Mermaid draws' },
  AIA500: { layer: 'build', severity: 'error', meaning: "rendering failed (browser, diagram or PDF); the spec's output is left as it was" },
  AIA501: { layer: 'build', severity: 'error', meaning: 'two specs would write the same output folder (same `client.name`)' },
  AIA502: { layer: 'build', severity: 'error', meaning: 'the output folder could not be written (permissions, disk full, a file in the way)' },
  AIA503: { layer: 'build', severity: 'warning', meaning: "warning: the PDF's contents page went out without page numbers (the rest of the PDF is complete)" },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CODES;

export type CriterionId = 'platform-analysis' | 'security-architecture' | 'cost-operations' | 'proposal-quality';

export interface RuleEntry {
  readonly id: string;
  /** The severity the rule usually reports. */
  readonly severity: Severity;
  /** The rubric criterion an error finding of this rule caps. */
  readonly criterion: CriterionId;
  /** One line for SARIF and the README. */
  readonly summary: string;
}

/** The check's rules by id, in report order. */
export const RULE_CODES = {
  'recommendation-not-top': {
    id: 'recommendation-not-top',
    severity: 'warning',
    criterion: 'platform-analysis',
    summary: 'The stated recommendation is not the highest weighted score.',
  },
  'recommendation-tie': {
    id: 'recommendation-tie',
    severity: 'error',
    criterion: 'platform-analysis',
    summary: `The recommendation wins on a tie (error) or a near-tie under ${NEAR_TIE_POINTS} points (warning) of the weighted score.`,
  },
  'weights-sensitive': {
    id: 'weights-sensitive',
    severity: 'info',
    criterion: 'platform-analysis',
    summary: `A weight shift of ${SENSITIVE_SHIFT_POINTS} points or less on one criterion changes the winner.`,
  },
  'certification-missing': {
    id: 'certification-missing',
    severity: 'error',
    criterion: 'platform-analysis',
    summary: 'The recommended platform lacks a certification the scenario requires.',
  },
  'industry-certification-missing': {
    id: 'industry-certification-missing',
    severity: 'error',
    criterion: 'security-architecture',
    summary:
      "The client's industry and data location require a certification that scenario.compliance does not list (healthcare: HIPAA, payments: PCI-DSS, US public sector: FedRAMP, EU/UK personal data: GDPR).",
  },
  'residency-partial': {
    id: 'residency-partial',
    severity: 'warning',
    criterion: 'platform-analysis',
    summary: 'The recommended platform is limited or absent in a required data-residency zone.',
  },
  'compliance-unmapped': {
    id: 'compliance-unmapped',
    severity: 'warning',
    criterion: 'security-architecture',
    summary: 'A required compliance framework has no requirement-to-control row in security.compliance.',
  },
  'layer-empty': {
    id: 'layer-empty',
    severity: 'warning',
    criterion: 'security-architecture',
    summary: 'A defense-in-depth layer is missing or has no controls.',
  },
  'over-budget': { id: 'over-budget', severity: 'error', criterion: 'cost-operations', summary: 'The year-1 total cost exceeds scenario.budget.annualUsd.' },
  'price-stale': {
    id: 'price-stale',
    severity: 'warning',
    criterion: 'cost-operations',
    summary: `A model price is older than ${STALE_PRICE_DAYS} days at the spec's date.`,
  },
  'price-unclear': {
    id: 'price-unclear',
    severity: 'warning',
    criterion: 'cost-operations',
    summary: `A price set in the spec has no date, or is ${PRICE_FACTOR_WARNING}x or more off the catalog list price (${PRICE_FACTOR_ERROR}x or more: error).`,
  },
  'model-unavailable': {
    id: 'model-unavailable',
    severity: 'warning',
    criterion: 'cost-operations',
    summary: 'A model in the traffic mix is not offered on the recommended platform.',
  },
  'model-deprecated': {
    id: 'model-deprecated',
    severity: 'error',
    criterion: 'platform-analysis',
    summary: "A model the recommendation runs is retired at the spec's date (error) or marked deprecated in the catalog (warning).",
  },
  'target-missed': { id: 'target-missed', severity: 'warning', criterion: 'cost-operations', summary: 'A transaction costs more than its target.' },
  'lock-in': {
    id: 'lock-in',
    severity: 'warning',
    criterion: 'platform-analysis',
    summary: 'The design relies on proprietary platform features or provider-specific managed services and no platform risk mitigates lock-in.',
  },
  'risk-unmitigated': {
    id: 'risk-unmitigated',
    severity: 'warning',
    criterion: 'platform-analysis',
    summary: 'A platform or deployment risk has no mitigation.',
  },
  'rollback-missing': { id: 'rollback-missing', severity: 'warning', criterion: 'proposal-quality', summary: 'The deployment plan has no rollback procedure.' },
  'no-client-date': {
    id: 'no-client-date',
    severity: 'info',
    criterion: 'proposal-quality',
    summary: 'client.date is missing, so price ages cannot be checked.',
  },
} as const satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof RULE_CODES;

/** What an issue's `code` can be: an AIA code or a rule id. */
export type IssueCode = Code | RuleId;

export function ruleEntry<Id extends RuleId>(id: Id): (typeof RULE_CODES)[Id] {
  return RULE_CODES[id];
}
