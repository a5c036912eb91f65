/**
 * Critical errors: flagged in the debrief whatever the points, because in the
 * sources each of them ended a case or put a person in danger.
 */
import { defineRegistry } from './registry.ts';
import type { StandardId } from './standards.ts';

export interface CriticalError {
  /** The standard the error breaks. */
  readonly standard: StandardId;
}

export const CRITICAL_ERRORS = {
  /** Detaining or deporting a possible victim before screening (seed 003 line 159). */
  'detain-or-deport-unscreened': { standard: 'ohchr-p7' },
  /** Handing a victim back to the controller, escort or employer. */
  'return-to-controller': { standard: 'who-2003-1' },
  /** Interviewing through the controller's, employer's or foreman's interpreter. */
  'controller-interpreter': { standard: 'who-2003-4' },
  /** Exposing a victim's identity (press, family, employer) without consent. */
  'expose-identity': { standard: 'coe-11' },
  /** An official's complicity (a colleague taking travellers past control, stamps without seeing them) accepted or ignored (seed 002 line 80; seed 003 line 78). */
  'official-complicity': { standard: 'seed-002-80' },
  /** Returning a child to the exploiter. */
  'child-to-exploiter': { standard: 'unicef-2006' },
} as const satisfies Record<string, CriticalError>;

export type CriticalErrorId = keyof typeof CRITICAL_ERRORS;

/** The critical errors as a registry (typed look-up, own-property membership). */
export const criticalErrorRegistry = defineRegistry(CRITICAL_ERRORS);

/** True if `id` names a registered critical error. */
export const isCriticalErrorId = criticalErrorRegistry.has;
