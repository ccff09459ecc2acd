// `build --watch`: rebuild when a spec, or a base it extends, changes. Watches
// folders rather than files, because editors save by replacing the file.
import { watch, type FSWatcher } from 'node:fs';

export interface Watcher {
  /** Replaces the watched folders (the set of specs and bases can change between builds). */
  watch(dirs: readonly string[]): void;
  close(): void;
}

const YAML = /\.ya?ml$/i;

/** Calls `onChange` once per burst of changes (editors write several events per save). */
export function yamlWatcher(onChange: (files: readonly string[]) => void, debounceMs = 200): Watcher {
  const watchers = new Map<string, FSWatcher>();
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const fire = (): void => {
    const files = [...changed].sort();
    changed = new Set();
    onChange(files);
  };
  return {
    watch(dirs) {
      const wanted = new Set(dirs);
      for (const [dir, watcher] of watchers) {
        if (!wanted.has(dir)) {
          watcher.close();
          watchers.delete(dir);
        }
      }
      for (const dir of wanted) {
        if (watchers.has(dir)) continue;
        try {
          watchers.set(
            dir,
            watch(dir, (_event, name) => {
              if (name === null || !YAML.test(name)) return;
              changed.add(`${dir}/${name}`);
              clearTimeout(timer);
              timer = setTimeout(fire, debounceMs);
            }),
          );
        } catch {
          // A folder that vanished is simply not watched; the next build reports its specs.
        }
      }
    },
    close() {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
