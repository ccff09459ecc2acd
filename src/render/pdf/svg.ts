// Prepares a diagram's SVG for inlining. Several SVGs share one HTML page (and
// a diagram can appear both in the proposal and in an appendix), so every id
// an SVG defines is prefixed per occurrence: otherwise one diagram's <style>
// rules (`#id .node`) and marker references (`url(#id_arrow)`) would bind to
// another diagram's elements.

const ID_ATTR = /\bid="([^"]+)"/g;
const REFERENCE = /#([A-Za-z_][\w-]*)/g;

export function inlineSvg(svg: string, prefix: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('diagram image is not an SVG');
  // Drop any XML declaration or doctype: they are not valid inside HTML.
  const body = svg.slice(start);
  const ids = new Set<string>();
  for (const match of body.matchAll(ID_ATTR)) if (match[1] !== undefined) ids.add(match[1]);
  if (ids.size === 0) return body;
  const rename = (id: string): string => (ids.has(id) ? `${prefix}-${id}` : id);
  return body.replace(ID_ATTR, (_, id: string) => `id="${rename(id)}"`).replace(REFERENCE, (whole, id: string) => (ids.has(id) ? `#${rename(id)}` : whole));
}
