import { readFileSync, readdirSync } from 'node:fs';
const { findBrowser } = await import('./dist/browser/find.js');
const { openBrowser } = await import('./dist/browser/session.js');
const { openDiagramPage } = await import('./dist/render/images/page.js');
const dir = '/tmp/o1/northwind-health/diagrams/';
const sources = readdirSync(dir).filter(f => f.endsWith('.mmd')).sort().map(f => ({ name: f.slice(0, -4), source: readFileSync(dir + f, 'utf8') }));
const s = await openBrowser(findBrowser({ env: process.env }));
const page = await openDiagramPage(s);
for (let round = 0; round < 2; round++) for (const src of sources) {
  let t = performance.now();
  const svg = await page.evaluate(async (id, text) => (await window.mermaid.render(id, text)).svg, 'x' + src.name, src.source);
  const l = performance.now() - t; t = performance.now();
  const box = await page.evaluate((m) => { const st = document.getElementById('stage'); st.innerHTML = m; const r = st.firstElementChild.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }, svg);
  const p = performance.now() - t; t = performance.now();
  const png = await page.screenshot({ type: 'png', clip: box, captureBeyondViewport: true, optimizeForSpeed: true });
  const c = performance.now() - t;
  console.log(round, src.name.padEnd(24), 'layout', l.toFixed(0).padStart(5), 'place', p.toFixed(0).padStart(4), 'png', c.toFixed(0).padStart(5), `${Math.round(box.width)}x${Math.round(box.height)}`, png.length);
}
await s.close();
