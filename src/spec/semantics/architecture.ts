// Component graph rules: unique ids, `connects` to known ids, no self-loops.
import { didYouMean } from '../suggest.js';
import type { Rule } from './rule.js';

export const architectureRules: readonly Rule[] = [
  {
    needs: ['architecture'],
    check: ({ spec, out, locate }) => {
      const components = spec.architecture.components;
      const firstIndex = new Map<string, number>();
      components.forEach((c, i) => {
        const earlier = firstIndex.get(c.id);
        if (earlier === undefined) {
          firstIndex.set(c.id, i);
          return;
        }
        const first = locate.value(`/architecture/components/${earlier}/id`);
        out.add({
          code: 'AIA301',
          path: `/architecture/components/${i}/id`,
          message: `duplicate component id "${c.id}" (first used at line ${first.line})`,
          hint: 'Give each component its own id; `connects` refers to components by id.',
        });
      });

      const ids = [...firstIndex.keys()];
      components.forEach((c, i) => {
        (c.connects ?? []).forEach((link, j) => {
          const to = typeof link === 'string' ? link : link.to;
          const path = `/architecture/components/${i}/connects/${j}${typeof link === 'string' ? '' : '/to'}`;
          if (to === c.id) {
            out.add({
              code: 'AIA303',
              path,
              message: `component "${c.id}" connects to itself`,
              hint: 'Remove this entry; a component does not need an edge to itself.',
            });
          } else if (!firstIndex.has(to)) {
            out.add({
              code: 'AIA302',
              path,
              message: `"${c.id}" connects to unknown component "${to}"${didYouMean(to, ids)}`,
              hint: `Use the id of a component listed under architecture.components (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}).`,
            });
          }
        });
      });
    },
  },
];
