// The badges the renderer adds to the architecture diagrams' nodes.
import { describe, expect, it } from 'vitest';
import { BADGE_PX, iconBadges, iconData, iconSvg } from '../../../src/render/images/icons.js';

describe('iconBadges', () => {
  it('draws each known icon in a white square, its ids prefixed per badge, and leaves unknown names out', () => {
    const badges = iconBadges('d', [
      ['n0', 'logos:aws-lambda'],
      ['n1', 'mdi:database'],
      ['n2', 'mdi:nope'],
      ['n3', 'logos:aws-lambda'],
    ]);
    expect(badges.map(([id]) => id)).toEqual(['n0', 'n1', 'n3']);
    const [lambda, database, again] = badges.map(([, markup]) => markup);
    expect(lambda).toContain(`<rect width="${BADGE_PX}" height="${BADGE_PX}"`);
    expect(lambda).toMatch(/<linearGradient id="d-icon0-[^"]+"/);
    expect(lambda).toMatch(/fill="url\(#d-icon0-/);
    expect(again).toMatch(/<linearGradient id="d-icon2-[^"]+"/);
    expect(database).toContain(iconData('mdi:database')!.body);
    expect(iconBadges('d', [['n0', 'logos:aws-lambda']])).toEqual([badges[0]]);
  });

  it('keeps the icon box: viewBox from the icon data, size from the badge', () => {
    expect(iconSvg('mdi:database', 24, 3, 'p-')).toMatch(/^<svg x="3" y="3" width="24" height="24" viewBox="0 0 24 24">/);
    expect(iconSvg('constructor:toString', 24, 3, 'p-')).toBeUndefined();
  });
});
