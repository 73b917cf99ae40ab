import { errorText } from '../../../shared/i18n/sv/errors.ts';

/** better-sqlite3 13 needs Node-API 10; under an older Node it segfaults instead of failing. */
export function assertSupportedRuntime(versions: NodeJS.ProcessVersions = process.versions): void {
  if (Number(versions.napi) < 10) throw new Error(errorText.runtimeTooOld(versions.node));
}
