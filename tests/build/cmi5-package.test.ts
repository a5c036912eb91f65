/**
 * The cmi5 course structure (cmi5.xml). The official XSD
 * (https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd) is not in
 * any package the project can install, so the file is validated (libxml2,
 * xmllint-wasm) against a schema written here from the spec's section 13
 * for the parts the game uses - required elements, their order, the
 * attribute types and the moveOn / launchMethod vocabularies - and the check
 * is shown to fail on broken files.
 */
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, cmi5LaunchUrl } from '../../src/build/cmi5-package.ts';

const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${NS}" xmlns="${NS}" elementFormDefault="qualified">
  <xs:complexType name="textType"><xs:sequence><xs:element name="langstring" maxOccurs="unbounded">
    <xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="lang" type="xs:language"/></xs:extension></xs:simpleContent></xs:complexType>
  </xs:element></xs:sequence></xs:complexType>
  <xs:simpleType name="moveOn"><xs:restriction base="xs:string">
    <xs:enumeration value="NotApplicable"/><xs:enumeration value="Passed"/><xs:enumeration value="Completed"/>
    <xs:enumeration value="CompletedAndPassed"/><xs:enumeration value="CompletedOrPassed"/>
  </xs:restriction></xs:simpleType>
  <xs:simpleType name="score"><xs:restriction base="xs:decimal"><xs:minInclusive value="0"/><xs:maxInclusive value="1"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="launchMethod"><xs:restriction base="xs:string"><xs:enumeration value="AnyWindow"/><xs:enumeration value="OwnWindow"/></xs:restriction></xs:simpleType>
  <xs:element name="courseStructure"><xs:complexType><xs:sequence>
    <xs:element name="course"><xs:complexType><xs:sequence>
      <xs:element name="title" type="textType"/><xs:element name="description" type="textType"/>
    </xs:sequence><xs:attribute name="id" type="xs:anyURI" use="required"/></xs:complexType></xs:element>
    <xs:element name="au" maxOccurs="unbounded"><xs:complexType><xs:sequence>
      <xs:element name="title" type="textType"/><xs:element name="description" type="textType"/><xs:element name="url" type="xs:anyURI"/>
    </xs:sequence>
      <xs:attribute name="id" type="xs:anyURI" use="required"/>
      <xs:attribute name="moveOn" type="moveOn"/>
      <xs:attribute name="masteryScore" type="score"/>
      <xs:attribute name="launchMethod" type="launchMethod"/>
    </xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;

const validate = (xml: string) => validateXML({ xml: { fileName: 'cmi5.xml', contents: xml }, schema: [{ fileName: 'cmi5.xsd', contents: XSD }] });

const structure = () =>
  cmi5CourseStructure({
    title: 'Safe Passage & co',
    description: 'A training <simulation>',
    base: 'https://lms.example.org/xapi/',
    lang: 'ru',
    items: [
      { scenario: 'hotline', title: 'Звонок на горячую линию', description: 'Мать из Омска', passMark: 70 },
      { scenario: 'farm-call', title: 'Звонок с фермы', description: 'Ферма в Испании', passMark: 65 },
    ],
  });

describe('cmi5 course structure', () => {
  it('is valid, with one AU per scenario: IRI under the base, pass mark as masteryScore, CompletedAndPassed, launching the scenario', async () => {
    const xml = structure();
    expect((await validate(xml)).errors).toEqual([]);
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="([^"]+)" masteryScore="([^"]+)"/g)].map((m) => m.slice(1));
    expect(aus).toEqual([
      ['https://lms.example.org/xapi/hotline', 'CompletedAndPassed', '0.70'],
      ['https://lms.example.org/xapi/farm-call', 'CompletedAndPassed', '0.65'],
    ]);
    expect(xml).toContain(`<url>${cmi5LaunchUrl('hotline', 'ru').replace(/&/g, '&amp;')}</url>`);
    expect(cmi5LaunchUrl('hotline', 'ru')).toBe('index.html?scenario=hotline&lms=cmi5&lang=ru');
    expect(xml).toContain('<course id="https://lms.example.org/xapi">');
    expect(xml).toContain('Safe Passage &amp; co');
  });

  for (const [what, edit] of [
    ['an AU without its url', (x: string) => x.replace(/<url>[^<]*<\/url>/, '')],
    ['a masteryScore above 1', (x: string) => x.replace('masteryScore="0.70"', 'masteryScore="70"')],
    ['an unknown moveOn', (x: string) => x.replace('CompletedAndPassed', 'Finished')],
    ['a course without a description', (x: string) => x.replace(/<description>.*?<\/description>/, '')],
  ] as const)
    it(`the check fails on ${what}`, async () => {
      expect((await validate(edit(structure()))).errors).not.toEqual([]);
    });
});
