// The page's script: opens the event stream <body> names and draws each state
// the server sends. The stream reconnects by itself if the server restarts.
import type { PageState } from '../view-types.js';
import { renderBoard } from './board-page.js';
import { renderSpec } from './spec-page.js';

const app = document.getElementById('app');
const events = document.body.dataset['events'];
if (app && events) {
  const source = new EventSource(events);
  source.addEventListener('state', (event) => {
    const state = JSON.parse((event as MessageEvent<string>).data) as PageState;
    // Keep what the reader looks at where it is while sections above it change.
    const y = window.scrollY;
    if (state.kind === 'spec') renderSpec(app, state);
    else renderBoard(app, state);
    if (window.scrollY !== y) window.scrollTo(0, y);
    document.getElementById('live')?.classList.remove('lost');
  });
  source.addEventListener('error', () => document.getElementById('live')?.classList.add('lost'));
}
