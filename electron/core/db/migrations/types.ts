export type Migration = {
  /** Becomes PRAGMA user_version once applied; versions are consecutive from 1. */
  version: number;
  name: string;
  sql: string;
};
