// Swapping Mermaid's unknown-icon placeholders for the bundled icons.
import { describe, expect, it } from 'vitest';
import { drawIcons, iconData, iconsInSource } from '../../../src/render/images/icons.js';

const placeholder = (size: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 80 80"><g><rect width="80" height="80"></rect><text><tspan>?</tspan></text></g></svg>`;
const node = (svgId: string, id: string): string => `<g class="icon-shape default zPrivate" id="${svgId}-flowchart-${id}-3"><g>${placeholder(40)}</g></g>`;

describe('drawIcons', () => {
  const source =
    'flowchart TB\n  n0@{ icon: "logos:aws-lambda", form: "rounded", label: "A" }\n  n1@{ icon: "mdi:database", label: "B" }\n  n2@{ icon: "mdi:nope", label: "C" }\n';

  it('reads which icon each node names', () => {
    expect([...iconsInSource(source)]).toEqual([
      ['n0', 'logos:aws-lambda'],
      ['n1', 'mdi:database'],
      ['n2', 'mdi:nope'],
    ]);
  });

  it('puts each icon in its placeholder at the same size, with ids of its own, and leaves unknown names alone', () => {
    const svg = `<svg id="d">${node('d', 'n0')}${node('d', 'n1')}${node('d', 'n2')}${node('d', 'n0x')}</svg>`;
    const drawn = drawIcons(svg, source);
    expect(drawn.match(/viewBox="0 0 80 80"/g)).toHaveLength(2);
    expect(drawn).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 256 256"><defs><linearGradient id="d-icon0-');
    expect(drawn).toContain('fill="url(#d-icon0-');
    expect(drawn).toContain(`viewBox="0 0 24 24">${iconData('mdi:database')!.body}</svg>`);
    expect(drawIcons(svg, source)).toBe(drawn);
  });

  it('leaves a diagram without icons as it is', () => {
    const svg = `<svg id="d">${node('d', 'n0')}</svg>`;
    expect(drawIcons(svg, 'flowchart TB\n  n0["A"]\n')).toBe(svg);
  });
});
