import type { IssueView, SourceView } from '../view-types.js';
import { el } from './dom.js';

export function issueList(issues: readonly IssueView[]): HTMLElement {
  return el(
    'ul',
    { class: 'issues' },
    ...issues.map((issue) => {
      const where = issue.anchor ? el('a', { class: 'where', href: `#${issue.anchor}` }, issue.where) : el('span', { class: 'where' }, issue.where);
      const frame =
        issue.frame.length > 0
          ? el(
              'pre',
              { class: 'frame' },
              ...issue.frame.map((line) => el('span', { class: line.caret ? 'caret' : line.current ? 'current' : 'context' }, `${line.text}\n`)),
            )
          : null;
      return el(
        'li',
        { class: `issue ${issue.severity}` },
        where,
        el('span', { class: 'code' }, issue.code),
        el('span', { class: 'message' }, issue.message),
        frame,
        issue.hint ? el('p', { class: 'hint' }, `hint: ${issue.hint}`) : null,
      );
    }),
  );
}

export function sourceListing(source: SourceView): HTMLElement {
  return el(
    'div',
    {},
    el('h3', {}, source.file),
    el(
      'ol',
      { class: 'source' },
      ...source.lines.map((line, i) => el('li', { id: `${source.anchorPrefix}${i + 1}` }, el('span', { class: 'n' }, String(i + 1)), line)),
    ),
  );
}
