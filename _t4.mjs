const { compile } = await import('./dist/compile/index.js');
const t0 = performance.now(); let last = new Map();
const jobs = Number(process.argv[2] ?? 1);
const files = process.argv.slice(3);
const r = await compile(files, { out: '/tmp/oc-t', cache: false, jobs, onProgress: (e) => {
  const now = performance.now();
  console.log(((now - t0)/1000).toFixed(1).padStart(6), e.index, e.kind === 'stage' ? e.stage : 'done');
}});
console.log('total', ((performance.now() - t0)/1000).toFixed(1), r.specs.every(s => s.ok));
