// aiarch doctor through the CLI entry, in memory.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(argv: string[], env: Record<string, string | undefined>) {
  let out = '';
  let err = '';
  const code = await main({
    argv: ['node', 'aiarch', ...argv],
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
  });
  return { code, out, err };
}

describe('aiarch doctor', () => {
  it('names the browser, where it was found, and that it starts', async () => {
    const result = await run(['doctor'], process.env);
    expect(result.err).toMatch(/^browser: \S+/m);
    expect(result.err).toMatch(/^found via: (--browser|AIARCH_BROWSER|PUPPETEER_EXECUTABLE_PATH|system|puppeteer cache)$/m);
    expect(result.err).toMatch(/^starts: yes \(/m);
    expect(result.err).toMatch(/^fonts: Latin \(bundled Inter\), Chinese, Japanese, Korean/m);
    expect(result.code).toBe(0);
  });

  it('fails and says how to fix when the chosen browser does not start', async () => {
    const result = await run(['doctor', '--browser', '/nonexistent/chrome'], process.env);
    expect(result.err).toContain('found via: --browser');
    expect(result.err).toMatch(/^starts: no/m);
    expect(result.code).not.toBe(0);
  });
});
