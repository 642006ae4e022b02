import type { ActorNames, StorySources } from "./storySources.js";
import type { StoryView } from "./storyView.js";

/** What every story section builder reads: the story, its numbered sources, actor names, the story's anchor. */
export interface StoryContext {
  story: StoryView;
  sources: StorySources;
  actors: ActorNames;
  /** The story's anchor id; a section's id is this plus the section's role. */
  anchor: string;
}
