import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeDocument, locatorOf, SEED_DOCUMENTS, SEED_FILES, type LocatorWords } from './sources.ts';

const words: LocatorWords = {
  page: (n) => `p. ${n}`,
  pages: (a, b) => `pp. ${a}-${b}`,
  chapter: (v) => `ch. ${v}`,
  section: (v) => `sec. ${v}`,
  post: (d) => `post of ${d}`,
};

describe('citing the seed documents', () => {
  it('cites a document once, with the distinct parts that hold its passages, and no file name', () => {
    const text = citeDocument(
      '003_fa9b57731bfef90f.txt',
      [
        { from: 68, to: 70 },
        { from: 159, to: 159 },
        { from: 235, to: 237 },
      ],
      'en',
      words,
    );
    expect(text).toMatch(/^Y\. Badikova, .*Helsinki \(2008\): sec\. 2, sec\. 3, sec\. 4$/);
    expect(text).not.toMatch(/\.txt|seed/i);
    expect(citeDocument('003_fa9b57731bfef90f.txt', [{ from: 68, to: 70 }], 'ru', words)).toMatch(/^Е\. Бадикова/);
    expect(citeDocument('000_7eed6af985ef022d.txt', [{ from: 109, to: 113 }], 'en', words)).toMatch(/: p\. 241$/);
    expect(citeDocument('000_7eed6af985ef022d.txt', [{ from: 100, to: 120 }], 'en', words)).toMatch(/: pp\. 240-242$/);
  });

  // The locators are data taken from the documents; check them against the texts themselves.
  // Beside the repository (as in development), or the workplace's shared folder. A clone elsewhere
  // without the documents reports this test as skipped (the CI summary counts skips), never as passed.
  const seeds = [path.resolve(import.meta.dirname, '../../../shared/seeds'), '/work/shared/seeds'].find((d) => fs.existsSync(d)) ?? '';
  const read = (f: string) => fs.readFileSync(path.join(seeds, f), 'utf8').split('\n');

  it.skipIf(!seeds)('has line counts and locators that match the documents in shared/seeds', () => {
    for (const f of SEED_FILES) {
      const lines = read(f);
      expect(lines.length - (lines.at(-1) === '' ? 1 : 0), f).toBe(SEED_DOCUMENTS[f].lines);
    }
    // Shelley: a page starts on the line after each "(End Page N)" mark.
    const shelley = read('000_7eed6af985ef022d.txt');
    shelley.forEach((text, i) => {
      const m = /End Page (\d+)/.exec(text);
      if (m) expect(locatorOf('000_7eed6af985ef022d.txt', i + 2)).toEqual({ kind: 'page', value: Number(m[1]) + 1 });
    });
    // Hartl: each chapter starts at its heading; Badikova: each section at its "(n)" heading; the blog: each post at its date.
    for (const [from, loc] of SEED_DOCUMENTS['001_a1e76db77d51934e.txt'].parts)
      expect(read('001_a1e76db77d51934e.txt')[from - 1]).toMatch(new RegExp(`^CHAPTER ${loc.value}\\.`));
    for (const [from, loc] of SEED_DOCUMENTS['003_fa9b57731bfef90f.txt'].parts)
      expect(read('003_fa9b57731bfef90f.txt')[from - 1]).toMatch(new RegExp(`^\\(${loc.value}\\)`));
    for (const [from, loc] of SEED_DOCUMENTS['002_002b58c2eb9cca60.txt'].parts) {
      const date = new Date(`${read('002_002b58c2eb9cca60.txt')[from - 1]!.replace(/^\w+, /, '')} UTC`);
      expect(date.toISOString().slice(0, 10)).toBe(loc.value);
    }
  });
});
