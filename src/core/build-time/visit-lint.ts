/**
 * The lint that keeps a story's logic to what its merged graph can see
 * (state-graph.ts merges states on the ink position and variables, without
 * visit counts, turn counts or chance): reading how often a knot, stitch or
 * label was visited (`{met_her: ...}`, `READ_COUNT`), turns (`TURNS`,
 * `TURNS_SINCE`), `CHOICE_COUNT`, chance (`RANDOM`, shuffles) or a sequence
 * block is reported with its line. A VAR set where the thing happens says the
 * same and is tracked. (story-graph.ts checks the compiled story too.)
 */

/** Ink functions whose result the merged graph does not follow. */
const UNTRACKED_FUNCTIONS = ['TURNS', 'TURNS_SINCE', 'READ_COUNT', 'CHOICE_COUNT', 'RANDOM', 'SEED_RANDOM', 'LIST_RANDOM'];
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'else', 'temp', 'return', 'has', 'hasnt', 'mod', 'function', 'ref']);
const ADVICE = 'the story graph does not track visit counts, turns or chance: set a VAR where it happens and test that';

export interface UntrackedRead {
  line: number;
  message: string;
}

/** The source's lines without comments (a block comment may span lines). */
function codeLines(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .split(/\r?\n/)
    .map((l) => l.replace(/\/\/.*$/, ''));
}

/** Knot, stitch and label names (visit-counted), and variable names (tracked). */
function namesOf(lines: readonly string[]): { counted: Set<string>; variables: Set<string> } {
  const counted = new Set<string>();
  const variables = new Set<string>();
  for (const l of lines) {
    const knot = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(l);
    if (knot?.[2] && !knot[1]) counted.add(knot[2]);
    const stitch = /^\s*=\s*(\w+)/.exec(l);
    if (stitch?.[1] && !knot) counted.add(stitch[1]);
    const label = /^\s*(?:[-*+]\s*)+\(\s*(\w+)\s*\)/.exec(l);
    if (label?.[1]) counted.add(label[1]);
    const variable = /^\s*(?:VAR|CONST|LIST)\s+(\w+)/.exec(l) ?? /~\s*temp\s+(\w+)/.exec(l);
    if (variable?.[1]) variables.add(variable[1]);
    const list = /^\s*LIST\s+\w+\s*=\s*(.*)$/.exec(l);
    if (list?.[1]) for (const item of list[1].matchAll(/(\w+)\s*(?:=\s*\d+)?/g)) if (item[1]) variables.add(item[1]);
  }
  return { counted, variables };
}

/** The logic on a line: `~` statements, `{...}` conditions (the part before a branch's colon), `- cond:` branches in blocks. */
function logicOf(line: string, inBlock: boolean): string[] {
  const t = line.trim();
  if (t.startsWith('~')) return [t.slice(1)];
  const parts: string[] = [];
  for (const m of t.matchAll(/\{([^{}]*)\}?/g)) {
    const inner = m[1] ?? '';
    const colon = inner.indexOf(':');
    parts.push(colon >= 0 ? inner.slice(0, colon) : inner);
  }
  if (inBlock) {
    const branch = /^-\s*([^:]*?)\s*:/.exec(t)?.[1];
    if (branch) parts.push(branch);
  }
  return parts;
}

/** Every read of a visit count, turn count or chance in an ink source, with its line. */
export function untrackedReadsInSource(source: string): UntrackedRead[] {
  const lines = codeLines(source);
  const { counted, variables } = namesOf(lines);
  const found: UntrackedRead[] = [];
  let depth = 0;
  lines.forEach((l, i) => {
    const line = i + 1;
    if (/\{\s*(stopping|cycle|shuffle|once)\s*:/.test(l)) found.push({ line, message: `a ${/\{\s*(\w+)/.exec(l)?.[1]} block reads visit counts; ${ADVICE}` });
    for (const expr of logicOf(l, depth > 0)) {
      const code = expr.replace(/"[^"]*"/g, '""').replace(/->\s*[\w.]+/g, '');
      for (const m of code.matchAll(/[A-Za-z_]\w*(?:\.\w+)*/g)) {
        const name = m[0];
        const parts = name.split('.');
        const head = parts[0] ?? name;
        if (UNTRACKED_FUNCTIONS.includes(head)) found.push({ line, message: `${head} is not tracked; ${ADVICE}` });
        else if (!KEYWORDS.has(head) && !variables.has(head) && parts.some((p) => counted.has(p)))
          found.push({ line, message: `"${name}" reads how often ${name} was visited; ${ADVICE}` });
      }
    }
    depth = Math.max(0, depth + (l.match(/\{/g) ?? []).length - (l.match(/\}/g) ?? []).length);
  });
  return found;
}
