/**
 * Points: the one sum the runtime needs from a score. Lives on its own so
 * runtime scoring and build-time analysis share it without the debrief
 * importing the build-time path walker.
 */
import { DIMENSIONS, type Dimension } from './vocabulary.ts';

/** Sum of a choice's points over all dimensions. */
export function totalOf(score: Readonly<Record<Dimension, number>>): number {
  return DIMENSIONS.reduce((sum, d) => sum + score[d], 0);
}
