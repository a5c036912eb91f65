/**
 * A SCORM 1.2 package of the game for an LMS such as Moodle (`npm run
 * build:scorm`): the production build, plus an `imsmanifest.xml` with one
 * SCO per chosen scenario, zipped (JSZip). Each SCO launches the game's page
 * with `?scenario=<id>&lms=scorm12` (and `&lang=` if asked), so the page
 * connects to the LMS (src/lms/) for that one scenario. Build time only.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** One SCO: a scenario and the title the LMS shows for it. */
export interface PackageItem {
  scenario: string;
  title: string;
}

export interface ManifestOptions {
  /** The package's title in the LMS. */
  title: string;
  items: readonly PackageItem[];
  /** Every file of the build, relative to its root, with '/' separators. */
  files: readonly string[];
  /** The language the SCOs open in (none: the learner's browser decides). */
  lang?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The launch address of a scenario's SCO, relative to the package root. */
export function launchHref(scenario: string, lang?: string): string {
  return `index.html?scenario=${encodeURIComponent(scenario)}&lms=scorm12${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
}

/**
 * The SCORM 1.2 manifest (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2
 * extensions). No mastery score: the game sets passed / failed itself, since
 * a critical error fails a run whatever its score.
 */
export function scormManifest(o: ManifestOptions): string {
  const items = o.items
    .map(
      (i) =>
        `      <item identifier="item-${i.scenario}" identifierref="sco-${i.scenario}" isvisible="true">\n        <title>${escapeXml(i.title)}</title>\n      </item>`,
    )
    .join('\n');
  const scos = o.items
    .map(
      (i) =>
        `    <resource identifier="sco-${i.scenario}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launchHref(i.scenario, o.lang))}">\n      <file href="index.html"/>\n      <dependency identifierref="game-files"/>\n    </resource>`,
    )
    .join('\n');
  const files = o.files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="safe-passage" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="safe-passage-org">
    <organization identifier="safe-passage-org">
      <title>${escapeXml(o.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="game-files" type="webcontent" adlcp:scormtype="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** Every file under `dir`, relative, '/'-separated, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Zip a built site (`dir`) with its manifest at the root (`manifestName`: cmi5 packages call theirs cmi5.xml). */
export async function zipPackage(dir: string, manifest: string, manifestName = 'imsmanifest.xml'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(manifestName, manifest);
  for (const f of listFiles(dir)) zip.file(f, fs.readFileSync(path.join(dir, f)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
