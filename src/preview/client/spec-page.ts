// One spec's page: header card, findings, files, diagrams, deck strip,
// documents and the source, each section replaced only when its data changed.
import type { DiagramView, DiagramsView, HeaderView, SpecPageState } from '../view-types.js';
import { el, section } from './dom.js';
import { issueList, sourceListing } from './issues.js';

function fact(label: string, value: string, note: string | null, noteClass = ''): HTMLElement {
  return el(
    'div',
    { class: 'fact' },
    el('div', { class: 'label' }, label),
    el('div', { class: 'value' }, value),
    note ? el('div', { class: `note ${noteClass}` }, note) : null,
  );
}

function card(header: HeaderView): Node[] {
  const scores = el(
    'ul',
    { class: 'scores', id: 'weighted-scores' },
    ...header.scores.map((s) =>
      el(
        'li',
        { class: s.recommended ? 'recommended' : '', 'data-platform': s.platform },
        el('span', { class: 'platform' }, `${s.rank}. ${s.label}`),
        el('span', { class: 'weighted' }, s.weighted),
      ),
    ),
  );
  const budget = header.budget === null ? 'no budget given' : `budget ${header.budget}${header.headroom ? ` · ${header.headroom}` : ''}`;
  return [
    el('h1', { id: 'client' }, header.client),
    el('p', { class: 'subtitle' }, `${header.useCase} · ${header.pattern}`),
    el(
      'div',
      { class: 'facts' },
      fact('Recommendation', header.recommendation, header.recommendationSource),
      el('div', { class: 'fact' }, el('div', { class: 'label' }, 'Weighted scores (0–10)'), scores),
      el(
        'div',
        { class: 'fact', id: 'year1' },
        el('div', { class: 'label' }, 'Year-1 cost'),
        el('div', { class: 'value' }, header.year1),
        el('div', { class: `note ${header.overBudget ? 'bad' : ''}` }, budget),
      ),
      fact('Payback', header.payback, null),
      el(
        'div',
        { class: 'fact' },
        el('div', { class: 'label' }, 'Rubric'),
        el('div', { class: 'value', id: 'rubric-total' }, `${header.rubricTotal}/${header.rubricMax}`),
        el('div', { class: 'note' }, header.rubricVerdict),
      ),
    ),
    el('div', { class: 'criteria' }, ...header.criteria.map((c) => el('span', { class: 'chip', 'data-criterion': c.id }, `${c.name} ${c.score}/${c.max}`))),
  ];
}

function statusLine(status: string, message: string | null): HTMLElement {
  const text: Record<string, string> = { waiting: 'waiting', working: 'updating…', ready: 'up to date', failed: 'failed', 'no-browser': 'no browser' };
  return el('p', { class: `status ${status}` }, `${text[status] ?? status}${message ? `: ${message}` : ''}`);
}

const images = new Map<string, string>();

/** An <img> that swaps to a new render only once it has loaded, so the layout never collapses. */
function diagramImage(d: DiagramView): HTMLElement {
  const img = el('img', { alt: d.title, 'data-diagram': d.name });
  if (d.width > 0) {
    img.width = d.width;
    img.height = d.height;
  }
  const previous = images.get(d.name);
  if (d.url === null) return img;
  if (previous !== undefined && previous !== d.url) {
    img.src = previous;
    const next = new Image();
    next.onload = () => {
      img.src = next.src;
    };
    next.src = d.url;
  } else {
    img.src = d.url;
  }
  images.set(d.name, d.url);
  return img;
}

function diagramFigures(diagrams: DiagramsView): Node[] {
  if (diagrams.items.length === 0) return [statusLine(diagrams.status, diagrams.message)];
  return [
    statusLine(diagrams.status, diagrams.message),
    el(
      'div',
      { class: `diagrams ${diagrams.status === 'working' ? 'stale' : ''}` },
      ...diagrams.items.map((d) => el('figure', { id: `diagram-${d.name}` }, diagramImage(d), el('figcaption', {}, d.title))),
    ),
  ];
}

