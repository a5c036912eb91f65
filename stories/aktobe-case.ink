# scenario: aktobe-case
# role: investigator
# role: police
# source: 003_fa9b57731bfef90f.txt:213-227
# source: 003_fa9b57731bfef90f.txt:163
# source: 003_fa9b57731bfef90f.txt:181-185
# source: 003_fa9b57731bfef90f.txt:235-237
# source: 002_002b58c2eb9cca60.txt:77
# content-note: labour-exploitation
# content-note: sexual-exploitation
# content-note: coercion-threats
# minutes: 18
# setting: investigator-office

// aktobe-case: the investigator who takes over a case after the police found seventeen
// workers from Karakalpakstan at a car service and a café in Aktobe. Drawn from the
// Aktobe / Nukus case (seed 003 lines 213-227): an NGO shelter, counselling and a lawyer,
// 13 victims who testified, recruiters in Nukus convicted through cooperation with the
// police in Karakalpakstan. Line 163 (a case lost after a cross-interrogation), lines
// 181-185 (victims charged and detained; no facilities but detention centres) and lines
// 235-237 (media, police re-victimization) give the wrong turns. Seed 002 line 77: the
// 2012 Supreme Court ruling on non-punishment. Names, days, sums, the notebook, the
// brigadier, the nephew and the journalist are invented: see docs/scenarios/aktobe-case.md.

// The victims' trust in the investigation, as a group. It decides how many give evidence.
VAR trust = 0
// The seventeen spent the first night in the special centre for foreigners.
VAR detained = false
// Timur, the owner's "brigadier", interpreted the first interviews.
VAR timur_interp = false
// Bakhtiyar was promised that Rashid would be arrested within days.
VAR promised = false
// How the recruiters in Nukus were reached: 0 the official channel with only what is needed,
// 1 the official channel with every name and home address, 2 an informal call.
VAR channel = 0
// Zamira: given time to decide; pressed to testify; sent home at once; went out to the nephew.
VAR zamira_time = false
VAR zamira_pressed = false
VAR zamira_home = false
VAR zamira_signed = false
// The victims were all questioned a second time in full.
VAR repeated = false
// The confrontation was held by video link.
VAR video_confrontation = false

-> opening

