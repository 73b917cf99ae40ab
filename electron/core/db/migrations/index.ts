// The ordered list of migrations: add a file per schema change and append it here.
import { migration001 } from './001_core_schema.ts';
import { migration002 } from './002_protocol_lock.ts';
import { migration003 } from './003_follow_through.ts';
import { migration004 } from './004_search_index.ts';
import { migration005 } from './005_action_state_held.ts';
import { migration006 } from './006_dashboard_figures.ts';
import { migration007 } from './007_held_meetings_by_date.ts';
import { migration008 } from './008_foreign_key_indexes.ts';
import { migration009 } from './009_closing_date.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const latestSchemaVersion = migrations.length;
