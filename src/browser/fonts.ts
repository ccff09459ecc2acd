// Which writing systems the machine's fonts can print. Latin text uses the
// bundled Inter; every other script falls back to the system's fonts (Chromium
// asks fontconfig per character), and without one it prints as empty boxes.
// Where fontconfig exists, `aiarch doctor` names what is missing and the fix.
import { spawnSync } from 'node:child_process';

export interface Script {
  readonly name: string;
  /** One code point the script cannot do without. */
  readonly sample: number;
  /** The Debian package that covers it. */
  readonly debian: string;
}

export const SCRIPTS: readonly Script[] = [
  { name: 'Chinese', sample: 0x4e2d, debian: 'fonts-noto-cjk' },
  { name: 'Japanese', sample: 0x3042, debian: 'fonts-noto-cjk' },
  { name: 'Korean', sample: 0xd55c, debian: 'fonts-noto-cjk' },
  { name: 'Arabic', sample: 0x0639, debian: 'fonts-dejavu-core' },
  { name: 'Hebrew', sample: 0x05d0, debian: 'fonts-dejavu-core' },
  { name: 'Cyrillic', sample: 0x0416, debian: 'fonts-dejavu-core' },
  { name: 'Greek', sample: 0x03a9, debian: 'fonts-dejavu-core' },
  { name: 'Emoji', sample: 0x1f4b6, debian: 'fonts-noto-color-emoji' },
];

export interface ScriptCoverage {
  readonly script: Script;
  /** A font family that has the script's sample, or null when none does. */
  readonly family: string | null;
}

/** Runs a fontconfig query; null when fontconfig is not installed (macOS, Windows). */
export type FontQuery = (pattern: string) => string | null;

const fcList: FontQuery = (pattern) => {
  const run = spawnSync('fc-list', [pattern, 'family'], { encoding: 'utf8' });
  return run.error || run.status !== 0 ? null : run.stdout;
};

/** Coverage of each script, or null when the machine has no fontconfig to ask. */
export function scriptCoverage(query: FontQuery = fcList): ScriptCoverage[] | null {
  const coverage: ScriptCoverage[] = [];
  for (const script of SCRIPTS) {
    const out = query(`:charset=${script.sample.toString(16)}`);
    if (out === null) return null;
    const families = out
      .split('\n')
      .map((line) => line.split(',')[0]?.trim() ?? '')
      .filter((family) => family !== '')
      .sort();
    coverage.push({ script, family: families[0] ?? null });
  }
  return coverage;
}