=== opening ===
Aktobe, the investigation department of the city police. Late August, a quarter to ten at night. #id:ak-001 #scene:investigator-office #ambient:office
Captain Abenov, the operative who led today's check, puts a thin folder on your desk. #enter:guardia #id:ak-002
"Seventeen people, all from Karakalpakstan, from around Nukus. Eleven men from the car service on the ring road, six women from the café next to it." #speaker:guardia #mood:tired #id:ak-003
"Not one passport among them. The owner of both places and his brother are in the holding cell. They say the workers are guests." #speaker:guardia #mood:neutral #indicator:retention-of-documents #id:ak-004
"The women worked in the café. Two of them told our officer that they were sexually exploited there as well." #speaker:guardia #mood:tired #id:ak-005
"The case is yours now. The migration service is downstairs: they want protocols for breaking the rules of stay and a court date for expulsion. And someone has to decide where seventeen people sleep tonight." #speaker:guardia #mood:neutral #id:ak-006
* [Tell migration there will be no protocols: these are possible victims and your witnesses. Call the NGO that runs the shelter, and ask for a doctor tonight. #score:procedure+2 #score:protection+1 #std:ohchr-p7 #std:kz-supreme-court-2012 #std:seed-003-181 #feedback:Victims cannot be punished for what being trafficked made them do, and a protocol for the rules of stay is exactly the charge the owner warned them about. The source says the police had nothing but detention centres and turned to NGOs for shelter and food: in the Aktobe case it was an NGO shelter, with a doctor, counselling and a lawyer, that kept thirteen of them in the case. #id:ak-007]
    -> night_shelter
* [No protocols, but keep them here tonight in the assembly hall with food and blankets, and call the shelter in the morning, when the NGO's office opens. #score:procedure+1 #std:ohchr-p7 #std:seed-003-181 #feedback:Refusing the protocols is right. But a night on chairs at a police station, next to the cells, looks like what the owner promised them the police would do, and frightened, exhausted people need a safe bed and a doctor first. Shelters take people at night; one call would have been enough. #id:ak-008]
    -> night_station
* [Place them in the special centre for foreigners until migration has checked who they are: there is nowhere else for seventeen people, and the case needs them all in one place. #score:procedure-3 #score:protection-1 #critical:detain-or-deport-unscreened #std:ohchr-p7 #std:seed-003-181 #std:seed-003-159 #feedback:It is true that the police have no rooms of their own: the source says so. But a detention centre locks up people who have not been screened, as if they were offenders, and proves the owner right about the police. The source names the alternative: NGOs that shelter and feed victims during the investigation. #id:ak-009]
    ~ detained = true
    ~ trust = trust - 2
    -> night_detained

=== night_shelter ===
Gulmira, the director of the NGO shelter, answers on the second ring. By midnight a minibus has taken the seventeen to the shelter, and a doctor is on her way. #id:ak-010
-> morning

=== night_station ===
The seventeen spend the night on chairs in the assembly hall. In the morning the duty officer says that nobody slept. #id:ak-011
At ten Gulmira, the director of the NGO shelter, comes with a minibus and takes them to the shelter. #id:ak-012
-> morning

=== night_detained ===
At the special centre they are searched, fingerprinted and locked in for the night. #id:ak-013
In the morning Gulmira, the director of the NGO shelter, comes to your office with the shelter's lawyer. By noon the seventeen are at the shelter. #enter:ngo-worker #id:ak-014
"For months they were told that the police would lock them up. Last night you showed them it was true. Now you will ask them to trust you." #speaker:ngo-worker #mood:angry #id:ak-015
-> morning

=== morning ===
The next morning the men from the car service sit in the corridor of the department. Gulmira has come with them. #scene:investigator-office #enter:ngo-worker #id:ak-016
A man of about thirty-five steps forward before anyone else can. The others call him the brigadier: Timur, who has worked at the car service for two years. #enter:timur #id:ak-017
"We came to work ourselves, nobody kept us there. We have no complaints. They speak poor Russian: I will translate for them." #speaker:timur #mood:calm #indicator:others-speak-for-them #id:ak-018 #situation
Behind him the men look at the floor. When you ask one of them his name, he looks at Timur before he answers. #indicator:acts-as-instructed #id:ak-019
* [Accept Timur's help for today: he knows the men and their language, a court interpreter for Karakalpak may take a week, and his translation can be checked later against a recording. #score:protection-3 #score:identification-1 #critical:controller-interpreter #std:who-2003-4 #std:unodc-indicators #feedback:A week's wait is a real cost, and a recording can be checked. But the men were watching Timur before they spoke. Whatever he translates, they answer to him, and what they say goes back to the owner. Through his voice you will hear only the owner's version. #id:ak-021]
    ~ timur_interp = true
    ~ trust = trust - 2
    -> timur_translates
* [Thank Timur and take his statement first, on his own, in another room. Question the others one by one, with a court interpreter who speaks Karakalpak and has no tie to the car service. #score:protection+2 #score:identification+1 #std:who-2003-4 #std:unodc-indicators #feedback:A man who answers for everyone, and whom the others watch before they speak, may be the owner's man: with him in the room or interpreting, each of them can only repeat his words. An interpreter with no tie to the owner, and each man on his own, is the only way to hear their own accounts. #id:ak-020]
    -> timur_apart

=== timur_apart ===
Timur shrugs and goes out with the duty officer. He has nothing to add to what he said. #leave:timur #id:ak-023
A court interpreter comes after lunch, a woman who grew up in Nukus. Gulmira has worked with her before. #id:ak-024
-> bakhtiyor

=== timur_translates ===
Timur translates. Every answer is short and the same: we came ourselves, we have no complaints, the owner is a good man. #indicator:others-speak-for-them #id:ak-025
After the fourth man, Gulmira asks to speak to you in the corridor. #leave:timur #id:ak-026
"One of them told me in the washroom that Timur collected their passports for the owner on the first day. Please, not through him." #speaker:ngo-worker #mood:worried #id:ak-027
The next day you start again with a court interpreter. Four men have already said on the record that they have no complaints. #id:ak-028
-> bakhtiyor

=== bakhtiyor ===
The first man who agrees to talk at length is Bakhtiyar, forty-one, from a village near Nukus. Gulmira sits beside him. #enter:bakhtiyar #id:ak-031
"Before I say anything. Will you send us home in handcuffs? And my wife: the man in Nukus who sent us, Rashid, gave her money in advance. If I talk, he comes to her for it." #speaker:bakhtiyar #mood:afraid #indicator:fears-authorities #indicator:debt-bondage #id:ak-032
* [Reassure him: once he has told you everything, Rashid will be arrested in Nukus within days, and after that neither his wife nor anyone else at home has anything to fear. #score:protection-2 #score:procedure-1 #std:who-2003-3 #std:who-2003-7 #feedback:He needs to feel safe to talk, and the wish to give him that is right. But the arrest is not in your hands: it depends on the police of another country and on evidence you do not yet have. When the promise breaks, so does his trust, and his wife's safety was the one thing he asked about. #id:ak-034]
    ~ promised = true
    -> account
* [Tell him he is not charged, the shelter's lawyer can sit with him, and he may stop at any time. Ask if he agrees to one recorded interview. Promise nothing about Nukus. #score:protection+2 #score:procedure+2 #std:who-2003-6 #std:kz-supreme-court-2012 #std:who-2003-3 #feedback:He asked two questions, and both deserve a true answer: he is a victim, not an offender, and nobody can promise what Rashid will do. With his rights, a lawyer and one good recorded interview, he decides knowing what he agrees to, and he will not have to tell it all again. #id:ak-033]
    ~ trust = trust + 1
    -> account

=== account ===
"Rashid said five hundred dollars a month, at a car wash in Aktobe, with a room and food. We came by bus and train, three days." #speaker:bakhtiyar #mood:tired #indicator:deception #id:ak-035
"On the first day the owner took our passports, for registration, he said. We never saw them again." #speaker:bakhtiyar #mood:tired #indicator:retention-of-documents #id:ak-036
"We worked from seven in the morning until midnight, every day. We slept in the back of the garage, on old car seats." #speaker:bakhtiyar #mood:tired #indicator:excessive-overtime #indicator:abusive-conditions #id:ak-037
"Money? Every month he wrote in his notebook what we owed him: the road, the food, the registration. The debt only grew." #speaker:bakhtiyar #mood:ashamed #indicator:debt-bondage #indicator:withholding-wages #id:ak-038
"The gate was locked at night. He said that if we went to the police, we would go to prison and be deported, and that Rashid knows where our families live." #speaker:bakhtiyar #mood:afraid #indicator:restriction-of-movement #indicator:intimidation-threats #id:ak-039
{ timur_interp:
    "Yesterday I said no complaints. Timur was standing there. What else could I say?" #speaker:bakhtiyar #mood:ashamed #id:ak-040
}
"The women at the café worked in the kitchen from morning to night. Worse things were done to them too. I will not speak about that: it is for them to tell." #speaker:bakhtiyar #mood:guarded #id:ak-041
-> notebook

=== notebook ===
Two days later Captain Abenov brings what the search of the café office found: a school notebook in an evidence bag. #scene:investigator-office #enter:guardia #id:ak-042 #evidence:notebook-ak
"Names, sums, debts. And every month something paid to R., Nukus. If R. is Rashid, the recruiters are in Uzbekistan, and that is not our ground." #speaker:guardia #mood:neutral #id:ak-043
"I was at the academy with a man who is now in the Nukus city police. One call and he picks Rashid up tomorrow, without months of paperwork." #speaker:guardia #mood:calm #id:ak-044
* [Send an official request through the Prosecutor General's Office, and attach all seventeen names with their home addresses, so that the police in Nukus can question the families about Rashid at once. #score:procedure+1 #score:identification+1 #score:protection-1 #std:seed-003-213 #std:who-2003-5 #std:who-2003-6 #feedback:The official channel is right, and the families may know things about Rashid. But nobody asked the seventeen whether the police may go to their homes. A police visit in a village is seen by the neighbours, and by Rashid. Send what the case needs about the recruiters, and let the victims decide about their families. #id:ak-046]
    ~ channel = 1
    ~ trust = trust - 1
    -> nukus_official
* [Let Captain Abenov make the call today: a formal request takes months, and the notebook says a new group is due in September. Rashid's name and phone number are all his friend needs. #score:protection-2 #score:procedure-2 #std:seed-003-213 #std:seed-002-80 #feedback:The September group makes the hurry real. But a call between friends produces nothing a court can use, and it puts Rashid's name into a police station you know nothing about, where recruiters sometimes have protection. In the source the case was won across the border through proper cooperation; the urgency belongs in the official request. #id:ak-047]
    ~ channel = 2
    ~ trust = trust - 2
    -> nukus_informal
* [Send what you have to the police in Karakalpakstan officially, through the Prosecutor General's Office, and ask Gulmira whether the NGO in Nukus can support the families, if the men agree. #score:procedure+2 #score:identification+1 #std:seed-003-213 #std:palermo-6 #std:who-2003-5 #feedback:This is how the Aktobe case worked: the police in Karakalpakstan received the information from their Kazakh colleagues and opened their own case against the recruiters in Nukus, and both sides were convicted. An official request makes the evidence usable in court in both countries; the NGOs in the two cities look after the families, with the men's consent. #id:ak-045]
    ~ channel = 0
    -> nukus_official

=== nukus_official ===
The request goes out to the Prosecutor General's Office that week. You note in it that a new group is due in September. #id:ak-048
-> zamira

=== nukus_informal ===
Captain Abenov makes the call from your office and reports back the same evening: his friend will look into it. #leave:guardia #id:ak-051
-> zamira

=== zamira ===
On the fourth day, at the shelter, Gulmira introduces you to Zamira, twenty-two, who worked in the café kitchen. #scene:shelter-room #enter:ngo-worker #enter:zamira #id:ak-054
"Zamira has seen our psychologist twice. She asked to talk to you herself." #speaker:ngo-worker #mood:calm #id:ak-055
"I will not testify. If people at home hear what that café was, my life is over, and my sisters' too. My mother is ill. I want to go home." #speaker:zamira #mood:ashamed #id:ak-056 #situation
"The owner's wife took my passport on the first day. She said I owe for the road and the food, and that girls who run away are always found." #speaker:zamira #mood:afraid #indicator:retention-of-documents #indicator:intimidation-threats #id:ak-057
* [Respect her no. Arrange with Gulmira for her to go home as soon as the consulate issues a travel document, with the partner NGO in Nukus meeting her. #score:procedure+1 #std:who-2003-7 #std:seed-003-213 #std:coe-16 #feedback:Her no is heard, and a return met by an NGO at home is what the source describes. But a no given four days after the check, in shame and fear, is not yet an informed choice. The reflection period exists so that she can recover and hear from a lawyer what testifying would involve before she decides, whichever way she decides. #id:ak-060]
    ~ zamira_home = true
    -> zamira_going_home
* [Tell her she need not decide now: she can stay, keep seeing the psychologist, talk to the lawyer, and decide later. The shelter does not depend on her answer. #score:protection+2 #score:procedure+2 #std:coe-13 #std:coe-12 #std:who-2003-6 #feedback:Four days after the check, in shame and fear, she cannot yet make an informed choice, and she does not have to. A period to recover and reflect, with the lawyer's advice, lets her decide what testifying would really mean for her; the help she gets does not depend on it. #id:ak-058]
    ~ zamira_time = true
    ~ trust = trust + 1
    -> zamira_time_given
* [Tell her kindly, rather than let a court tell her later, that the law obliges a victim to give evidence, and that her statement can be taken here at the shelter, with the psychologist beside her. #score:protection-2 #score:procedure-2 #std:coe-13 #std:who-2003-6 #std:seed-003-235 #feedback:It is honest about the law, and a statement at the shelter is kinder than one at the department. But the first thing she hears from the investigator is an obligation, four days after she got out. The source says victims refuse to cooperate after exactly this kind of pressure. The standards give her a reflection period, and the right to a lawyer's advice before she decides. #id:ak-059]
    ~ zamira_pressed = true
    ~ trust = trust - 1
    -> zamira_pressed_reply

=== zamira_time_given ===
"Later. All right. But my mother must not know where I am." #speaker:zamira #mood:guarded #id:ak-061
-> nephew

=== zamira_pressed_reply ===
"So I am obliged. Then I was obliged at the café too." #speaker:zamira #mood:angry #id:ak-062
She says nothing more, and Gulmira takes her out. #leave:zamira #id:ak-124
-> nephew

=== zamira_going_home ===
"Thank you. How long does the consulate take?" #speaker:zamira #mood:relieved #id:ak-063
"Three weeks, perhaps four. We will ring them tomorrow." #speaker:ngo-worker #mood:calm #id:ak-125
-> nephew

=== nephew ===
That night, at twenty past eleven, your phone rings. It is Gulmira. #scene:investigator-office #ambient:quiet #sfx:phone-ring #phone:ngo-worker #id:ak-064
"Zamira has had a call. The owner's nephew is parked outside the shelter. He says he has her passport and will give it back if she comes out and signs a paper that she has no claims." #speaker:ngo-worker #mood:afraid #indicator:intimidation-threats #indicator:retention-of-documents #id:ak-065 #situation
"She says nobody is to call anyone, it is her passport, she will take it and come back in five minutes. She has her coat on." #speaker:ngo-worker #mood:afraid #id:ak-066
* [Ask Gulmira to put Zamira on. Tell her you are sending a patrol now, because this is how witnesses disappear; ask her to stay inside; and tell her that whether she testifies is still for her to decide. #score:protection+2 #score:procedure+1 #std:who-2003-9 #std:who-2003-7 #feedback:A man who holds her passport is waiting outside at night to make her sign: this is a danger now, and deferring to her wish is not enough. You act, you tell her honestly what you are doing and why, and you leave her real choice, whether to testify, with her. #id:ak-067]
    ~ trust = trust + 1
    -> nephew_patrol
* [It is her passport and her decision: ask Gulmira to stand at the door, watch from the window, and call you at once if the car drives off with her in it. #score:protection-3 #score:procedure-1 #std:who-2003-9 #std:seed-001-199 #feedback:Respecting her judgement is usually right, and she has said clearly what she wants. But a passport used as bait, at night, for a signature that ends the case, is the control of the café reaching into the shelter. In imminent danger you act and tell her why; watching from a window protects nobody. #id:ak-068]
    ~ zamira_signed = true
    ~ trust = trust - 2
    -> nephew_signed
* [Send a patrol at once, and ask Gulmira to keep Zamira talking in the kitchen until it comes, without telling her the police are on the way, so that she does not panic. #score:protection+1 #std:who-2003-9 #std:who-2003-6 #feedback:Sending the patrol is right: she is in danger. But keeping it from her decides over her head, and she will learn it from the first person who mentions the police car. Tell her what you are doing and why; being told the truth is part of being safe. #id:ak-069]
    ~ trust = trust - 1
    -> nephew_secret

=== nephew_patrol ===
"I was going to go. All right. I am staying in." #speaker:zamira #mood:afraid #phone:zamira #id:ak-070
Twenty minutes later the patrol calls in: the nephew is detained. Her passport, and five others, are in the glove box of his car. #indicator:retention-of-documents #id:ak-071
-> news_from_nukus

=== nephew_signed ===
Half an hour later Gulmira calls again. Zamira came back without her passport. She signed something in the car. #sfx:phone-ring #id:ak-072
"He said they know my mother's address. I am not testifying. Don't ask me again." #speaker:zamira #mood:afraid #phone:zamira #indicator:intimidation-threats #id:ak-073
-> news_from_nukus

=== nephew_secret ===
The patrol detains the nephew at the gate; the passports are in his car. Zamira hears the siren from the kitchen. #id:ak-074
"Gulmira kept me talking so the police could come. Everyone here decides for me." #speaker:zamira #mood:angry #phone:zamira #id:ak-075
-> news_from_nukus

=== news_from_nukus ===
Two weeks after the check, you are at your desk with the file. #scene:investigator-office #ambient:office #leave:ngo-worker #leave:zamira #id:ak-126
{ channel == 1:
    Gulmira phones: police officers have visited three of the men's families in their villages, and the neighbours saw. One of the men has asked to withdraw his statement. #id:ak-127
}
{ channel == 2:
    Bakhtiyar comes to your office with Gulmira. His wife has had visitors: two men who asked whether her husband was well and talking a lot. #enter:ngo-worker #enter:bakhtiyar #indicator:intimidation-threats #id:ak-052
    "Rashid knows. How does Rashid know?" #speaker:bakhtiyar #mood:angry #id:ak-053
    Gulmira takes him back to the shelter. #leave:ngo-worker #leave:bakhtiyar #id:ak-128
}
{ promised:
    Gulmira tells you that Bakhtiyar asks her every day whether Rashid has been arrested. He has not been. Yesterday Bakhtiyar said that you had promised it within days, and stopped asking. #id:ak-050
    ~ trust = trust - 1
}
-> journalist

=== journalist ===
The same afternoon a call comes through from the duty desk: a journalist from a local news site. #sfx:phone-ring #phone:journalist #id:ak-076
"Dina, from a news site here in Aktobe. We are running the story of the slaves at the car service on the ring road. I have photos from the day of the check: the women being led out of the café." #speaker:journalist #mood:neutral #id:ak-077
"Confirm the numbers and give me a comment. And the names: our readers want to know who these people are." #speaker:journalist #mood:neutral #id:ak-078
* [Say that you cannot comment on an investigation in progress, and put the phone down: the press service deals with journalists. #score:protection+1 #std:coe-11 #std:who-2003-5 #feedback:You gave away nothing, which is right. But she already has photos with faces and will publish with or without you. A word from the investigator about why faces and names must not appear might have saved the women from being recognised. #id:ak-080]
    -> press_silent
* [Give her the story and the figures, and let her photographer take pictures of the men at the shelter, with their backs to the camera: a case the public is watching is harder to close quietly. #score:protection-3 #critical:expose-identity #std:coe-11 #std:seed-003-235 #feedback:Cases do get closed quietly, and public attention can protect them. But a photograph from behind shows a jacket, a build, a haircut, and the shelter's door. In villages where everyone knows everyone, that is a name. The people the case needs most are the ones exposed. #id:ak-081]
    -> exposed
* [Confirm that a trafficking case is open and the victims are protected. Ask her, as the investigator, not to publish names, faces or villages, and refer her to the press service. #score:protection+2 #score:procedure+1 #std:coe-11 #std:seed-003-235 #feedback:The public may know that a case exists; it need not know who the victims are. The source names media attempts to reveal victims' identity as one of the NGOs' main problems. A clear request from the investigator, and the reason for it, is often what makes an editor blur a face or drop a village. #id:ak-079]
    -> press_careful

=== press_careful ===
The article comes out two days later: a case is open, seventeen victims, no names. The photo shows the café's sign and nothing else. #leave:journalist #id:ak-082
-> second_interviews

=== press_silent ===
The article comes out two days later with a photo of the women at the café door, their faces blurred. Gulmira says two of them recognised themselves at once, and were afraid their families would too. #leave:journalist #id:ak-083
~ trust = trust - 1
-> second_interviews

=== exposed ===
The photographs are on every regional site within two days. In Nukus, neighbours recognise two of the men, and the owner's family now knows where the shelter is. #leave:journalist #id:ak-084
Gulmira moves the women to another city. Eleven of the seventeen withdraw their statements, which is their right. #epilogue #id:ak-085
The owners go to court for illegal deprivation of liberty only, and are given suspended sentences. Nobody in Nukus is charged. #ending:identity-exposed #id:ak-086
-> END

=== second_interviews ===
Five weeks after the check, the file holds the notebook, the bank's records of the owner's money transfers to Nukus, and the victims' interviews. #scene:investigator-office #ambient:office #id:ak-087
The supervising prosecutor reads it at your desk. #enter:prosecutor #id:ak-088
"The notebook is good. The transfers are good. But before the indictment I want every victim questioned again, in detail, on every episode: dates, hours, who said what. The defence will pick at every gap." #speaker:prosecutor #mood:neutral #id:ak-089
* [Find the real gaps in the file with her, and put only those questions, in one short interview, to the few who can answer them. The notebook, transfers and witnesses prove the rest. #score:protection+2 #score:procedure+1 #score:identification+1 #std:who-2003-8 #std:seed-002-79 #feedback:Every interview makes a victim live it again. Documents, money transfers and witnesses such as the car service's customers prove what they can, and a targeted question fills what they cannot. The victim-centred approach serves the prosecution too: witnesses who are not worn out stay witnesses. #id:ak-091]
    -> second_targeted
* [Agree: a full second interview of each victim at the department, in the prosecutor's format. Careful questioning now, while we control the room, is what keeps them from being torn apart by the defence in court. #score:protection-2 #std:who-2003-8 #std:seed-003-235 #feedback:Preparing witnesses for the defence is a real concern. But a full second interview asks every victim to live it all again, and a story told twice is a story with new contradictions for the defence. Documents and witnesses carry much of the proof; question again only where there is a real gap. #id:ak-092]
    ~ repeated = true
    ~ trust = trust - 2
    -> second_full

=== second_targeted ===
The gaps come down to six questions, for three of the men. Two car-service customers and the shop owner next door are questioned as witnesses: they saw the men sleeping in the garage. #leave:prosecutor #indicator:abusive-conditions #id:ak-094
-> confrontation

=== second_full ===
The second interviews take three weeks. Two women break down and the psychologist stops the interview. One man asks Gulmira why the police do not believe him. #leave:prosecutor #id:ak-095
-> confrontation

=== confrontation ===
A week later the prosecutor comes back with a motion from the owner's lawyer. #enter:prosecutor #id:ak-096
"The owner denies everything, and the victims' statements contradict his. The defence wants a confrontation with each victim, and the judges like to see one in the file. If they hold firm to his face, the case is solid." #speaker:prosecutor #mood:neutral #id:ak-097
* [Hold it: the contradictions are real, and it is better to test the witnesses now, with their lawyer beside them, than to lose them later in the courtroom in front of the judge. #score:protection-3 #score:procedure-1 #std:seed-003-163 #std:who-2003-1 #feedback:Testing evidence is part of the job, and the lawyer at their side is right. But this is the scene of the source: after the confrontation with the suspect, the victims refused to testify, the case was suspended, and the suspect left the country. Other evidence resolves contradictions without putting victims in front of him. #id:ak-100]
    -> collapsed
* [Refuse the motion with reasons: the notebook, the transfers and the witnesses resolve the contradictions. Ask the investigating judge to take the victims' testimony in advance. #score:protection+2 #score:procedure+2 #std:seed-003-163 #std:who-2003-8 #std:who-2003-1 #feedback:A confrontation puts a victim in front of the man who controlled her, with his lawyer's questions. In the source, the victims refused to testify after one, and the case was closed. The contradictions can be resolved by other evidence. Testimony deposited with the investigating judge, where the defence can put its questions, is taken once and can be used in court without bringing the victims before him again. #id:ak-098]
    -> deposition
* [Hold it by video link from another room, with the lawyer and the psychologist beside each victim, so that nobody ever has to sit in the same room as the man who held them. #score:procedure+1 #std:seed-003-163 #std:who-2003-8 #feedback:Another room and support at their side reduce the harm. But it is still his face and voice, and his lawyer's questions, in front of people he controlled for months. The contradictions can be resolved by the notebook, the transfers and the witnesses, without a confrontation at all. #id:ak-099]
    ~ video_confrontation = true
    ~ trust = trust - 1
    -> deposition

=== collapsed ===
The first confrontation is with Bakhtiyar. The owner looks at him and asks after his children by name. Bakhtiyar says he remembers nothing. #leave:prosecutor #id:ak-101
Over the next week, nine of the victims withdraw their statements. #epilogue #id:ak-102
Without their testimony the case stalls, and the owner is released. In the spring he leaves for Russia; the case is suspended, and later closed. #ending:case-collapsed #id:ak-103
-> END

=== deposition ===
{ video_confrontation:
    After the video confrontation, two of the women refuse to give any more evidence. The others give their testimony to the investigating judge. #leave:prosecutor #id:ak-104
- else:
    In October the victims who chose to testify give their testimony to the investigating judge, one at a time, with the lawyer beside them. #leave:prosecutor #id:ak-105
}
Gulmira comes to your office with Bakhtiyar. #enter:ngo-worker #enter:bakhtiyar #id:ak-106
{ channel == 2:
    "After my wife had those visitors I said nothing more. Just let me go home." #speaker:bakhtiyar #mood:tired #id:ak-107
- else:
    "The judge has what we told. The harvest is over at home and my children started school without me. Let us go home." #speaker:bakhtiyar #mood:tired #id:ak-108
}
* [Agree, and hand them to the migration service for removal: the state pays for the tickets, it takes a week, and they are home far sooner than by waiting for documents from the consulate. #score:procedure-2 #score:protection-1 #std:ohchr-p7 #std:coe-16 #feedback:A quick way home is what they asked for, and the state's tickets are real. But expulsion records them as offenders, can bar them from coming back to Kazakhstan, and sends them home with nobody to meet them. Victims return voluntarily, with documents from their consulate, met by those who will help them at home. #id:ak-110]
    ~ trust = trust - 1
    -> verdict
* [Agree. Ask the consulate for travel documents, plan the return with the NGO in Nukus, and, with the men's consent, tell the police on both sides the date, so they are met safely. #score:procedure+2 #score:protection+1 #std:seed-003-213 #std:coe-16 #std:palermo-8 #feedback:Their testimony is deposited, so the court does not need them in Aktobe. In the source the Aktobe NGO worked with the NGO in Nukus, and the police of both countries assisted the return. A return that is voluntary, safe and prepared with the people returning is what the standards ask. #id:ak-109]
    -> verdict

=== verdict ===
{ trust < -1:
    Only four of the seventeen give evidence in court. Without them, the charge of trafficking in persons does not hold. #epilogue #leave:ngo-worker #leave:bakhtiyar #id:ak-111
}
{ trust >= -1 && trust <= 1 && channel == 0:
    Eight of the seventeen give evidence in court. With the notebook and the transfers, it is enough: the owner and his brother are convicted of trafficking in persons. #epilogue #leave:ngo-worker #leave:bakhtiyar #id:ak-112
}
{ trust >= -1 && trust <= 1 && channel != 0:
    Seven of the seventeen give evidence in court. With the notebook and the transfers, it is enough: the owner and his brother are convicted of trafficking in persons. #epilogue #leave:ngo-worker #leave:bakhtiyar #id:ak-113
}
{ trust > 1 && channel == 0:
    Thirteen of the seventeen give evidence in court. The owner and his brother are convicted of trafficking in persons and sentenced to imprisonment. #epilogue #leave:ngo-worker #leave:bakhtiyar #id:ak-114
}
{ trust > 1 && channel != 0:
    Eleven of the seventeen give evidence in court. The owner and his brother are convicted of trafficking in persons and sentenced to imprisonment. #epilogue #leave:ngo-worker #leave:bakhtiyar #id:ak-115
}
{ zamira_signed:
    Zamira does not give evidence. She goes home in November, met by the NGO in Nukus. That is her right. #epilogue #id:ak-116
}
{ zamira_time && not zamira_signed:
    After three weeks and two talks with the lawyer, Zamira decides to give her testimony to the investigating judge. She goes home afterwards, met by the NGO in Nukus. #epilogue #id:ak-117
}
{ zamira_home && not zamira_signed:
    Zamira goes home in September, met by the NGO in Nukus. She does not give evidence. She decided on her fourth day out, and nobody will know whether she would have decided differently with more time. #epilogue #id:ak-118
}
{ zamira_pressed && not zamira_signed:
    Zamira gives a statement of four lines, and before the investigating judge she says she remembers nothing more. She goes home in November. #epilogue #id:ak-119
}
{ trust < -1: -> end_lesser }
{ channel == 0: -> end_both }
{ channel == 1: -> end_owners_visits }
-> end_owners_call

=== end_lesser ===
The owner and his brother are convicted only of illegal deprivation of liberty, and given three years. Rashid is never charged. The September group arrives in Aktobe on time, at another car service. #ending:lesser-charges #id:ak-120
-> END

=== end_both ===
In Nukus, the police of Karakalpakstan open their own case on your information: Rashid and his partner are convicted there too. The September group never leaves. The NGOs in Aktobe and Nukus stay in touch with those who went home. #ending:both-convicted #id:ak-121
-> END

=== end_owners_visits ===
In Nukus, word of the police visits goes round the villages, and Rashid leaves for Russia before he can be questioned. The case against him is suspended; the owners in Aktobe are in prison, the recruiters are not. #ending:owners-only #id:ak-122
-> END

=== end_owners_call ===
In Nukus, Rashid hears of the call within a day and leaves for Russia. Nothing from an informal call can be used in court there, and no case is opened. The owners in Aktobe are in prison, the recruiters are not. #ending:owners-only #id:ak-123
-> END

=== evidence ===
// The document the trainee can open (docs/authoring.md, "Evidence"); never played.
// The notebook is invented, consistent with seed 003 lines 213-215 (a car service and a café,
// recruiters in Karakalpakstan acting with the owners): see docs/scenarios/aktobe-case.md.
A school notebook from the café office: names, sums, debts #id:ak-e01 #evidence-text:notebook-ak #kind:ledger
Page 2. Bakhtiyar. Road: 45,000. Registration: 15,000. Food for June: 30,000. Food for July: 30,000. Overalls and gloves: 8,000. #id:ak-e02 #evidence-text:notebook-ak #indicator:debt-bondage
Page 2. Fines: late for work, 10,000. Went out without asking, 20,000. #id:ak-e03 #evidence-text:notebook-ak #indicator:restriction-of-movement
Page 2. Given to him in cash: 5,000 in June, 5,000 in July, added to the debt. Still owes: 168,000. #id:ak-e04 #evidence-text:notebook-ak #indicator:withholding-wages #indicator:debt-bondage
Page 9. Zamira. Road: 45,000. Food: 30,000 a month. Clothes: 25,000. Broken dishes: 6,000. Still owes: 136,000. #id:ak-e05 #evidence-text:notebook-ak #indicator:debt-bondage
Page 14. Passports: the men's, 11, with Timur. The women's, 6, with K. #id:ak-e06 #evidence-text:notebook-ak #indicator:retention-of-documents
Page 15. R., Nukus: for 17 people, 50,000 each, 850,000 in all. Sent by transfer on 12 June. #id:ak-e07 #evidence-text:notebook-ak
Page 16. R., Nukus: September, 6 men and 4 girls. Send the advance in August. #id:ak-e08 #evidence-text:notebook-ak
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/aktobe-case.md, reworded to fit the decision they are asked at.
Seventeen people need somewhere to sleep tonight, and migration wants its protocols. What would each place tell the men and women about the police, and what would it mean for the case? #id:ak-q01 #discuss:ak-007
Timur speaks the men's language and offers to translate. What would a week's wait for an interpreter cost, and what could using him cost? #id:ak-q02 #discuss:ak-020
Bakhtiyar asks whether he will go home in handcuffs, and whether Rashid will come for his wife. Which answers could you honestly give, and which not? #id:ak-q03 #discuss:ak-033
Zamira says no on her fourth day. What would respecting her no mean here, and what would she need to know for the decision to be her own? #id:ak-q04 #discuss:ak-058
The defence has a right to test the evidence. How can contradictions be resolved without a confrontation? In another real case, the victims refused to testify after one: why? #id:ak-q05 #discuss:end
In the real case, thirteen of the seventeen agreed to cooperate with the investigation. Which of your decisions cost a witness, and which kept one? #id:ak-q06 #discuss:end
-> END
