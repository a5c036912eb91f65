/**
 * The rules that keep the core portable, checked on source text with the
 * TypeScript parser (so comments and strings never count, and property names
 * such as `x.window` are not globals):
 *
 * - no file under src/core imports Phaser, Howler, Vite, or anything in
 *   src/ui, src/scenes, src/audio, src/main.ts or src/app-events.ts;
 * - none uses DOM globals (`document`, `window`, `localStorage`, `HTMLElement`...)
 *   or Vite's `import.meta.glob` / `import.meta.env` / `import.meta.hot`;
 * - runtime modules (src/core outside build-time/, tests excepted) import
 *   neither build-time modules, src/build, the ink compiler, nor Node built-ins,
 *   and do not use `import.meta.dirname` / `filename` (Node only).
 *
 * tsconfig.core.json catches DOM and Node use through types; this catches
 * imports, which types alone do not forbid.
 */
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';

/** One broken rule, at a 1-based line. */
export interface Finding {
  file: string;
  line: number;
  message: string;
}

const FORBIDDEN_PACKAGES = ['phaser', 'howler', 'vite'];
const FORBIDDEN_DIRS = ['src/ui/', 'src/scenes/', 'src/audio/'];
const FORBIDDEN_FILES = ['src/main.ts', 'src/app-events.ts'];
const BUILD_ONLY_DIRS = ['src/core/build-time/', 'src/build/'];
const BUILD_ONLY_PACKAGES = ['inkjs/full', 'inkjs/compiler'];
const NODE_BUILTINS = new Set(builtinModules);
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'self',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'Image',
  'Audio',
  'customElements',
  'getComputedStyle',
  'matchMedia',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'addEventListener',
  'removeEventListener',
  'alert',
  'confirm',
  'Element',
  'Document',
  'Event',
  'EventTarget',
  'CustomEvent',
  'KeyboardEvent',
  'MouseEvent',
  'DOMParser',
  'MutationObserver',
  'ResizeObserver',
]);
const isDomGlobal = (name: string) => DOM_GLOBALS.has(name) || /^(HTML|SVG)\w*Element$/.test(name);

/** True for a file whose code ships to the browser: under src/core, not build-time, not a test. */
export function isRuntimeFile(file: string): boolean {
  return file.startsWith('src/core/') && !file.startsWith('src/core/build-time/') && !file.endsWith('.test.ts');
}

/** Identifiers that name a member or a declared property, not a global. */
function isMemberName(node: ts.Identifier): boolean {
  const p = node.parent;
  if ((ts.isPropertyAccessExpression(p) && p.name === node) || (ts.isQualifiedName(p) && p.right === node)) return true;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertySignature(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p) ||
      ts.isEnumMember(p)) &&
    p.name === node
  )
    return true;
  return ts.isBindingElement(p) && p.propertyName === node;
}

/** The module a specifier names: a repo-relative path for relative specifiers, else the package name as written. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

function importProblem(file: string, specifier: string): string | undefined {
  const t = target(file, specifier);
  const pkg = t.startsWith('node:') ? t : t.split('/')[0]!;
  if (FORBIDDEN_PACKAGES.some((p) => t === p || t.startsWith(`${p}/`)))
    return `imports "${specifier}": the core knows nothing about rendering, sound or the bundler`;
  if (FORBIDDEN_DIRS.some((d) => t.startsWith(d)) || FORBIDDEN_FILES.includes(t))
    return `imports "${specifier}": the core must not depend on the UI, scenes or audio`;
  if (!isRuntimeFile(file)) return undefined;
  if (BUILD_ONLY_DIRS.some((d) => t.startsWith(d)) || BUILD_ONLY_PACKAGES.includes(t))
    return `imports "${specifier}": runtime code must not depend on build-time code`;
  if (t.startsWith('node:') || NODE_BUILTINS.has(pkg)) return `imports "${specifier}": runtime code runs in the browser, without Node built-ins`;
  return undefined;
}

/** The module specifiers a node imports, if it is an import, export-from, dynamic import, import type or require. */
function specifiersOf(node: ts.Node): string[] {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
    return [node.moduleSpecifier.text];
  if (ts.isCallExpression(node)) {
    const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
    const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
    const [arg] = node.arguments;
    if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) return [arg.text];
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) return [node.argument.literal.text];
  return [];
}

/** `import.meta.<name>` uses that tie code to Vite (anywhere) or to Node (in runtime code). */
function importMetaProblem(file: string, node: ts.Node): string | undefined {
  if (!ts.isPropertyAccessExpression(node) || !ts.isMetaProperty(node.expression) || node.expression.keywordToken !== ts.SyntaxKind.ImportKeyword)
    return undefined;
  const name = node.name.text;
  if (['glob', 'env', 'hot'].includes(name)) return `uses import.meta.${name}: Vite only; let the caller inject what is needed`;
  if (isRuntimeFile(file) && ['dirname', 'filename'].includes(name)) return `uses import.meta.${name}: Node only, and runtime code runs in the browser`;
  return undefined;
}

/**
 * Check one source file against the core's rules.
 * @param file the file's path relative to the repository root, with forward slashes (e.g. `src/core/session.ts`)
 * @param source its text
 */
export function checkCoreSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const add = (node: ts.Node, message: string) => findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, message });
  const visit = (node: ts.Node): void => {
    for (const s of specifiersOf(node)) {
      const problem = importProblem(file, s);
      if (problem) add(node, problem);
    }
    const meta = importMetaProblem(file, node);
    if (meta) add(node, meta);
    if (ts.isIdentifier(node) && isDomGlobal(node.text) && !isMemberName(node)) add(node, `uses the DOM global "${node.text}": the core runs in Node too`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
