// Posting the review comment the way the user asked: update the earlier one
// (found by its hidden marker), always add a new one, or delete the earlier
// ones and add a new one at the bottom of the conversation.
import { GitHubClient, type GitHubTarget } from './github.js';

export const COMMENT_MODES = ['update', 'new', 'delete-and-new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface PostOptions {
  readonly mode: CommentMode;
  /** The comment's first line, e.g. `<!-- aiarch-review -->`: how earlier comments are recognised. */
  readonly marker: string;
  /**
   * False when no spec changed and the user did not ask to post anyway: nothing
   * new is created, but an earlier comment (mode update) is brought up to date
   * so it does not keep describing a change the pull request no longer makes.
   */
  readonly create: boolean;
}

export interface PostResult {
  readonly action: 'created' | 'updated' | 'recreated' | 'skipped';
  /** The id of the comment created or updated; null when skipped. */
  readonly id: number | null;
  readonly url: string | null;
  /** Earlier comments deleted (delete-and-new). */
  readonly deleted: number;
}

const skipped: PostResult = { action: 'skipped', id: null, url: null, deleted: 0 };

export async function postReviewComment(target: GitHubTarget, body: string, options: PostOptions): Promise<PostResult> {
  if (options.mode === 'off') return skipped;
  const client = new GitHubClient(target);
  const ours = async () => (await client.listComments()).filter((c) => c.body.trimStart().startsWith(options.marker));
  if (options.mode === 'update') {
    const [earlier] = await ours();
    if (earlier !== undefined) {
      const updated = await client.updateComment(earlier.id, body);
      return { action: 'updated', id: earlier.id, url: updated.html_url ?? null, deleted: 0 };
    }
    if (!options.create) return skipped;
    const created = await client.createComment(body);
    return { action: 'created', id: created.id, url: created.html_url ?? null, deleted: 0 };
  }
  if (!options.create) return skipped;
  let deleted = 0;
  if (options.mode === 'delete-and-new') {
    for (const comment of await ours()) {
      await client.deleteComment(comment.id);
      deleted += 1;
    }
  }
  const created = await client.createComment(body);
  return { action: deleted > 0 ? 'recreated' : 'created', id: created.id, url: created.html_url ?? null, deleted };
}
