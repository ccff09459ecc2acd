// `aiarch preview` as a library call: a workspace that rebuilds on save, an
// event hub that pushes each new state, and the HTTP server in front of them.
import { EventHub } from './http/events.js';
import { serve, type PreviewServer } from './server.js';
import { Workspace, type WorkspaceOptions } from './workspace.js';

export interface PreviewOptions extends Omit<WorkspaceOptions, 'publish'> {
  readonly host: string;
  /** 0 picks any free port. */
  readonly port: number;
}

export interface Preview {
  readonly url: string;
  readonly workspace: Workspace;
  /** Stops the server, the watchers and the browser. */
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const hub = new EventHub();
  const workspace = new Workspace({ ...options, publish: (topic, state) => hub.publish(topic, state) });
  let server: PreviewServer;
  try {
    server = await serve(workspace, hub, { host: options.host, port: options.port, out: options.out });
  } catch (error) {
    hub.close();
    await workspace.close();
    throw error;
  }
  workspace.start();
  return {
    url: server.url,
    workspace,
    async close() {
      await server.close();
      await workspace.close();
    },
  };
}
