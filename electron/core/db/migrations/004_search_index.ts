// Version 4: full-text search. One FTS5 table indexes agenda items (title, description and the
// text of the notes), decisions, actions, follow-up notes, mandates and goals. Triggers keep it in
// step with every insert, edit and delete in the same transaction, so a search never sees a
// stale index.
// - Tokenizer unicode61 with remove_diacritics 0: å, ä and ö are letters of their own ("år" is not
//   "ar") while case still folds ("ÅR" finds "år"). Prefix indexes make search-as-you-type cheap.
// - Filters are tokens in the `facets` column (kind, year, group), so a filtered search is one
//   FTS5 query instead of a scan of every match.
// - search_docs gives every indexed record a stable document number in creation order: an edit
//   keeps the number, so "newest first" (the order for words found in very many rows) is rowid
//   order, which FTS5 walks natively.
import type { Migration } from './types.ts';

/** How each kind's indexed text and facts are read from its tables; `entity_id` is the record's id. */
const sources = {
  item: `
SELECT ai.id AS entity_id, ai.title AS title,
  concat_ws(' ', ai.description, CASE WHEN json_valid(ai.notes_json) THEN (
    -- text nodes of one block are joined as written (marks split words), blocks with a space
    SELECT group_concat(block, ' ' ORDER BY first_node) FROM (
      SELECT group_concat(value, '' ORDER BY id) AS block, min(id) AS first_node
      FROM json_tree(ai.notes_json) WHERE key = 'text' AND type = 'text'
      GROUP BY rtrim(path, '[]0123456789'))
  ) END) AS body,
  m.date AS date, m.group_id AS group_id, m.id AS meeting_id, ai.id AS item_id, NULL AS action_id
FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id`,
  decision: `
SELECT d.id AS entity_id, NULL AS title, d.text AS body,
  m.date AS date, m.group_id AS group_id, m.id AS meeting_id, ai.id AS item_id, NULL AS action_id
FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id`,
  action: `
SELECT a.id AS entity_id, a.title AS title, a.note AS body,
  m.date AS date, m.group_id AS group_id, m.id AS meeting_id, ai.id AS item_id, a.id AS action_id
FROM actions a JOIN decisions d ON d.id = a.decision_id JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id`,
  follow_up: `
SELECT f.id AS entity_id, NULL AS title, concat_ws(' ', f.note, f.due_date_reason, f.escalated_to) AS body,
  f.date AS date, m.group_id AS group_id, f.meeting_id AS meeting_id, NULL AS item_id, f.action_id AS action_id
FROM follow_ups f JOIN actions a ON a.id = f.action_id JOIN decisions d ON d.id = a.decision_id
  JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id`,
  mandate: `
SELECT md.id AS entity_id, md.title AS title, concat_ws(' ', md.description, md.source, md.report_back_to) AS body,
  substr(md.created_at, 1, 10) AS date, NULL AS group_id, NULL AS meeting_id, NULL AS item_id, NULL AS action_id
FROM mandates md`,
  goal: `
SELECT gl.id AS entity_id, gl.title AS title, concat_ws(' ', gl.description, gl.indicator, gl.target, gl.source) AS body,
  coalesce(gl.period_start, substr(gl.created_at, 1, 10)) AS date, NULL AS group_id, NULL AS meeting_id, NULL AS item_id, NULL AS action_id
FROM goals gl`,
} as const;

type Kind = keyof typeof sources;

/** The facet token of each kind (letters only: unicode61 splits on '_'). */
export const kindFacets: Record<Kind, string> = {
  item: 'kitem',
  decision: 'kdecision',
  action: 'kaction',
  follow_up: 'kfollowup',
  mandate: 'kmandate',
  goal: 'kgoal',
};

/** Table, trigger-relevant columns, and how an edit elsewhere reaches the rows of this kind. */
const tables: Record<Kind, { table: string; columns: string[] }> = {
  item: { table: 'agenda_items', columns: ['title', 'description', 'notes_json'] },
  decision: { table: 'decisions', columns: ['text'] },
  action: { table: 'actions', columns: ['title', 'note'] },
  follow_up: { table: 'follow_ups', columns: ['note', 'due_date_reason', 'escalated_to', 'date', 'meeting_id'] },
  mandate: { table: 'mandates', columns: ['title', 'description', 'source', 'report_back_to'] },
  goal: { table: 'goals', columns: ['title', 'description', 'indicator', 'target', 'source', 'period_start'] },
};

