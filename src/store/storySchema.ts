import { z } from "zod";

/**
 * Schemas for the story columns a store reads back, so a damaged or hand-edited row gives a message naming the
 * field. The alignment items belong to triangulation and grow with it: the store checks they are objects.
 */

export const storyCopiesSchema = z.array(z.object({ id: z.string(), of: z.string() }));

/** Article ids of a story, in the order they joined. */
export const storyArticlesSchema = z.array(z.string());

export const storyOutletsSchema = z.array(z.string());

export const storyAlignmentSchema = z.record(z.string(), z.array(z.record(z.string(), z.unknown())));
