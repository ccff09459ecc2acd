// Every renderer returns artifacts; only the writer knows the disk.
export interface Artifact {
  /** Relative to the spec's output folder, with forward slashes. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export function textArtifact(path: string, text: string): Artifact {
  return { path, bytes: new TextEncoder().encode(text) };
}
