/**
 * A cmi5 package of the game (`npm run build:cmi5`): the production build
 * plus a course structure, `cmi5.xml`, with one AU per chosen scenario,
 * zipped like the SCORM package (scorm-package.ts). Each AU launches the
 * game's page with `?scenario=<id>&lms=cmi5` (and `&lang=`); the LMS adds
 * the cmi5 launch parameters and the game reports through xAPI
 * (src/lms/xapi-*). Build time only.
 */

/** One AU: a scenario, its title and description, and the percentage that passes it. */
export interface Cmi5Item {
  scenario: string;
  title: string;
  description: string;
  /** The scenario's pass mark (0-100), given to the LMS as the AU's masteryScore (0-1). */
  passMark: number;
}

export interface Cmi5Options {
  /** The course's title and description in the LMS. */
  title: string;
  description: string;
  /**
   * The IRI base of the course: the course is `<base>`, each AU
   * `<base>/<scenario>` (the statements' vocabulary is under it too, see
   * src/lms/xapi-connection.ts).
   */
  base: string;
  items: readonly Cmi5Item[];
  /** The language the AUs open in and their titles are written in. */
  lang: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The launch URL of a scenario's AU, relative to the package root. */
export function cmi5LaunchUrl(scenario: string, lang: string): string {
  return `index.html?scenario=${encodeURIComponent(scenario)}&lms=cmi5&lang=${encodeURIComponent(lang)}`;
}

/**
 * The course structure (cmi5 spec, section 13; namespace
 * https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd). moveOn is
 * CompletedAndPassed: an AU is satisfied once the trainee reached an ending
 * and passed (pass mark reached, no critical error); the masteryScore is the
 * scenario's pass mark, so the LMS and the debrief agree on a pass.
 */
export function cmi5CourseStructure(o: Cmi5Options): string {
  const base = o.base.replace(/\/+$/, '');
  const text = (s: string) => `<langstring lang="${escapeXml(o.lang)}">${escapeXml(s)}</langstring>`;
  const aus = o.items
    .map(
      (
        i,
      ) => `  <au id="${escapeXml(`${base}/${i.scenario}`)}" moveOn="CompletedAndPassed" masteryScore="${(i.passMark / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${text(i.title)}</title>
    <description>${text(i.description)}</description>
    <url>${escapeXml(cmi5LaunchUrl(i.scenario, o.lang))}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(base)}">
    <title>${text(o.title)}</title>
    <description>${text(o.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}
