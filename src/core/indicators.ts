/**
 * The indicators registry: what a trainee can observe and note in the
 * notebook, and what a story line can carry with `#indicator:<id>`.
 * The first eleven are the ILO (2012) forced-labour indicators; the rest are
 * UNODC indicators the sources show again and again.
 */
import { defineRegistry } from './registry.ts';
import type { StandardId } from './standards.ts';

export interface Indicator {
  /** The standard that defines this indicator. */
  readonly source: StandardId;
}

export const INDICATORS = {
  'abuse-of-vulnerability': { source: 'ilo-2012' },
  deception: { source: 'ilo-2012' },
  'restriction-of-movement': { source: 'ilo-2012' },
  isolation: { source: 'ilo-2012' },
  'physical-sexual-violence': { source: 'ilo-2012' },
  'intimidation-threats': { source: 'ilo-2012' },
  'retention-of-documents': { source: 'ilo-2012' },
  'withholding-wages': { source: 'ilo-2012' },
  'debt-bondage': { source: 'ilo-2012' },
  'abusive-conditions': { source: 'ilo-2012' },
  'excessive-overtime': { source: 'ilo-2012' },
  'others-speak-for-them': { source: 'unodc-indicators' },
  'acts-as-instructed': { source: 'unodc-indicators' },
  'fears-authorities': { source: 'unodc-indicators' },
  'unaware-of-address': { source: 'unodc-indicators' },
} as const satisfies Record<string, Indicator>;

export type IndicatorId = keyof typeof INDICATORS;

/** The indicators as a registry (typed look-up, own-property membership). */
export const indicatorRegistry = defineRegistry(INDICATORS);

/** All indicator ids in registry order (the notebook lists them in this order). */
export const INDICATOR_IDS: readonly IndicatorId[] = indicatorRegistry.ids;

/** True if `id` names a registered indicator. */
export const isIndicatorId = indicatorRegistry.has;
