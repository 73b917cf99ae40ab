// Small helpers shared by the repositories. Column and table names come only from the
// repositories' own constant maps, never from input; values are always bound parameters.
import type Database from 'better-sqlite3';

export type Db = Database.Database;

/** Applies the defined fields of `patch` to the row `id`, mapping field names to columns. */
export function updateRow<T extends Record<string, unknown>>(
  db: Db,
  table: string,
  columns: { readonly [K in keyof T]?: string },
  id: string,
  patch: Partial<T>,
  updatedAt: string,
): number {
  const assignments: string[] = [];
  const values: Record<string, unknown> = { id, updated_at: updatedAt };
  for (const [field, column] of Object.entries(columns) as [string, string][]) {
    const value = patch[field as keyof T];
    if (value === undefined) continue;
    assignments.push(`${column} = @${column}`);
    values[column] = value;
  }
  assignments.push('updated_at = @updated_at');
  return db.prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run(values).changes;
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection and reused: compiling the register's or search's
 * statements costs about as much as running them for one page, so hot paths keep them.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let statements = statementCache.get(db);
  if (!statements) {
    statements = new Map();
    statementCache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/** Only the values a statement names: better-sqlite3 refuses named parameters a statement does not use. */
export function parametersUsedBy(sql: string, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => sql.includes(`@${name}`)));
}
