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
  /** The top-level knot the item is in (undefined before the first `=== knot ===`). */
  knot?: string;
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
    const id = /^id\s*:\s*(.*)$/.exec(t)?.[1];
    if (id !== undefined) return id.trim();
  }
  return undefined;
}

/** What the scanner carries from one line to the next. */
interface ScanState {
  inBlockComment: boolean;
  /** Still in the `#` lines at the top (global tags). */
  inHeader: boolean;
  /** Depth of multi-line `{ ... }` conditional blocks: inside, `- cond:` lines are branches, not gathers. */
  blockDepth: number;
  /** The knot the scanner is in. */
  knot?: string;
}

/**
 * Scan an ink source. Global tags are the `#` lines before the first other
 * content; text lines and choices are everything a trainee reads or picks.
 */
export function scanInkSource(source: string): SourceItem[] {
  const state: ScanState = { inBlockComment: false, inHeader: true, blockDepth: 0 };
  const items: SourceItem[] = [];
  source.split(/\r?\n/).forEach((rawLine, index) => {
    const item = scanLine(rawLine, index + 1, state);
    if (item) items.push(state.knot === undefined ? item : { ...item, knot: state.knot });
  });
  return items;
}

/** A line without its `/* block comments *\/` (which may span lines); undefined if it lies wholly inside one. */
function withoutBlockComments(rawLine: string, state: ScanState): string | undefined {
  let s = rawLine;
  if (state.inBlockComment) {
    const end = s.indexOf('*/');
    if (end < 0) return undefined;
    s = s.slice(end + 2);
    state.inBlockComment = false;
  }
  const start = s.indexOf('/*');
  if (start >= 0) {
    const end = s.indexOf('*/', start + 2);
    if (end < 0) {
      state.inBlockComment = true;
      s = s.slice(0, start);
    } else s = s.slice(0, start) + s.slice(end + 2);
  }
  return s;
}

/** The item on one source line, if it holds a global tag, a text line or a choice. */
function scanLine(rawLine: string, lineNo: number, state: ScanState): SourceItem | undefined {
  const uncommented = withoutBlockComments(rawLine, state);
  if (uncommented === undefined) return undefined;
  const code = stripLineComment(uncommented);
  let trimmed = code.trim();
  if (trimmed === '') return undefined;
  // Insertion points are computed on the raw line, so a /* comment */ earlier in it does not shift them.
  const raw = stripLineComment(rawLine);

  if (state.inHeader && trimmed.startsWith('#')) {
    return { kind: 'global', line: lineNo, tags: splitTags(trimmed).tags, insertAt: code.length, problems: [] };
  }
  state.inHeader = false;

  if (trimmed.startsWith('{')) return scanConditional(trimmed, raw, lineNo, state);
  if (trimmed.startsWith('}')) {
    state.blockDepth = Math.max(0, state.blockDepth - 1);
    return undefined;
  }
  if (state.blockDepth > 0) {
    // Inside a multi-line conditional, "- else:" and "- cond:" start branches; text after the colon is a line.
    const branch = /^-\s*(?:else|[^:]*?)\s*:\s*(.*)$/.exec(trimmed)?.[1]?.trim();
    if (branch !== undefined) {
      if (branch === '' || branch.startsWith('->')) return undefined;
      trimmed = branch;
    }
  }
  // A knot header (`== name`, `=== name ===`, `=== function name ===`); a stitch (`= name`) stays in its knot.
  const knot = /^={2,}\s*(?:function\s+)?(\w+)/.exec(trimmed)?.[1];
  if (knot !== undefined) state.knot = knot;
  if (LOGIC_START.test(trimmed)) return undefined;

  // Choices: one or more * or + bullets.
  const bullets = /^((?:[*+]\s*)+)/.exec(trimmed)?.[1];
  if (bullets) return scanChoice(code, trimmed, raw, lineNo, bullets);
  return scanText(trimmed, raw, lineNo);
}

/** A line starting with `{`: a multi-line conditional opening, a divert-only condition, or text with an inline condition (a problem). */
function scanConditional(trimmed: string, raw: string, lineNo: number, state: ScanState): SourceItem | undefined {
  const opens = (trimmed.match(/\{/g) ?? []).length;
  const closes = (trimmed.match(/\}/g) ?? []).length;
  if (opens > closes) {
    state.blockDepth += opens - closes; // a multi-line conditional opens: its branches follow
    return undefined;
  }
  // A one-line conditional is logic only if it diverts: "{ met_her: -> later }".
  const m = /^\{([^{}]*)\}\s*(.*)$/.exec(trimmed);
  const inner = m?.[1] ?? '';
  const colon = inner.indexOf(':');
  const divertOnly = colon >= 0 && /^\s*->/.test(inner.slice(colon + 1)) && (m?.[2] ?? '') === '';
  if (divertOnly) return undefined;
  const { tags } = splitTags(trimmed);
  return {
    kind: 'text',
    line: lineNo,
    tags,
    id: idOf(tags),
    insertAt: raw.trimEnd().length,
    problems: ['no inline conditions or variables in text ({...}); write whole sentences and branch with diverts'],
  };
}

/** A choice line (`bullets` are its leading `*` / `+` marks). */
function scanChoice(code: string, trimmed: string, raw: string, lineNo: number, bullets: string): SourceItem {
  const offset = code.indexOf(trimmed);
  const problems: string[] = [];
  const open = code.indexOf('[');
  const close = code.lastIndexOf(']');
  if (open < 0 || close < open) {
    problems.push('write choices as "* [Choice text #id:... #score:...]" (square brackets, tags inside)');
    const { tags } = splitTags(code.slice(offset + bullets.length));
    return { kind: 'choice', line: lineNo, tags, id: idOf(tags), insertAt: raw.trimEnd().length, problems };
  }
  const inside = code.slice(open + 1, close);
  const after = code.slice(close + 1).trim();
  if (after.includes('#')) problems.push('choice tags must sit inside the [brackets]; tags after "]" belong to the next line');
  else if (after !== '' && !after.startsWith('->')) problems.push('text after "]" is shown after choosing; put it on its own line with its own #id');
  const { text, tags } = splitTags(inside);
  if (text === '') problems.push('choice has no text');
  return { kind: 'choice', line: lineNo, tags, id: idOf(tags), insertAt: raw.lastIndexOf(']'), problems };
}

/** A text line, possibly a gather (leading dashes, optionally a label); undefined if it holds only logic. */
function scanText(trimmed: string, raw: string, lineNo: number): SourceItem | undefined {
  const body = trimmed.replace(/^(?:-\s*)+(?:\(\s*[\w]+\s*\)\s*)?/, '');
  if (body === '' || LOGIC_START.test(body)) return undefined;
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
  return { kind: 'text', line: lineNo, tags, id: idOf(tags), insertAt: raw.trimEnd().length, problems };
}
