// The preview page's style sheet, served as /assets/preview.css. System fonts
// only: the page loads nothing from anywhere else.
export const STYLE = `
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --accent:#0e7c86; --bad:#b91c1c; --warn:#b45309; --ok:#047857; --bg:#f8fafc; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
main { max-width: 1200px; margin: 0 auto; padding: 16px 24px 64px; }
a { color: var(--accent); }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.topbar { display:flex; gap:16px; align-items:baseline; justify-content:space-between; color:var(--muted); font-size:13px; }
.live { display:inline-block; width:8px; height:8px; border-radius:50%; background:var(--ok); margin-right:6px; }
.live.lost { background: var(--bad); }
.card { background:#fff; border:1px solid var(--line); border-radius:10px; padding:20px; margin-top:12px; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
.facts { display:grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 16px; }
.fact .label { font-size:12px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); }
.fact .value { font-size:22px; font-weight:600; }
.fact .note { font-size:13px; color:var(--muted); }
.fact .note.bad, .bad { color: var(--bad); }
.scores { list-style:none; margin:0; padding:0; }
.scores li { display:flex; justify-content:space-between; gap:8px; }
.scores li.recommended { font-weight:600; }
.criteria { display:flex; flex-wrap:wrap; gap:8px; margin-top:12px; }
.chip { border:1px solid var(--line); border-radius:999px; padding:2px 10px; font-size:13px; background:#fff; }
nav.toc { display:flex; flex-wrap:wrap; gap:12px; margin-top:12px; font-size:14px; }
.problems { background:#fef2f2; border:1px solid #fecaca; border-radius:10px; padding:12px 16px; margin-top:12px; }
.problems h2 { margin-top:0; border:0; color: var(--bad); }
.issues { list-style:none; padding:0; margin:0; }
.issue { border-left:4px solid var(--warn); background:#fff; padding:8px 12px; margin:8px 0; border-radius:4px; }
.issue.error { border-left-color: var(--bad); }
.issue .code { font: 12px ui-monospace, monospace; color: var(--muted); margin: 0 6px; }
.issue .hint { color: var(--muted); margin: 4px 0 0; font-size: 14px; }
pre { background:#0f172a; color:#e2e8f0; padding:10px 12px; border-radius:6px; overflow:auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre.frame .current { color:#fff; }
pre.frame .caret { color:#f87171; }
.status { font-size: 13px; color: var(--muted); }
.status.failed { color: var(--bad); }
.diagrams { display:grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap:16px; }
figure { margin:0; background:#fff; border:1px solid var(--line); border-radius:8px; padding:8px; }
figure img { display:block; max-width:100%; height:auto; margin: 0 auto; }
figcaption { font-size:13px; color:var(--muted); margin-top:6px; }
.stale img { opacity: .6; }
.deck { display:flex; gap:12px; overflow-x:auto; padding-bottom:8px; }
.slide { flex: 0 0 260px; background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 12px; font-size:12px; max-height: 240px; overflow:hidden; }
.slide .title { font-weight:600; font-size:14px; margin-bottom:6px; }
.slide .number { color: var(--muted); font-size: 11px; }
.slide ul { margin:0; padding-left: 16px; }
.document { background:#fff; border:1px solid var(--line); border-radius:10px; padding:8px 24px 16px; margin: 16px 0; overflow-x:auto; }
.document table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
.document th, .document td { border: 1px solid var(--line); padding: 4px 8px; text-align:left; vertical-align: top; }
.document .raw { font-family: ui-monospace, monospace; white-space: pre-wrap; color: var(--muted); }
.document figure { margin: 12px 0; }
.document figure img { max-height: 720px; width: auto; }
ol.source { list-style:none; margin:0; padding: 10px 0; background:#0f172a; color:#e2e8f0; border-radius:6px; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; overflow-x:auto; }
ol.source li { white-space: pre; padding: 0 12px; }
ol.source li:target { background:#7f1d1d; }
ol.source .n { display:inline-block; width: 4ch; text-align:right; color:#64748b; margin-right: 12px; user-select:none; }
.files a { margin-right: 16px; }
table.board { border-collapse: collapse; width: 100%; background:#fff; font-size:14px; }
table.board th, table.board td { border-bottom:1px solid var(--line); padding:6px 10px; text-align:left; }
table.board th { cursor:pointer; user-select:none; background:#f1f5f9; vertical-align: bottom; }
.board-wrap { overflow-x: auto; }
table.board td.status-cell { max-width: 320px; }
table.board th[aria-sort="ascending"]::after { content:" ▲"; }
table.board th[aria-sort="descending"]::after { content:" ▼"; }
table.board td.num { text-align:right; font-variant-numeric: tabular-nums; }
table.board tr.failing td { background:#fef2f2; }
.board-error { color: var(--bad); font-size: 13px; }
.connecting { color: var(--muted); }
`;
