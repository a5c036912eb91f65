/**
 * npm run fuzz [-- <count>]
 * Generates saves (default 10,000, spread over the scenarios): logs played
 * the way trainees, bugs and crafted saves produce them, a third of them
 * damaged as text. Restores each and compares it with live play of the same
 * log. Prints the counts; exits with 1 on any crash or divergence.
 * Repeatable: FUZZ_SEED sets the seed (default 1).
 */
import fc from 'fast-check';
import { checkSaveText, damageArb, generateRun, runArb, saveText, type Outcome } from '../tests/fuzz/saves.ts';
import { compileReal, storyIds } from '../tests/helpers.ts';

const total = Number(process.argv[2] ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 1);
const ids = storyIds();
const counts: Record<Outcome, number> = { rejected: 0, partial: 0, full: 0, crash: 0, divergence: 0 };
const examples: string[] = [];
const started = performance.now();

ids.forEach((id, k) => {
  const { json, manifest } = compileReal(id);
  const n = Math.floor(total / ids.length) + (k < total % ids.length ? 1 : 0);
  const arb = fc.tuple(runArb, fc.nat(2)).chain(([run, damage]) => {
    const text = saveText(id, manifest, generateRun(json, manifest, run).raw);
    return damage === 0 ? damageArb(text) : fc.constant(text);
  });
  for (const text of fc.sample(arb, { numRuns: n, seed: seed + k })) {
    const { outcome, detail } = checkSaveText(json, manifest, id, text);
    counts[outcome]++;
    if (detail && examples.length < 5) examples.push(`${id}: ${outcome}: ${detail}\n  save: ${text.slice(0, 200)}`);
  }
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${total} saves over ${ids.join(', ')} (seed ${seed}, ${seconds} s):`);
console.log(
  `  clean rejections ${counts.rejected}, partial restores ${counts.partial}, full restores ${counts.full}, crashes ${counts.crash}, divergences ${counts.divergence}`,
);
for (const e of examples) console.log(e);
process.exitCode = counts.crash + counts.divergence > 0 ? 1 : 0;
