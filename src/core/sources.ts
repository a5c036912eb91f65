/**
 * The seed documents every scenario is drawn from (`shared/seeds/`), with
 * their line counts, so a `# source:` tag can only point at lines that exist.
 */
export interface SeedDocumentInfo {
  readonly title: string;
  readonly lines: number;
}

export const SEED_DOCUMENTS = {
  '000_7eed6af985ef022d.txt': { title: 'L. Shelley, "The trade in people in and from the former Soviet Union"', lines: 261 },
  '001_a1e76db77d51934e.txt': { title: 'J. Hartl, MA thesis on anti-trafficking efforts in Russia (2010)', lines: 618 },
  '002_002b58c2eb9cca60.txt': { title: 'Blog posts on human trafficking in Kazakhstan (2014)', lines: 194 },
  '003_fa9b57731bfef90f.txt': { title: 'Y. Badikova, OSCE conference paper on trafficking in Central Asia (2008)', lines: 281 },
  '004_c9c15e418be8a3d0.txt': { title: 'News report, Marshall Center conference on trafficking as a security threat', lines: 33 },
} as const satisfies Record<string, SeedDocumentInfo>;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;
export const SEED_FILES = Object.keys(SEED_DOCUMENTS) as SeedDocument[];

/** True if `file` is a seed document. */
export function isSeedDocument(file: string): file is SeedDocument {
  return Object.prototype.hasOwnProperty.call(SEED_DOCUMENTS, file);
}
