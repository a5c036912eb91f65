/**
 * The standards registry: every standard, instrument and source passage a
 * scenario may cite with `#std:<id>`. Content can only cite what is listed
 * here; the story linter rejects anything else.
 *
 * `seed-*` entries point into the project's source documents
 * (`../shared/seeds/`), so every judgement can be traced to a real case.
 */
import { defineRegistry } from './registry.ts';

export interface Standard {
  /** Short title shown in the debrief. */
  readonly short: string;
  /** Full reference a trainer can look up. */
  readonly reference: string;
}

export const STANDARDS = {
  'palermo-3a': {
    short: 'Palermo Protocol art. 3(a): act, means, purpose',
    reference:
      'UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3(a): recruitment, transportation, transfer, harbouring or receipt of persons, by means of threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or of payments, for the purpose of exploitation.',
  },
  'palermo-3b': {
    short: 'Palermo Protocol art. 3(b): consent is irrelevant once means are used',
    reference:
      'UN Trafficking Protocol (2000), art. 3(b): the consent of a victim to the intended exploitation is irrelevant where any of the means in (a) have been used.',
  },
  'palermo-3c': {
    short: 'Palermo Protocol art. 3(c)-(d): children - no means required',
    reference:
      'UN Trafficking Protocol (2000), art. 3(c)-(d): recruitment, transportation, transfer, harbouring or receipt of a child (under 18) for exploitation is trafficking even if no means are used.',
  },
  'palermo-6': {
    short: 'Palermo Protocol art. 6: assistance and protection of victims',
    reference:
      'UN Trafficking Protocol (2000), art. 6: protection of privacy and identity; information on proceedings; housing, counselling and information in a language the victim understands, medical, psychological and material assistance.',
  },
  'palermo-8': {
    short: 'Palermo Protocol art. 8: repatriation of victims',
    reference:
      'UN Trafficking Protocol (2000), art. 8: return with due regard for the safety of the person, preferably voluntary; the country of nationality issues travel documents without undue delay.',
  },
  'ilo-2012': {
    short: 'ILO (2012) indicators of forced labour',
    reference:
      'ILO, "ILO Indicators of Forced Labour" (2012): abuse of vulnerability; deception; restriction of movement; isolation; physical and sexual violence; intimidation and threats; retention of identity documents; withholding of wages; debt bondage; abusive working and living conditions; excessive overtime.',
  },
  'unodc-indicators': {
    short: 'UNODC indicators of trafficking',
    reference:
      'UNODC, "Human Trafficking Indicators": victims may act as if instructed by another, allow others to speak for them, be afraid of the authorities, not know their home or work address, not be in possession of their passports or identity documents.',
  },
  'who-2003-1': {
    short: 'WHO 2003, rec. 1: do no harm',
    reference:
      'WHO Ethical and Safety Recommendations for Interviewing Trafficked Women (2003), 1: Do no harm - treat each person and situation as if the potential for harm is extreme until there is evidence to the contrary.',
  },
  'who-2003-2': {
    short: 'WHO 2003, rec. 2: know your subject and assess the risks',
    reference: 'WHO (2003), 2: Know your subject and assess the risks associated with trafficking and with each case before an interview.',
  },
  'who-2003-3': {
    short: 'WHO 2003, rec. 3: referral information ready; no promises you cannot keep',
    reference: 'WHO (2003), 3: Prepare referral information - do not make promises that you cannot fulfil.',
  },
  'who-2003-4': {
    short: 'WHO 2003, rec. 4: choose interpreters carefully',
    reference: 'WHO (2003), 4: Adequately select and prepare interpreters and co-workers; never use a person connected with the trafficker.',
  },
  'who-2003-5': {
    short: 'WHO 2003, rec. 5: anonymity and confidentiality',
    reference: 'WHO (2003), 5: Ensure anonymity and confidentiality throughout the interview process and beyond.',
  },
  'who-2003-6': {
    short: 'WHO 2003, rec. 6: informed consent',
    reference:
      'WHO (2003), 6: Get informed consent - make sure each person understands the content and purpose of the interview and her right to refuse or stop.',
  },
  'who-2003-7': {
    short: "WHO 2003, rec. 7: respect the person's own assessment of her safety",
    reference: "WHO (2003), 7: Listen to and respect each woman's assessment of her situation and the risks to her safety.",
  },
  'who-2003-8': {
    short: 'WHO 2003, rec. 8: do not re-traumatise',
    reference: 'WHO (2003), 8: Do not re-traumatise - avoid questions intended to provoke an emotionally charged response; be prepared to respond to distress.',
  },
  'who-2003-9': {
    short: 'WHO 2003, rec. 9: be prepared for emergency intervention',
    reference: 'WHO (2003), 9: Be prepared for emergency intervention if a person says she is in imminent danger.',
  },
  'who-2003-10': {
    short: 'WHO 2003, rec. 10: put information collected to good use',
    reference:
      'WHO (2003), 10: Put information collected to good use - use it for the benefit of the individual, or to advance good policy and interventions for trafficked people generally.',
  },
  'ohchr-p7': {
    short: 'OHCHR Recommended Principle 7: non-punishment',
    reference:
      'OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002), principle 7: trafficked persons shall not be detained, charged or prosecuted for illegal entry or residence, or for activities they were involved in as a direct consequence of being trafficked.',
  },
  'ohchr-g2': {
    short: 'OHCHR Guideline 2: identification of trafficked persons',
    reference:
      'OHCHR Recommended Principles and Guidelines (2002), guideline 2: identify trafficked persons and traffickers; guidelines and procedures so that officials can identify victims quickly and accurately.',
  },
  'coe-10': {
    short: 'CoE Convention art. 10: identification',
    reference:
      'Council of Europe Convention on Action against Trafficking in Human Beings (2005), art. 10: competent, trained authorities identify victims; a person with reasonable grounds to be a victim is not removed until identification is complete.',
  },
  'coe-11': {
    short: 'CoE Convention art. 11: protection of private life',
    reference:
      "Council of Europe Convention (2005), art. 11: protect victims' private life and identity; personal data stored and used only under conditions; media encouraged to protect victims' identity.",
  },
  'coe-12': {
    short: 'CoE Convention art. 12: assistance to victims',
    reference:
      'Council of Europe Convention (2005), art. 12: safe accommodation, psychological and material assistance, emergency medical treatment, translation and interpretation, counselling and information on rights in a language they understand; assistance not conditional on willingness to testify.',
  },
  'coe-13': {
    short: 'CoE Convention art. 13: recovery and reflection period',
    reference:
      'Council of Europe Convention (2005), art. 13: a recovery and reflection period of at least 30 days to recover and escape the influence of traffickers and to take an informed decision on cooperating with the authorities; no expulsion during it.',
  },
  'coe-16': {
    short: 'CoE Convention art. 16: repatriation and return',
    reference:
      'Council of Europe Convention (2005), art. 16: return with due regard for rights, safety and dignity, preferably voluntary; travel documents issued by the country of nationality.',
  },
  'coe-26': {
    short: 'CoE Convention art. 26: non-punishment',
    reference:
      'Council of Europe Convention (2005), art. 26: possibility of not imposing penalties on victims for their involvement in unlawful activities to the extent they were compelled to do so.',
  },
  'unicef-2006': {
    short: 'UNICEF Guidelines on the Protection of Child Victims of Trafficking',
    reference:
      'UNICEF, Guidelines on the Protection of Child Victims of Trafficking (2006): best interests of the child; presumption of minority when age is uncertain; appointment of a guardian; no detention; child-sensitive interviews.',
  },
  'kz-supreme-court-2012': {
    short: 'Kazakhstan Supreme Court (2012): victims not prosecuted',
    reference:
      'Normative ruling of the Supreme Court of Kazakhstan (2012): trafficking victims cannot be prosecuted for crimes committed as a result of being trafficked. Cited in seed 002_002b58c2eb9cca60.txt line 77.',
  },
  'seed-002-79': {
    short: 'Victim-centred approach (blog on human trafficking in Kazakhstan, 12 April 2014)',
    reference:
      '002_002b58c2eb9cca60.txt line 79: victim-centred approaches focus equally on investigating and prosecuting traffickers and on finding and supporting victims.',
  },
  'seed-002-80': {
    short: 'Official complicity (blog on human trafficking in Kazakhstan, 12 April 2014)',
    reference:
      '002_002b58c2eb9cca60.txt line 80: official complicity shields traffickers from prosecution, further abuses victims, and physically engages in the transport of victims.',
  },
  'seed-003-68': {
    short: 'Case: men sent to Spain on tourist visas (Badikova 2008, sec. 2)',
    reference:
      '003_fa9b57731bfef90f.txt lines 68-70: tourist visas instead of work permits; passports taken "to arrange the work permits"; a fenced farm; beaten for arguing; "I am a good worker but a weak personality".',
  },
  'seed-003-72': {
    short: "Case: two teenagers left on a tobacco farm to work off their mother's debt (Badikova 2008, sec. 2)",
    reference:
      '003_fa9b57731bfef90f.txt lines 72-74: a mother takes her children, 15 and 14, out of school to harvest tobacco in Kazakhstan, leaves for the oblast centre and does not return; the farmer says he lent her money for their clothes and they must work off the debt; the hired workers are paid and leave, the children are not; he says the police would arrest them if they went anywhere without their mother.',
  },
  'seed-003-76': {
    short: 'Case: Dubai mall offer, escorted through Almaty airport (Badikova 2008, sec. 2)',
    reference:
      '003_fa9b57731bfef90f.txt lines 76-80: summer jobs in a Dubai mall; escorted past border and customs control at Almaty airport; passports taken on arrival; a $10,000 "debt"; forced prostitution.',
  },
  'seed-003-78': {
    short: 'Case: escorted through internal corridors at Almaty airport (Badikova 2008, sec. 2)',
    reference:
      '003_fa9b57731bfef90f.txt line 78: "We ... proceeded to the aircraft without any border or customs control. She had friends everywhere in the airport and she escorted us through some internal entries and corridors."',
  },
  'seed-003-159': {
    short: 'Police deported 120 people without screening (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt line 159: "We didn\'t know whether they were victims or not but they were, for sure, illegal migrants" - 120 people detained and deported unscreened.',
  },
  'seed-003-161': {
    short: '"She is a prostitute and this is it" (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt line 161: a police officer denies victim status because the woman "knew" - the attitude the Palermo Protocol\'s consent clause rules out.',
  },
  'seed-003-163': {
    short: 'Case lost after cross-interrogation (Badikova 2008, sec. 3)',
    reference: '003_fa9b57731bfef90f.txt line 163: after a cross-interrogation with the pimp, the victims refused to testify and the case was suspended.',
  },
  'seed-003-235': {
    short: 'Media exposure and police re-victimization (Badikova 2008, sec. 4)',
    reference:
      "003_fa9b57731bfef90f.txt lines 235-237: media attempts to reveal victims' identity; victims refusing cooperation after stigmatising treatment by police.",
  },
  'seed-001-199': {
    short: 'Control methods: documents, debt, threats to the family, fear of arrest and deportation (Hartl 2010, ch. II)',
    reference:
      '001_a1e76db77d51934e.txt line 199: traffickers control victims at the destination by "confiscation of travel documents, violence, threats to harm family members, and debt bondage"; they tell victims they will be arrested, jailed or deported if they run away, so that victims fear law enforcement more than their captors.',
  },
  'seed-001-400': {
    short: 'Hotline, airport brochures, horoscope-style help cards (Hartl 2010, ch. VI)',
    reference:
      '001_a1e76db77d51934e.txt lines 400-410: a 24-hour hotline for Russian-speaking victims abroad; booklets at airport passport control; help cards that look like horoscopes "so they will not be confiscated by traffickers"; brochures for travellers who appear at risk.',
  },
  'seed-001-402': {
    short: 'The 24-hour hotline and where it takes calls from (Hartl 2010, ch. VI)',
    reference:
      '001_a1e76db77d51934e.txt line 402: a free 24-hour hotline for Russian-speaking victims and their families, with contacts to police anti-trafficking task forces abroad; it receives calls from any region of Russia, the Netherlands, Belgium, Germany, Switzerland and the United States.',
  },
  'seed-001-408': {
    short: 'Horoscope-style cards; brochures for travellers who appear at risk (Hartl 2010, ch. VI)',
    reference:
      '001_a1e76db77d51934e.txt lines 406-408: cards with contacts of victim assistance centres handed out at airports, made to look like horoscopes "so they will not be confiscated by traffickers"; brochures given to travellers who appear to be at risk of being trafficked, such as women or girls travelling alone or in groups to destination countries.',
  },
  'seed-001-416': {
    short: 'Pocket card "Instructions for Identifying Potential Victims" (Hartl 2010, ch. VI)',
    reference:
      '001_a1e76db77d51934e.txt line 416: 20,000 pocket cards "Instructions for Identifying Potential Victims of Human Trafficking" for law enforcement; partnerships between NGOs and police.',
  },
  'seed-001-456': {
    short: 'IOM reintegration principles (Hartl 2010, ch. VI)',
    reference:
      "001_a1e76db77d51934e.txt lines 452-463: IOM reintegration assistance: voluntary participation; confidentiality and privacy; an individual plan; the victim's needs define decisions; non-judgmental; non-discriminatory. Services accepted voluntarily.",
  },
  'seed-003-60': {
    short: 'Case: recruited through the makhalla leader for a winter construction site (Badikova 2008, sec. 2)',
    reference:
      '003_fa9b57731bfef90f.txt lines 60-66: the eldest of eleven children, recruited by a stranger who came with the makhalla leader; an unheated house; passports taken "to register us" and never returned; a site guarded by men with guns and dogs; winter; "I didn\'t know if this was Kazakhstan or Russia".',
  },
  'seed-003-105': {
    short: 'A brigadier keeps the passports "to be on the safe side" (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt line 105: workers\' passports taken "to be on the safe side" and returned only when the construction is completed; fed once a day; unpaid; "should some of them be stubborn and ask for the money we would just inform the police and they would fine and deport them immediately".',
  },
  'seed-003-121': {
    short: 'Makhalla leaders who help recruiters in good faith (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt line 121: in the recruitment of labourers, often an elderly and respected man from the village or makhalla assisted the recruiters, sure he was helping his neighbours to a well-paid job abroad.',
  },
  'seed-003-54': {
    short: 'Case: a debt for spoiled fish becomes domestic servitude in Taraz (Badikova 2008, sec. 2)',
    reference:
      '003_fa9b57731bfef90f.txt lines 54-58: an ethnic Kazakh mother from Russia in Taraz is made to "work off" 5,000 tenge for fish spoiled in a power cut; she lives in a barn and works as a domestic servant, her five-year-old son is kept in the house and she is not allowed to see him; she has an expired Soviet passport; after escaping with her son she begs on the street, and an NGO cannot obtain a Kazakh passport for her.',
  },
  'seed-003-194': {
    short: 'Charging victims for minor offences instead of investigating (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt line 194: focusing on offences committed by victims, often under pressure from the traffickers, and charging them for these minor offences rather than investigating the crime of trafficking; victims then hide their victimization for fear of charges.',
  },
  'seed-003-181': {
    short: 'Victims charged and detained, fear of the police; no shelter but NGOs (Badikova 2008, sec. 3)',
    reference:
      '003_fa9b57731bfef90f.txt lines 181-185: police often view victims as offenders and charge them for border, stay or prostitution offences, so victims fear recrimination; since March 2006 Kazakhstan lets victims remain for the investigation and trial, but the police have no facilities except detention centres and turn to NGOs for shelter and meals; counselling for all victims slowly enters the police agenda through NGO training.',
  },
  'seed-003-213': {
    short: 'Case: Aktobe and Nukus, NGO-police cooperation across the border (Badikova 2008, sec. 4)',
    reference:
      '003_fa9b57731bfef90f.txt lines 213-227: in 2005 the Aktobe police opened a case against the owners of a car service and a café who exploited 17 citizens of Uzbekistan; informed by their Kazakh colleagues, the police in Karakalpakstan opened a case against the recruiters in Nukus, and both were convicted; 13 victims cooperated, sheltered by an NGO that provided counselling and a lawyer; after the verdicts the NGOs in Aktobe and Nukus organised the return, assisted by the police of both countries.',
  },
} as const satisfies Record<string, Standard>;

/** Every valid standard id. */
export type StandardId = keyof typeof STANDARDS;

/** The standards as a registry (typed look-up, own-property membership). */
export const standardRegistry = defineRegistry(STANDARDS);

/** True if `id` names a registered standard. */
export const isStandardId = standardRegistry.has;
