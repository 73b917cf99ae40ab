// The plain text of a notes document (ProseMirror/TipTap JSON), for the confidentiality guard,
// and a way to rewrite every string in such a document (for redaction). Iterative where input
// depth is not yet known, so a hostile document cannot exhaust the stack.

type JsonNode = { type?: unknown; text?: unknown; content?: unknown };

export const maxNotesDepth = 100;

/** How deeply objects and arrays nest in a JSON value (a string or number is 0). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Text nodes of one block are joined as written; blocks and hard breaks become line breaks. */
export function notesPlainText(doc: unknown): string {
  let text = '';
  const stack: (JsonNode | 'end')[] = [doc as JsonNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end') {
      if (text.length > 0 && !text.endsWith('\n')) text += '\n';
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (typeof node.text === 'string') text += node.text;
    else if (node.type === 'hardBreak') text += '\n';
    if (Array.isArray(node.content)) {
      stack.push('end');
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i] as JsonNode);
    }
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** A copy of a JSON value with every string passed through `rewrite` (keys are kept). */
export function mapJsonStrings(value: unknown, rewrite: (text: string) => string, depth = 0): unknown {
  if (depth > maxNotesDepth * 2) throw new Error('JSON value nests too deeply');
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => mapJsonStrings(item, rewrite, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapJsonStrings(item, rewrite, depth + 1)]));
  }
  return value;
}
