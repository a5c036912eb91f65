/**
 * The seed documents every scenario is drawn from (`shared/seeds/`): their
 * line counts, so a `# source:` tag can only point at lines that exist, and
 * how to cite them the way people read them. Trainees never see a file name:
 * a card or a debrief cites "author, title (kind, year)" and the page,
 * chapter, section or post that holds the passage.
 */
import { defineRegistry } from './registry.ts';

/** Where in a document a passage sits: a page, chapter, section or dated post, from a given line on. */
export type Locator = { kind: 'page'; value: number } | { kind: 'chapter' | 'section'; value: string } | { kind: 'post'; value: string /* ISO date */ };

export interface SeedDocumentInfo {
  readonly lines: number;
  /** Author and year, as in an in-text citation, per language. */
  readonly short: { readonly en: string; readonly ru: string };
  /** The full reference, per language (titles stay in the original English). */
  readonly reference: { readonly en: string; readonly ru: string };
  /** Locators by the line they start on, ascending (empty: the document is cited whole). */
  readonly parts: readonly (readonly [fromLine: number, locator: Locator])[];
}

const page = (value: number): Locator => ({ kind: 'page', value });
const chapter = (value: string): Locator => ({ kind: 'chapter', value });
const section = (value: string): Locator => ({ kind: 'section', value });
const post = (value: string): Locator => ({ kind: 'post', value });

export const SEED_DOCUMENTS = {
  '000_7eed6af985ef022d.txt': {
    lines: 262,
    short: { en: 'Shelley', ru: 'Шелли' },
    reference: {
      // The text gives no journal or year; cite what it shows.
      en: 'L. Shelley (American University), "The trade in people in and from the former Soviet Union", academic paper',
      ru: 'Л. Шелли (Американский университет), «The trade in people in and from the former Soviet Union», научная статья',
    },
    // Pages from the "(End Page N)" marks in the text: a line is cited by the page it starts on.
    parts: [
      [1, page(231)],
      [18, page(232)],
      [24, page(233)],
      [36, page(234)],
      [44, page(235)],
      [52, page(236)],
      [64, page(237)],
      [76, page(238)],
      [86, page(239)],
      [98, page(240)],
      [108, page(241)],
      [118, page(242)],
      [126, page(243)],
      [132, page(244)],
      [144, page(245)],
      [154, page(246)],
      [174, page(247)],
      [209, page(248)],
      [234, page(249)],
      [239, page(250)],
    ],
  },
  '001_a1e76db77d51934e.txt': {
    lines: 619,
    short: { en: 'Hartl 2010', ru: 'Хартл, 2010' },
    reference: {
      en: 'J. A. Hartl, "Human trafficking in the Russian Federation", MA thesis, University of Iowa (2010)',
      ru: 'Дж. Э. Хартл, «Human trafficking in the Russian Federation», магистерская диссертация, Университет Айовы (2010)',
    },
    parts: [
      [113, chapter('I')],
      [137, chapter('II')],
      [201, chapter('III')],
      [263, chapter('IV')],
      [295, chapter('V')],
      [323, chapter('VI')],
    ],
  },
  '002_002b58c2eb9cca60.txt': {
    lines: 195,
    short: { en: 'blog on human trafficking in Kazakhstan, 2014', ru: 'блог о торговле людьми в Казахстане, 2014' },
    reference: {
      en: 'Blog posts on human trafficking in Kazakhstan (2014)',
      ru: 'Записи в блоге о торговле людьми в Казахстане (2014)',
    },
    parts: [
      [1, post('2014-05-11')],
      [26, post('2014-05-10')],
      [59, post('2014-04-26')],
      [72, post('2014-04-12')],
      [94, post('2014-03-29')],
      [113, post('2014-03-14')],
      [144, post('2014-02-28')],
      [164, post('2014-02-14')],
    ],
  },
  '003_fa9b57731bfef90f.txt': {
    lines: 282,
    short: { en: 'Badikova 2008', ru: 'Бадикова, 2008' },
    reference: {
      en: 'Y. Badikova, "Combating trafficking in persons in Central Asia", paper at the OSCE conference, Helsinki (2008)',
      ru: 'Е. Бадикова, «Combating trafficking in persons in Central Asia», доклад на конференции ОБСЕ, Хельсинки (2008)',
    },
    // The paper numbers two sections "(3)"; cited as it numbers them.
    parts: [
      [16, section('1')],
      [44, section('2')],
      [95, section('3')],
      [145, section('3')],
      [199, section('4')],
    ],
  },
  '004_c9c15e418be8a3d0.txt': {
    lines: 34,
    short: { en: 'news report, Marshall Center conference', ru: 'новостной репортаж, конференция Центра Маршалла' },
    reference: {
      en: 'News report: "Human Trafficking Seen as Security Threat to Ex-Communist Countries" (Marshall Center conference)',
      ru: 'Новостной репортаж «Human Trafficking Seen as Security Threat to Ex-Communist Countries» (конференция Центра Маршалла)',
    },
    parts: [],
  },
} as const satisfies Record<string, SeedDocumentInfo>;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;

/** The seed documents as a registry (typed look-up, own-property membership). */
export const seedDocumentRegistry = defineRegistry(SEED_DOCUMENTS);

/** Every seed document's file name. */
export const SEED_FILES: readonly SeedDocument[] = seedDocumentRegistry.ids;

/** True if `file` is a seed document. */
export const isSeedDocument = seedDocumentRegistry.has;

/** The locator of a line (the last part starting at or before it), if the document has parts. */
export function locatorOf(file: SeedDocument, line: number): Locator | undefined {
  let found: Locator | undefined;
  for (const [from, locator] of SEED_DOCUMENTS[file].parts as readonly (readonly [number, Locator])[]) if (from <= line) found = locator;
  return found;
}

/** Words for locators in one language (from the UI translations). */
export interface LocatorWords {
  page(n: number): string;
  pages(from: number, to: number): string;
  chapter(v: string): string;
  section(v: string): string;
  post(date: string): string;
}

/**
 * Cite a document's passages as a reader would: the full reference once,
 * then the distinct pages, chapters, sections or posts that hold them.
 * @param lang 'ru' gives the Russian reference; anything else the English
 */
export function citeDocument(file: SeedDocument, ranges: readonly { from: number; to: number }[], lang: string, words: LocatorWords): string {
  const doc = SEED_DOCUMENTS[file];
  const reference = lang === 'ru' ? doc.reference.ru : doc.reference.en;
  const parts: string[] = [];
  for (const r of ranges) {
    const a = locatorOf(file, r.from);
    const b = locatorOf(file, r.to);
    if (!a) continue;
    const text =
      a.kind === 'page'
        ? b?.kind === 'page' && b.value !== a.value
          ? words.pages(a.value, b.value)
          : words.page(a.value)
        : a.kind === 'post'
          ? words.post(a.value)
          : a.kind === 'chapter'
            ? words.chapter(a.value)
            : words.section(a.value);
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.length ? `${reference}: ${parts.join(', ')}` : reference;
}
