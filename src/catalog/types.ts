// Shape of one platform in catalog/*.yaml (schemas/catalog.schema.json).
export type Availability = 'available' | 'limited' | 'absent';

/** Capability tiers of the course's Appendix A: a comparison prices like against like. */
export type Tier = 'small' | 'medium' | 'large';
export const TIERS: readonly Tier[] = ['small', 'medium', 'large'];

export interface CatalogModel {
  readonly name: string;
  readonly family: string;
  readonly tier?: Tier;
  readonly inputPer1M: number;
  readonly outputPer1M: number;
  /** ISO date the price was read. */
  readonly asOf: string;
  readonly source: string;
  readonly deprecated?: string;
}

export interface CatalogPlatform {
  readonly id: string;
  readonly label: string;
  readonly provider: string;
  /** Framework → 'yes' | 'no' | a level such as 'High'. */
  readonly certifications: Readonly<Record<string, string>>;
  readonly regions: Readonly<Record<string, Availability>>;
  readonly features: Readonly<Record<string, string>>;
  /** Proprietary features that create lock-in. */
  readonly proprietary: readonly string[];
  /** The platform's own model for each tier, standing in for another platform's model of that tier. */
  readonly tiers?: Readonly<Partial<Record<Tier, string>>>;
  readonly models: Readonly<Record<string, CatalogModel>>;
}

export type Catalog = Readonly<Record<string, CatalogPlatform>>;