/** Mermaid fences in the documents become the same SVGs as the diagram gallery. */
function fillDocumentDiagrams(root: ParentNode, diagrams: DiagramsView): void {
  for (const figure of Array.from(root.querySelectorAll<HTMLElement>('figure.doc-diagram'))) {
    const item = diagrams.items.find((d) => d.name === figure.dataset['diagram']);
    const current = figure.querySelector('img');
    if (current !== null && item?.url && current.getAttribute('src') === item.url) continue;
    current?.remove();
    if (item?.url) {
      const img = el('img', { alt: item.title, src: item.url });
      if (item.width > 0) {
        img.width = item.width;
        img.height = item.height;
      }
      figure.prepend(img);
    }
  }
}

export function renderSpec(app: HTMLElement, state: SpecPageState): void {
  if (app.querySelector('.connecting')) app.replaceChildren();
  document.body.dataset['revision'] = String(state.revision);
  section(app, 'topbar', [state.file, state.boardUrl], () => [
    el(
      'div',
      { class: 'topbar' },
      el('span', {}, el('span', { class: 'live', id: 'live' }), 'Live preview of ', el('code', {}, state.file)),
      state.boardUrl ? el('a', { href: state.boardUrl }, '← class scoreboard') : null,
    ),
  ]);
  section(app, 'problems', [state.problems, state.problemSources], () =>
    state.problems.length === 0
      ? []
      : [
          el(
            'div',
            { class: 'problems' },
            el(
              'h2',
              {},
              `This save does not build: ${state.problems.length} error${state.problems.length === 1 ? '' : 's'}${state.model ? '. The page shows the last good version below.' : '.'}`,
            ),
            issueList(state.problems),
            ...(state.model ? [] : state.problemSources.map(sourceListing)),
          ),
        ],
  );
  const model = state.model;
  if (!model) return;
  section(app, 'card', model.header, () => [el('div', { class: 'card' }, ...card(model.header))]);
  section(app, 'toc', null, () => [
    el(
      'nav',
      { class: 'toc' },
      ...[
        ['findings', 'Findings'],
        ['files', 'PDF and deck'],
        ['diagrams', 'Diagrams'],
        ['deck', 'Slides'],
        ['documents', 'Documents'],
        ['source', 'Spec source'],
      ].map(([id, label]) => el('a', { href: `#${id ?? ''}` }, label ?? '')),
    ),
  ]);
  section(app, 'findings', [model.findings, model.warnings], () => [
    el('h2', {}, `Findings (${model.findings.length})`),
    model.findings.length === 0 ? el('p', {}, 'No red-flag findings.') : issueList(model.findings),
    ...(model.warnings.length > 0 ? [el('h3', {}, `Warnings (${model.warnings.length})`), issueList(model.warnings)] : []),
  ]);
  const { build } = state;
  section(app, 'files', build, () => [
    el('h2', {}, 'PDF proposal and executive deck'),
    statusLine(build.status, build.message),
    el(
      'p',
      { class: 'files' },
      build.pdf ? el('a', { href: build.pdf, target: '_blank', id: 'pdf-link' }, 'enterprise-architecture-proposal.pdf') : null,
      build.pptx ? el('a', { href: build.pptx, id: 'pptx-link' }, 'executive-deck.pptx') : null,
      build.dir ? el('span', { class: 'status' }, `written to ${build.dir}/`) : null,
    ),
  ]);
  section(app, 'diagrams', state.diagrams, () => [el('h2', {}, 'Diagrams'), ...diagramFigures(state.diagrams)]);
  section(app, 'deck', build.slides, () => [
    el('h2', {}, `Slides (${build.slides.length})`),
    el(
      'div',
      { class: 'deck' },
      ...build.slides.map((s) =>
        el(
          'div',
          { class: 'slide' },
          el('div', { class: 'number' }, `Slide ${s.number}`),
          el('div', { class: 'title' }, s.title),
          el('ul', {}, ...s.lines.map((l) => el('li', {}, l))),
        ),
      ),
    ),
  ]);
  const docs = section(app, 'documents', model.documents, () => [
    el('h2', {}, 'Documents'),
    ...model.documents.map((d) => {
      const article = el('article', { class: 'document', id: `doc-${d.name}` });
      // Server-rendered from the documents' markdown with raw HTML escaped; the CSP forbids inline script besides.
      const template = document.createElement('template');
      template.innerHTML = d.html;
      article.append(template.content);
      return article;
    }),
  ]);
  fillDocumentDiagrams(docs, state.diagrams);
  section(app, 'source', model.sources, () => [el('h2', {}, 'Spec source'), ...model.sources.map(sourceListing)]);
}