const kinds = Object.keys(sources) as Kind[];
const view = (kind: Kind) => `search_source_${kind}`;

const facetsOf = (kind: Kind) =>
  `'${kindFacets[kind]}' || coalesce(' y' || substr(v.date, 1, 4), '') || coalesce(' g' || replace(v.group_id, '-', ''), '')`;

/** Indexes the rows of `kind` matching `where` (over the view's columns, alias v) under their document numbers. */
const indexRows = (kind: Kind, where: string) => `
INSERT INTO search_index (rowid, title, body, facets, kind, entity_id, date, group_id, meeting_id, item_id, action_id)
SELECT sd.doc, coalesce(v.title, ''), coalesce(v.body, ''), ${facetsOf(kind)}, '${kind}', v.entity_id, v.date, v.group_id, v.meeting_id, v.item_id, v.action_id
FROM ${view(kind)} v JOIN search_docs sd ON sd.entity_id = v.entity_id WHERE ${where};`;

const unindexRows = (entityIds: string) => `
DELETE FROM search_index WHERE rowid IN (SELECT doc FROM search_docs WHERE entity_id IN (${entityIds}));`;

function triggersOf(kind: Kind): string {
  const { table, columns } = tables[kind];
  return `
CREATE TRIGGER search_${table}_insert AFTER INSERT ON ${table}
BEGIN
  INSERT INTO search_docs (entity_id) VALUES (NEW.id);${indexRows(kind, 'v.entity_id = NEW.id')}
END;
CREATE TRIGGER search_${table}_update AFTER UPDATE OF ${columns.join(', ')} ON ${table}
BEGIN${unindexRows('NEW.id')}${indexRows(kind, 'v.entity_id = NEW.id')}
END;
CREATE TRIGGER search_${table}_delete AFTER DELETE ON ${table}
BEGIN${unindexRows('OLD.id')}
  DELETE FROM search_docs WHERE entity_id = OLD.id;
END;`;
}

// A draft meeting moved to another day or group: the year and group facets of everything decided
// in it (and of the follow-ups of its actions) move along.
const inMeeting = {
  item: 'SELECT id FROM agenda_items WHERE meeting_id = NEW.id',
  decision: 'SELECT d.id FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id WHERE ai.meeting_id = NEW.id',
  action:
    'SELECT a.id FROM actions a JOIN decisions d ON d.id = a.decision_id JOIN agenda_items ai ON ai.id = d.agenda_item_id WHERE ai.meeting_id = NEW.id',
  follow_up: 'SELECT f.id FROM follow_ups f JOIN action_state s ON s.action_id = f.action_id WHERE s.meeting_id = NEW.id',
} as const;

const meetingMoveTrigger = `
CREATE TRIGGER search_meetings_move AFTER UPDATE OF date, group_id ON meetings
BEGIN${(Object.keys(inMeeting) as (keyof typeof inMeeting)[])
  .map((kind) => `${unindexRows(inMeeting[kind])}${indexRows(kind, `v.entity_id IN (${inMeeting[kind]})`)}`)
  .join('')}
END;`;

export const migration004: Migration = {
  version: 4,
  name: 'search_index',
  sql: `
CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY,
  entity_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5(
  title, body, facets,
  kind UNINDEXED, entity_id UNINDEXED, date UNINDEXED, group_id UNINDEXED, meeting_id UNINDEXED, item_id UNINDEXED, action_id UNINDEXED,
  tokenize = "unicode61 remove_diacritics 0",
  prefix = '2 3'
);
-- Relevance: a hit in the title weighs more than one in the text; facets never count.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(8.0, 1.0, 0.0)');

${kinds.map((kind) => `CREATE VIEW ${view(kind)} AS ${sources[kind].trim()};`).join('\n')}

-- Existing records get document numbers in date order, so "newest first" holds for them too.
INSERT INTO search_docs (entity_id)
SELECT entity_id FROM (${kinds.map((kind, i) => `SELECT entity_id, date, ${i} AS k FROM ${view(kind)}`).join(' UNION ALL ')})
ORDER BY date, k;
${kinds.map((kind) => indexRows(kind, '1')).join('\n')}

${kinds.map(triggersOf).join('\n')}
${meetingMoveTrigger}
`,
};
