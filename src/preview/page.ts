// The HTML shell of both pages. It carries no data: the page's script opens
// the event stream named in <body> and builds everything from the JSON it gets.
import { escapeHtml } from '../render/pdf/escape.js';

export function pageHtml(title: string, events: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · aiarch preview</title>
<link rel="stylesheet" href="/assets/preview.css">
<script type="module" src="/assets/main.js"></script>
</head>
<body data-events="${escapeHtml(events)}">
<main id="app"><p class="connecting">Connecting to the preview server…</p></main>
</body>
</html>
`;
}
