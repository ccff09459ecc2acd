import { readFileSync, readdirSync } from 'node:fs';
const { findBrowser } = await import('./dist/browser/find.js');
const { openBrowser } = await import('./dist/browser/session.js');
const { renderDiagramImages } = await import('./dist/render/images/index.js');
const load = (d) => readdirSync(d).filter(f => f.endsWith('.mmd')).sort().map(f => ({ name: f.slice(0, -4), title: f, source: readFileSync(d + f, 'utf8') }));
const a = load('/tmp/o1/northwind-health/diagrams/'), b = load('/tmp/o1/meridian-bank/diagrams/');
const s = await openBrowser(findBrowser({ env: process.env }));
const fresh = await renderDiagramImages(s, b);
const both = await renderDiagramImages(s, [...a, ...b.map(x => ({...x, name: x.name}))].filter((x,i,arr)=>true));
// names collide between a and b; render b after a in one page by renaming is not same; instead render a then b sequentially in one page via internal API
const rev = await renderDiagramImages(s, [...b].reverse());
for (const img of fresh) { const r = rev.find(x => x.name === img.name); console.log(img.name, img.svg === r.svg, Buffer.compare(Buffer.from(img.png), Buffer.from(r.png)) === 0); }
await s.close();
