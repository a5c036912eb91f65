/**
 * Adds missing `#id:` tags to an ink source without touching existing ids.
 * New ids continue after the highest number already used with the story's
 * prefix, so translations keyed by id never shift.
 */
import { scanInkSource } from './ink-source.ts';

/** The id prefix of a story: the most common `<prefix>-<number>` prefix, else the scenario's initials. */
export function idPrefixOf(source: string, scenarioId: string): string {
  const counts = new Map<string, number>();
  for (const [, prefix] of source.matchAll(/#id:\s*([a-z0-9-]+?)-(\d+)\b/g)) {
    if (prefix !== undefined) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) return top[0];
  return (
    scenarioId
      .split('-')
      .map((w) => w[0])
      .join('') || 's'
  );
}

/**
 * Return `source` with an id added to every text line and choice that lacks one.
 * @returns the new source and the ids added with their 1-based line numbers
 */
export function addMissingIds(source: string, scenarioId: string): { source: string; added: { id: string; line: number }[] } {
  const prefix = idPrefixOf(source, scenarioId);
  const numberOf = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}-(\\d+)$`);
  const items = scanInkSource(source);
  let next = 0;
  let width = 3;
  for (const item of items) {
    const digits = item.id ? numberOf.exec(item.id)?.[1] : undefined;
    if (digits !== undefined) {
      next = Math.max(next, Number(digits));
      width = Math.max(width, digits.length);
    }
  }
  const lines = source.split('\n');
  const added: { id: string; line: number }[] = [];
  for (const item of items) {
    if (item.kind === 'global' || item.id) continue;
    const id = `${prefix}-${String(++next).padStart(width, '0')}`;
    const text = lines[item.line - 1];
    if (text === undefined) throw new Error(`addMissingIds: the scanner reported line ${item.line}, but the source has ${lines.length} lines`);
    const cr = text.endsWith('\r') ? '\r' : '';
    const body = cr ? text.slice(0, -1) : text;
    const before = body.slice(0, item.insertAt).replace(/\s+$/, '');
    lines[item.line - 1] = `${before} #id:${id}${body.slice(item.insertAt)}${cr}`;
    added.push({ id, line: item.line });
  }
  return { source: lines.join('\n'), added };
}
