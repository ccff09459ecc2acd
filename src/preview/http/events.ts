// Server-sent events: each open page holds one stream per topic (a spec or the
// scoreboard) and receives the whole state of that topic on every change.
import type { ServerResponse } from 'node:http';
import { securityHeaders, PAGE_CSP } from './headers.js';

/** Keeps idle streams open through proxies and lets a gone client be noticed. */
const HEARTBEAT_MS = 15_000;

export class EventHub {
  private readonly streams = new Map<string, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => {
      for (const set of this.streams.values()) for (const res of set) res.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens a stream on `res` and sends `initial` at once. */
  open(topic: string, res: ServerResponse, initial: unknown): void {
    res.writeHead(200, { ...securityHeaders(PAGE_CSP), 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    let set = this.streams.get(topic);
    if (!set) this.streams.set(topic, (set = new Set()));
    set.add(res);
    res.on('close', () => set.delete(res));
    res.write(frame(initial));
  }

  publish(topic: string, state: unknown): void {
    const set = this.streams.get(topic);
    if (!set || set.size === 0) return;
    const message = frame(state);
    for (const res of set) res.write(message);
  }

  listeners(topic: string): number {
    return this.streams.get(topic)?.size ?? 0;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
  }
}

function frame(state: unknown): string {
  // JSON has no raw newlines, so one data: line carries the whole state.
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}
