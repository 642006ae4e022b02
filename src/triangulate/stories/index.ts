export { StoryIndex, defaultStoryIndexOptions } from "./StoryIndex.js";
export { clusterDocFromArticle } from "./clusterDocFromArticle.js";
export type { StoryIndexState } from "./state.js";
export type { Assignment, ClusterDoc, ClusterEvent, Story, StoryCopy, StoryIndexOptions } from "./types.js";
