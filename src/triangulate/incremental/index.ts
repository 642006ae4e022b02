export { updateStories } from "./updateStories.js";
export type { StoriesUpdateSummary, UpdateStoriesOptions } from "./updateStories.js";
export { storedStoryOf, storyIdPrefix } from "./storedStoryOf.js";
export { StoryStateError } from "./StoryStateError.js";
