/**
 * Learning Locker's xAPI statement validator (@learninglocker/xapi-validation),
 * for tests: the problems it finds in a statement, as readable strings.
 */
import * as validation from '@learninglocker/xapi-validation';

type Validate = (data: unknown) => { path?: unknown; message?: string; constructor: { name: string } }[];
// A CommonJS module with `exports.default`: Node's interop may wrap it once more.
const mod = validation as unknown as { default: Validate | { default: Validate } };
const validate: Validate = typeof mod.default === 'function' ? mod.default : mod.default.default;

/** The validator's warnings for `statement` (empty when it is valid). */
export function xapiProblems(statement: unknown): string[] {
  return validate(statement).map((w) => `${w.constructor.name} at ${JSON.stringify(w.path)}${w.message ? `: ${w.message}` : ''}`);
}
