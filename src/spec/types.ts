// Named views into the generated spec types, so the rest of the code never
// restates the schema's shape by hand.
import type { AiarchArchitectureSpec } from './types.generated.js';

export type Spec = AiarchArchitectureSpec;
export type Client = Spec['client'];
export type Scenario = Spec['scenario'];
export type Platforms = Spec['platforms'];
export type Candidate = NonNullable<Platforms['candidates'][string]>;
export type Architecture = Spec['architecture'];
export type Component = Architecture['components'][number];
export type Connection = NonNullable<Component['connects']>[number];
export type Security = NonNullable<Spec['security']>;
export type Control = NonNullable<NonNullable<Security['layers']>['network']>[number];
export type LayerName = keyof NonNullable<Security['layers']>;
export type Costs = Spec['costs'];
export type ModelShare = Costs['models'][number];
export type Optimization = NonNullable<Costs['optimizations']>[number];
export type Deployment = NonNullable<Spec['deployment']>;
export type Phase = NonNullable<Deployment['phases']>[number];
export type Operations = NonNullable<Spec['operations']>;
export type Proposal = NonNullable<Spec['proposal']>;

export const LAYER_NAMES: readonly LayerName[] = ['network', 'identity', 'application', 'data', 'monitoring'];
