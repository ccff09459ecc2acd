// What every artifact says of a defense-in-depth layer the proposal names no
// control for: one client-facing sentence, the same in the proposal's summary
// table, the defense-in-depth diagram and the deck's security slide. A proposal
// with no control in any layer shows no layers at all (no diagram, no slide, no
// table of empty rows): the documents state one assumption instead.
import { LAYER_NAMES, type Spec } from '../spec/types.js';

export const LAYER_TO_DEFINE = 'Controls for this layer are to be defined in the detailed design.';

/** The same, as a table cell or a diagram box. */
export const LAYER_TO_DEFINE_SHORT = 'To be defined in the detailed design';

/** The assumption the documents state when no layer has a control. */
export const CONTROLS_TO_DEFINE =
  'Security controls for the five layers of defense in depth (network, identity, application, data and monitoring) are to be defined in the detailed design.';

/** True when at least one defense-in-depth layer names a control. */
export function hasSecurityControls(spec: Pick<Spec, 'security'>): boolean {
  return LAYER_NAMES.some((layer) => (spec.security?.layers?.[layer] ?? []).length > 0);
}
