import { z } from "zod";

/**
 * The persisted form of a StoryIndex: plain JSON the store can save as one blob and hand back. Posting lists are not
 * saved; they are rebuilt from the active documents' vectors on load.
 */

const optionsSchema = z.object({
  joinThreshold: z.number(),
  mergeThreshold: z.number(),
  centroidWeight: z.number().min(0).max(1),
  idfPower: z.number().positive(),
  storylineThreshold: z.number(),
  copyThreshold: z.number(),
  graceDays: z.number(),
  decayDays: z.number(),
  storyWindowDays: z.number(),
  storylineWindowDays: z.number(),
  vectorSize: z.number().int().positive(),
  queryTerms: z.number().int().positive(),
  maxPosting: z.number().int().positive(),
  maxCandidates: z.number().int().positive(),
  maxActiveDocs: z.number().int().positive(),
  maxTerms: z.number().int().positive(),
});

export const storyIndexStateSchema = z.object({
  version: z.literal(1),
  options: optionsSchema,
  stats: z.object({
    docs: z.number().int().nonnegative(),
    df: z.array(z.number()),
    outletDocs: z.array(z.tuple([z.string(), z.number()])),
    outletDf: z.array(z.number()),
    paragraphs: z.array(z.number()),
  }),
  nextSlot: z.number().int().nonnegative(),
  nextStory: z.number().int().nonnegative(),
  latest: z.number().nullable(),
  docs: z.array(
    z.object({
      slot: z.number().int().nonnegative(),
      id: z.string(),
      story: z.number().int().nonnegative(),
      time: z.number().nullable(),
      terms: z.array(z.number()),
      weights: z.array(z.number()),
    }),
  ),
  stories: z.array(
    z.object({
      num: z.number().int().nonnegative(),
      id: z.string(),
      members: z.array(z.string()),
      copies: z.array(z.object({ id: z.string(), of: z.string() })),
      first: z.number().nullable(),
      last: z.number().nullable(),
      centroid: z.array(z.number()),
      indexed: z.array(z.number()),
    }),
  ),
  storyParent: z.array(z.tuple([z.number(), z.number()])),
  lineParent: z.array(z.tuple([z.number(), z.number()])),
  docStory: z.array(z.tuple([z.string(), z.number()])),
});

export type StoryIndexState = z.infer<typeof storyIndexStateSchema>;
