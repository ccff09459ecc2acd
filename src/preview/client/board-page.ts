// The class scoreboard: one row per spec, sortable by any column; the sort
// survives live updates.
import type { BoardRowView, BoardState } from '../view-types.js';
import { el, section } from './dom.js';

interface Column {
  readonly label: string;
  readonly numeric: boolean;
  readonly value: (row: BoardRowView) => string | number | null;
  readonly cell: (row: BoardRowView) => Node | string;
}

let sortBy = -1;
let descending = false;
let latest: BoardState | null = null;

function columns(state: BoardState): Column[] {
  const text = (v: string | number | null): string => (v === null ? '—' : String(v));
  return [
    { label: 'Client', numeric: false, value: (r) => r.client ?? r.file, cell: (r) => el('a', { href: r.href }, r.client ?? r.file) },
    { label: 'Spec', numeric: false, value: (r) => r.file, cell: (r) => r.file },
    { label: 'Platform', numeric: false, value: (r) => r.platform, cell: (r) => text(r.platform) },
    { label: 'Pattern', numeric: false, value: (r) => r.pattern, cell: (r) => text(r.pattern) },
    { label: 'Year-1', numeric: true, value: (r) => r.year1, cell: (r) => text(r.year1Text) },
    ...state.criteria.map((c, i): Column => ({ label: c.name, numeric: true, value: (r) => r.points[i] ?? null, cell: (r) => text(r.points[i] ?? null) })),
    { label: 'Rubric', numeric: true, value: (r) => r.total, cell: (r) => text(r.total) },
    { label: 'Findings', numeric: true, value: (r) => r.findings, cell: (r) => text(r.findings) },
    { label: 'Status', numeric: false, value: (r) => r.error ?? '', cell: (r) => (r.error ? el('span', { class: 'board-error' }, r.error) : 'builds') },
  ];
}

function compare(a: string | number | null, b: string | number | null): number {
  // Missing values sort last either way.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function sorted(rows: readonly BoardRowView[], cols: readonly Column[]): BoardRowView[] {
  const col = cols[sortBy];
  if (!col) return [...rows];
  return [...rows].sort((x, y) => {
    const a = col.value(x);
    const b = col.value(y);
    if (a === null || b === null) return compare(a, b);
    return descending ? compare(b, a) : compare(a, b);
  });
}

function table(state: BoardState): Node[] {
  const cols = columns(state);
  const head = el(
    'tr',
    {},
    ...cols.map((c, i) => {
      const th = el('th', { scope: 'col', 'data-column': c.label }, c.label);
      if (i === sortBy) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      th.addEventListener('click', () => {
        descending = i === sortBy ? !descending : false;
        sortBy = i;
        redraw();
      });
      return th;
    }),
  );
  const body = sorted(state.rows, cols).map((r) =>
    el(
      'tr',
      { class: r.error ? 'failing' : '', 'data-spec': r.id },
      ...cols.map((c) => el('td', { class: c.numeric ? 'num' : c.label === 'Status' ? 'status-cell' : '' }, c.cell(r))),
    ),
  );
  return [el('div', { class: 'board-wrap' }, el('table', { class: 'board' }, el('thead', {}, head), el('tbody', {}, ...body)))];
}

function redraw(): void {
  const app = document.getElementById('app');
  if (app && latest) section(app, 'scoreboard', [latest, sortBy, descending], () => table(latest as BoardState));
}

export function renderBoard(app: HTMLElement, state: BoardState): void {
  if (app.querySelector('.connecting')) app.replaceChildren();
  document.body.dataset['revision'] = String(state.revision);
  latest = state;
  section(app, 'heading', state.folder, () => [
    el('div', { class: 'topbar' }, el('span', {}, el('span', { class: 'live', id: 'live' }), 'Live class scoreboard')),
    el('h1', {}, `Class scoreboard: ${state.folder}`),
    el('p', { class: 'subtitle' }, 'One row per spec; click a column to sort, a client to open its page. Rows update as specs are saved.'),
  ]);
  redraw();
}
