/**
 * Thrown when the persisted stories cannot be used: the saved index is damaged or does not match the membership
 * table. The message says how to recover: re-cluster every stored article.
 */
export class StoryStateError extends Error {
  constructor(why: string) {
    super(
      `the stored stories are damaged (${why}); run \`parallax stories --rebuild\` to re-cluster the stored articles`,
    );
    this.name = "StoryStateError";
  }
}
