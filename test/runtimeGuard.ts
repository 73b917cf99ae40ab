// better-sqlite3 13 needs Node-API 10 (Node 24). Run directly under the system Node 20 it
// segfaults; this turns that into a clear message. Always start tests with `npm test`.
export default function checkRuntime(): void {
  if (Number(process.versions.napi) < 10) {
    throw new Error(`Tests need Node 24 (Node-API 10), got Node ${process.version}. Run them with "npm test" or "npx vitest".`);
  }
}
