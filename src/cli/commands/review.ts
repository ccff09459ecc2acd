// aiarch review [PATH...] --base REV: the diff of every spec as one
// pull-request comment, posted or updated on GitHub, then the gates. A failing
// gate still posts: the reviewer needs the comment most when the check fails.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { hasChanges, markerLine, reviewComment } from '../../diff/comment.js';
import { evaluateGates } from '../../diff/gates.js';
import { GitHubError, scrub, type GitHubTarget } from '../../review/github.js';
import { COMMENT_MODES, postReviewComment, type CommentMode } from '../../review/post.js';
import { addGateOptions, diffSpecs, parseGates, reportGateFailures, type GateOptions } from '../diff-specs.js';
import { EXIT, UsageError, type Io } from '../io.js';

interface Options extends GateOptions {
  readonly base: string;
  readonly comment: string;
  readonly marker: string;
  readonly postUnchanged?: boolean;
  readonly repo?: string;
  readonly pr?: string;
}

/** The pull request of the workflow run that triggered us, from the event file GitHub Actions writes. */
function eventPullRequest(io: Io): number | null {
  const path = io.env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return null;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: unknown } };
    return typeof event.pull_request?.number === 'number' ? event.pull_request.number : null;
  } catch {
    return null;
  }
}

function target(io: Io, options: Options): GitHubTarget {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
  if (token.trim() === '') throw new UsageError('set GITHUB_TOKEN (or GH_TOKEN) in the environment to post the comment, or pass --comment off');
  const repo = options.repo ?? io.env.GITHUB_REPOSITORY ?? '';
  if (repo === '') throw new UsageError('give --repo OWNER/NAME (GITHUB_REPOSITORY is not set)');
  let pr: number | null = eventPullRequest(io);
  if (options.pr !== undefined) {
    if (!/^\d+$/.test(options.pr) || Number(options.pr) < 1) throw new UsageError(`--pr takes a pull request number, not "${options.pr}"`);
    pr = Number(options.pr);
  }
  if (pr === null) throw new UsageError('give --pr N: this run is not for a pull request (no pull_request in GITHUB_EVENT_PATH)');
  return { apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com', repo, pr, token };
}

export function register(program: Command, io: Io): void {
  const command = program
    .command('review')
    .description('post the diff of every spec against a git revision as one pull-request comment on GitHub, updated in place; then apply the gates')
    .argument('[paths...]', 'spec files or folders', ['specs/'])
    .requiredOption('--base <rev>', 'compare each spec with its version at this git revision (e.g. origin/main)')
    .option('--comment <mode>', `${COMMENT_MODES.join(' | ')}: update the earlier comment, add a new one, replace it at the bottom, or post nothing`, 'update')
    .option('--marker <name>', 'name of the hidden marker that finds the earlier comment (one per workflow)', 'aiarch-review')
    .option('--post-unchanged', 'post even when no spec changed')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--pr <n>', 'pull request number (default: the pull_request of GITHUB_EVENT_PATH)');
  addGateOptions(command).action(async (paths: string[], options: Options) => {
    if (!(COMMENT_MODES as readonly string[]).includes(options.comment))
      throw new UsageError(`--comment takes ${COMMENT_MODES.join(', ')}; got "${options.comment}"`);
    const mode = options.comment as CommentMode;
    const gates = parseGates(options);
    const where = mode === 'off' ? null : target(io, options);
    const { diffs, removed, broken, against } = diffSpecs(io, paths, options.base);
    const failures = evaluateGates(diffs, gates);
    const body = reviewComment(diffs, { against, broken, removed, marker: options.marker, gates: { asked: gates, failures } });
    io.out(body);
    if (where !== null) {
      const create = options.postUnchanged === true || hasChanges(diffs, { broken, removed });
      try {
        const result = await postReviewComment(where, body, { mode, marker: markerLine(options.marker), create });
        const link = result.url === null ? '' : `: ${result.url}`;
        if (result.action === 'skipped') io.err('aiarch: no spec changed; no comment posted (--post-unchanged posts anyway)');
        else io.err(`aiarch: review comment ${result.action}${result.deleted > 0 ? ` (${result.deleted} earlier deleted)` : ''}${link}`);
      } catch (error) {
        if (!(error instanceof GitHubError)) throw error;
        io.err(`aiarch: could not post the review comment: ${scrub(error.message, where.token)}`);
        io.fail(EXIT.specErrors);
      }
    }
    reportGateFailures(io, failures);
  });
}
