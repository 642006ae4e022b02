import { initial } from "./001_initial.js";
import { nearDuplicateIndex } from "./002_nearDuplicateIndex.js";
import { sameTextOtherPublisher } from "./003_sameTextOtherPublisher.js";
import { stories } from "./004_stories.js";
import type { Migration } from "./Migration.js";

/** Every migration, in the order they apply. The last version is the schema this Parallax writes. */
export const migrations: readonly Migration[] = [initial, nearDuplicateIndex, sameTextOtherPublisher, stories];

export type { Migration };
