/**
 * The seed documents every scenario is drawn from (`shared/seeds/`). A
 * `# source:` tag may only name one of these.
 */
export const SEED_DOCUMENTS = {
  '000_7eed6af985ef022d.txt': 'L. Shelley, "The trade in people in and from the former Soviet Union"',
  '001_a1e76db77d51934e.txt': 'J. Hartl, MA thesis on anti-trafficking efforts in Russia (2010)',
  '002_002b58c2eb9cca60.txt': 'Blog posts on human trafficking in Kazakhstan (2014)',
  '003_fa9b57731bfef90f.txt': 'Y. Badikova, OSCE conference paper on trafficking in Central Asia (2008)',
  '004_c9c15e418be8a3d0.txt': 'News report, Marshall Center conference on trafficking as a security threat',
} as const;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;
export const SEED_FILES = Object.keys(SEED_DOCUMENTS) as SeedDocument[];
