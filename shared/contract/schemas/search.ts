// Full-text search over protocols (agenda items with their notes, decisions), actions, follow-up
// notes, mandates and goals. Titles and snippets carry highlight markers (see
// shared/domain/search.ts), never HTML, so the renderer can mark hits without injecting markup.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { Id, IsoDate } from './fields.ts';

export const searchKinds = ['item', 'decision', 'action', 'follow_up', 'mandate', 'goal'] as const;
export const SearchKind = z.enum(searchKinds);
export type SearchKind = z.infer<typeof SearchKind>;

export const searchPageSizeMax = 200;

export const SearchQuery = z.object({
  /** What the user typed: words, "a phrase", and the last word is matched as a prefix while typing. */
  text: z.string({ error: t.invalidInput }).max(200, { error: t.tooLong(200) }),
  groupId: Id.optional(),
  year: z.number({ error: t.invalidInput }).int({ error: t.invalidInput }).min(1900, { error: t.invalidInput }).max(2200, { error: t.invalidInput }).optional(),
  /** Only these kinds; all kinds when left out or empty. */
  kinds: z.array(SearchKind).max(searchKinds.length).optional(),
  /** False when the user ends the text with a space or wants whole words only. */
  prefix: z.boolean().default(true),
  limit: z.number().int().min(1).max(searchPageSizeMax).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** The item, decision, action, follow-up, mandate or goal. */
  id: Id,
  /** With highlight markers. */
  title: z.string(),
  /** A short excerpt around the best match in the text, with highlight markers; '' when only the title matched. */
  snippet: z.string(),
  /** The meeting's date (items, decisions, actions), the follow-up's date, or the date a mandate or goal was registered. */
  date: IsoDate.nullable(),
  groupId: Id.nullable(),
  groupName: z.string().nullable(),
  /** The meeting the hit belongs to (for a follow-up: the meeting where it was recorded, if any). */
  meetingId: Id.nullable(),
  /** The § of the item or decision, when numbered. */
  sectionNumber: z.number().int().nullable(),
  /** For actions and follow-ups: the action, so its history can be opened. */
  actionId: Id.nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** Number of matches, counted up to `totalCap`. */
  total: z.number().int(),
  /** True when there are at least `total` matches and counting stopped there. */
  totalCapped: z.boolean(),
  /** Relevance (bm25) for selective queries; newest first when a query matches too many rows to rank them all quickly. */
  order: z.enum(['relevance', 'recency']),
});
export type SearchResult = z.infer<typeof SearchResult>;
