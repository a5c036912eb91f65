/**
 * A line scanner for `.ink` sources. It does not replace the ink compiler; it
 * finds the lines a trainee will read and the choices a trainee will make, so
 * that the linter can name the exact source line of a problem and the id
 * script can add missing ids without touching anything else.
 */

/** One item of interest in an ink source. */
export interface SourceItem {
  kind: 'global' | 'text' | 'choice';
  /** 1-based line number in the file. */
  line: number;
  /** The raw tags (without '#'), in order. */
  tags: string[];
  /** The `#id:` value if present. */
  id?: string;
  /**
   * Character offset (within the line) where a missing ` #id:x` would be
   * inserted: before a choice's closing bracket, or at the end of a text line.
   */
  insertAt: number;
  /** Problems that are about the shape of the line rather than its tags. */
  problems: string[];
}

const LOGIC_START = /^(VAR|CONST|LIST|INCLUDE|EXTERNAL|TODO:?)\b|^~|^->|^<-|^={1,}|^\{|^\}|^\|/;

/** Strip a `//` comment that is not inside a `/* *\/` (handled separately). */
function stripLineComment(s: string): string {
  const i = s.indexOf('//');
  return i >= 0 ? s.slice(0, i) : s;
}

/** Split `text #a #b` into the text and its tags. */
export function splitTags(s: string): { text: string; tags: string[] } {
  const i = s.indexOf('#');
  if (i < 0) return { text: s.trim(), tags: [] };
  return {
    text: s.slice(0, i).trim(),
    tags: s
      .slice(i + 1)
      .split('#')
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
  };
}

function idOf(tags: string[]): string | undefined {
  for (const t of tags) {
    const m = /^id\s*:\s*(.*)$/.exec(t);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/**
 * Scan an ink source. Global tags are the `#` lines before the first other
 * content; text lines and choices are everything a trainee reads or picks.
 */
export function scanInkSource(source: string): SourceItem[] {
  const items: SourceItem[] = [];
  const lines = source.split(/\r?\n/);
  let inBlockComment = false;
  let inHeader = true;
  /** Depth of multi-line `{ ... }` conditional blocks: inside, `- cond:` lines are branches, not gathers. */
  let blockDepth = 0;
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    let s = rawLine;
    if (inBlockComment) {
      const end = s.indexOf('*/');
      if (end < 0) return;
      s = s.slice(end + 2);
      inBlockComment = false;
    }
    const start = s.indexOf('/*');
    if (start >= 0) {
      const end = s.indexOf('*/', start + 2);
      if (end < 0) { inBlockComment = true; s = s.slice(0, start); }
      else s = s.slice(0, start) + s.slice(end + 2);
    }
    const code = stripLineComment(s);
    let trimmed = code.trim();
    if (trimmed === '') return;
    // Insertion points are computed on the raw line, so a /* comment */ earlier in it does not shift them.
    const raw = stripLineComment(rawLine);

    if (inHeader && trimmed.startsWith('#')) {
      const { tags } = splitTags(trimmed);
      items.push({ kind: 'global', line: lineNo, tags, insertAt: code.length, problems: [] });
      return;
    }
    inHeader = false;

    if (trimmed.startsWith('{')) {
      const opens = (trimmed.match(/\{/g) ?? []).length;
      const closes = (trimmed.match(/\}/g) ?? []).length;
      if (opens > closes) {
        blockDepth += opens - closes; // a multi-line conditional opens: its branches follow
        return;
      }
      // A one-line conditional is logic only if it diverts: "{ met_her: -> later }".
      const m = /^\{([^{}]*)\}\s*(.*)$/.exec(trimmed);
      const inner = m?.[1] ?? '';
      const colon = inner.indexOf(':');
      const divertOnly = colon >= 0 && /^\s*->/.test(inner.slice(colon + 1)) && (m?.[2] ?? '') === '';
      if (divertOnly) return;
      const { tags } = splitTags(trimmed);
      items.push({
        kind: 'text',
        line: lineNo,
        tags,
        id: idOf(tags),
        insertAt: raw.trimEnd().length,
        problems: ['no inline conditions or variables in text ({...}); write whole sentences and branch with diverts'],
      });
      return;
    }
    if (trimmed.startsWith('}')) {
      blockDepth = Math.max(0, blockDepth - 1);
      return;
    }
    if (blockDepth > 0) {
      // Inside a multi-line conditional, "- else:" and "- cond:" start branches; text after the colon is a line.
      const branch = /^-\s*(?:else|[^:]*?)\s*:\s*(.*)$/.exec(trimmed);
      if (branch) {
        if (branch[1]!.trim() === '' || branch[1]!.trim().startsWith('->')) return;
        trimmed = branch[1]!.trim();
      }
    }
    if (LOGIC_START.test(trimmed)) return;

    // Choices: one or more * or + bullets.
    const choice = /^((?:[*+]\s*)+)/.exec(trimmed);
    if (choice) {
      const offset = code.indexOf(trimmed);
      const problems: string[] = [];
      const open = code.indexOf('[');
      const close = code.lastIndexOf(']');
      if (open < 0 || close < open) {
        problems.push('write choices as "* [Choice text #id:... #score:...]" (square brackets, tags inside)');
        const { tags } = splitTags(code.slice(offset + choice[1]!.length));
        items.push({ kind: 'choice', line: lineNo, tags, id: idOf(tags), insertAt: raw.trimEnd().length, problems });
        return;
      }
      const inside = code.slice(open + 1, close);
      const after = code.slice(close + 1).trim();
      if (after.includes('#')) problems.push('choice tags must sit inside the [brackets]; tags after "]" belong to the next line');
      else if (after !== '' && !after.startsWith('->')) problems.push('text after "]" is shown after choosing; put it on its own line with its own #id');
      const { text, tags } = splitTags(inside);
      if (text === '') problems.push('choice has no text');
      items.push({ kind: 'choice', line: lineNo, tags, id: idOf(tags), insertAt: raw.lastIndexOf(']'), problems });
      return;
    }

    // Gathers: leading dashes, optionally a (label).
    let body = trimmed.replace(/^(?:-\s*)+(?:\(\s*[\w]+\s*\)\s*)?/, '');
    if (body === '' || LOGIC_START.test(body)) return;
    // A trailing divert on a text line: "Text #id:x" cannot be followed by ->
    // (the tag would swallow it), so diverts must be on their own line.
    const { text, tags } = splitTags(body);
    const problems: string[] = [];
    if (text === '' && tags.length > 0) {
      problems.push('tags without text: put them on the line they describe');
    }
    if (/[{}]/.test(text)) problems.push('no inline conditions or variables in text ({...}); translators need whole sentences');
    if (text.includes('<>')) problems.push('no glue (<>) in text; translators need whole sentences');
    if (/->/.test(text)) problems.push('put the divert (->) on its own line after the text');
    if (tags.some((t) => t.includes('->'))) problems.push('a divert after tags is swallowed by the tag: put "->" on its own line');
    items.push({ kind: 'text', line: lineNo, tags, id: idOf(tags), insertAt: raw.trimEnd().length, problems });
  });
  return items;
}
