import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDARDS } from './standards.ts';

describe('standards as trainees read them', () => {
  const ru = JSON.parse(fs.readFileSync('locales/ru/standards.json', 'utf8')) as Record<string, string>;

  it('never show a file name, a line number or the word "seed" in their short titles, in any language', () => {
    for (const [id, s] of Object.entries(STANDARDS)) {
      for (const text of [s.short, ru[id]]) {
        expect(text, id).toBeTruthy();
        expect(text, id).not.toMatch(/seed|\.txt|\bline\b|строк|источник 00/i);
      }
    }
  });
});
