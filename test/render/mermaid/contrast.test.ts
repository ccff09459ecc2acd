// Every text colour the diagrams use passes WCAG AA (4.5:1; all diagram text
// is under the 24 px "large" size) on the fill it is drawn on: the theme's
// pairs (groups, edge labels, gantt bars and axis, chart labels) and every
// classDef that any diagram of the example specs, the patterns or a bare spec
// writes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../../../src/compile/analyze.js';
import { renderDiagramSources } from '../../../src/render/mermaid/index.js';
import { INK, PAPER, THEME_VARIABLES } from '../../../src/render/mermaid/palette.js';
import { bareSpec, modelOf, patternSpec, PATTERNS } from './patterns.js';

const AA = 4.5;

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (i: number): number => {
    const c = Number.parseInt((match[1] ?? '').slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2.x contrast ratio. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const T = THEME_VARIABLES;
const THEME_PAIRS: ReadonlyArray<[string, string, string]> = [
  ['node text on the default fill', T.primaryTextColor, T.primaryColor],
  ['secondary text', T.secondaryTextColor, T.secondaryColor],
  ['tertiary text', T.tertiaryTextColor, T.tertiaryColor],
  ['group title', T.titleColor, T.clusterBkg],
  ['group text', T.textColor, T.clusterBkg],
  ['edge label', T.textColor, T.edgeLabelBackground],
  ['gantt task', T.taskTextColor, T.taskBkgColor],
  ['gantt task, dark variant', T.taskTextDarkColor, T.taskBkgColor],
  ['gantt task, light variant', T.taskTextLightColor, T.taskBkgColor],
  ['gantt active task', T.taskTextColor, T.activeTaskBkgColor],
  ['gantt done task', T.taskTextColor, T.doneTaskBkgColor],
  ['gantt task text outside its bar', T.taskTextOutsideColor, T.background],
  ['gantt section name', T.textColor, T.sectionBkgColor],
  ['gantt section name, alternate row', T.textColor, T.altSectionBkgColor],
  ['gantt date axis', INK, PAPER],
  ['gantt and chart title', T.titleColor, T.background],
  ['chart title', T.xyChart.titleColor, T.xyChart.backgroundColor],
  ['chart x labels', T.xyChart.xAxisLabelColor, T.xyChart.backgroundColor],
  ['chart x title', T.xyChart.xAxisTitleColor, T.xyChart.backgroundColor],
  ['chart y labels', T.xyChart.yAxisLabelColor, T.xyChart.backgroundColor],
  ['chart y title', T.xyChart.yAxisTitleColor, T.xyChart.backgroundColor],
];

/** [class, text, fill] of every classDef with a text colour; `fill:none` draws on the white page. */
function classPairs(source: string): Array<[string, string, string]> {
  const pairs: Array<[string, string, string]> = [];
  for (const match of source.matchAll(/classDef (\w+) ([^\n]+)/g)) {
    const style = match[2] ?? '';
    const color = /(?:^|,)color:(#[0-9a-f]{6})/i.exec(style)?.[1];
    const fill = /(?:^|,)fill:(#[0-9a-f]{6}|none)/i.exec(style)?.[1];
    if (color === undefined) continue;
    pairs.push([match[1] ?? '', color, fill === undefined || fill === 'none' ? PAPER : fill]);
  }
  return pairs;
}

function allSources(): Array<{ where: string; source: string }> {
  const specs = join(import.meta.dirname, '../../../specs');
  const models = [
    ...readdirSync(specs)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const analyzed = analyzeSpec(join(specs, f));
        if (!('model' in analyzed)) throw new Error(`${f} does not load`);
        return { where: f, model: analyzed.model };
      }),
    ...PATTERNS.map((p) => ({ where: p, model: modelOf(patternSpec(p)) })),
    { where: 'bare spec', model: modelOf(bareSpec()) },
  ];
  return models.flatMap(({ where, model }) => renderDiagramSources(model).map((d) => ({ where: `${where} ${d.name}`, source: d.source })));
}

describe('diagram contrast (WCAG AA)', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The pair the issue found: white on Mermaid's default lavender gantt bars.
    expect(contrast('#ffffff', '#8a90dd')).toBeLessThan(AA);
  });

  it('passes for every text and fill pair of the theme, gantt and charts included', () => {
    const failing = THEME_PAIRS.filter(([, text, fill]) => contrast(text, fill) < AA).map(
      ([what, text, fill]) => `${what}: ${text} on ${fill} is ${contrast(text, fill).toFixed(2)}:1`,
    );
    expect(failing).toEqual([]);
  });

  it('passes for every class any diagram defines', () => {
    const sources = allSources();
    const seen = new Set<string>();
    const failing: string[] = [];
    for (const { where, source } of sources) {
      for (const [name, text, fill] of classPairs(source)) {
        seen.add(name);
        const ratio = contrast(text, fill);
        if (ratio < AA) failing.push(`${where} ${name}: ${text} on ${fill} is ${ratio.toFixed(2)}:1`);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(failing).toEqual([]);
  });
});
