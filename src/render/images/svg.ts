// Turning Mermaid's SVG into a file that reads the same outside the browser.
import { decodeNumericEntities } from '../mermaid/escape.js';

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

/** Mermaid's own failure drawings: syntax errors and the "maximum text size" picture. */
export function isErrorPicture(svg: string): boolean {
  return (
    /aria-roledescription="error"/.test(svg) ||
    /class="error-icon"/.test(svg) ||
    /Syntax error in text/.test(svg) ||
    /Maximum text size in diagram exceeded/.test(svg)
  );
}

export function viewBoxSize(svg: string): SvgSize | null {
  const match = /<svg[^>]*\sviewBox="\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(svg);
  if (match === null) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : null;
}

/**
 * - numeric entity codes, printed literally by SVG-text labels, become character references;
 * - `xml:space="preserve"` keeps the space that starts each word's <tspan>
 *   (librsvg drops it otherwise: "API Gateway" would read "APIGateway");
 * - a fixed pixel size replaces `width="100%"` and max-width, for viewers with no container.
 */
export function finishSvg(svg: string, size: SvgSize): string {
  const width = Math.ceil(size.width);
  const height = Math.ceil(size.height);
  return decodeNumericEntities(svg)
    .replace(/<text(?![^>]*xml:space)/g, '<text xml:space="preserve"')
    .replace(/^<svg([^>]*)>/, (_tag, attrs: string) => {
      const cleaned = attrs
        .replace(/\swidth="[^"]*"/, '')
        .replace(/\sheight="[^"]*"/, '')
        .replace(/\sstyle="[^"]*"/, '');
      return `<svg${cleaned} width="${width}" height="${height}">`;
    });
}
