// The text a reader sees in an SVG: tags removed, character references decoded.
export function svgText(svg: string): string {
  return (
    svg
      .replace(/<style[\s\S]*?<\/style>/g, '')
      // Each wrapped row of a label is its own outer tspan; a reader sees a line break there.
      .replace(/<tspan class="text-outer-tspan/g, ' $&')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
  );
}
