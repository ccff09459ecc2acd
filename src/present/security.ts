// What every artifact says of a defense-in-depth layer the proposal names no
// control for: one client-facing sentence, the same in the proposal's summary
// table, the defense-in-depth diagram and the deck's security slide.
export const LAYER_TO_DEFINE = 'Controls for this layer are to be defined in the detailed design.';

/** The same, as a table cell or a diagram box. */
export const LAYER_TO_DEFINE_SHORT = 'To be defined in the detailed design';
