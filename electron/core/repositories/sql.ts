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
