// The ordered list of migrations: add a file per schema change and append it here.
import { migration001 } from './001_core_schema.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [migration001];

export const latestSchemaVersion = migrations.length;
