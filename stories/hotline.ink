# scenario: hotline
# role: ngo
# source: 001_a1e76db77d51934e.txt:400-410
# source: 001_a1e76db77d51934e.txt:199
# source: 001_a1e76db77d51934e.txt:452-463
# source: 002_002b58c2eb9cca60.txt:79
# content-note: labour-exploitation
# content-note: coercion-threats
# content-note: physical-violence
# minutes: 15
# setting: hotline-desk

// hotline: a consultant on the 24-hour hotline for Russian-speaking victims abroad and their
// families (seed 001 lines 400-410) takes a call from a mother in Omsk about her adult daughter
// in Germany; later the daughter calls and writes herself. The hotline takes calls from any
// region of Russia and from the Netherlands, Belgium, Germany, Switzerland and the USA
// (seed 001 line 402): the mother calls from Russia, the daughter from Germany.
// Control methods follow seed 001 line 199 (documents taken, debt, threats to the family,
// fear of arrest and deportation). Names, places, the agency and the emergency are invented:
// see docs/scenarios/hotline.md.

// Aliya's trust in the hotline; at -2 or below she stops answering after the emergency.
VAR trust = 0
// The trainee promised the mother a quick rescue.
VAR promised = false
// The mother went to the agency in Omsk, which warned the people in Germany.
VAR agency_warned = false
// The hotline number reached Aliya by a text message that others could read.
VAR risky_text = false
// Contact lost: the mother called back, or the police were sent without Aliya's consent.
VAR called_back = false
VAR police_sent = false
// Aliya and the trainee made a safety plan (address, number by heart, what to do in an emergency).
VAR plan = false
// Aliya was told plainly what help exists and that she decides.
VAR informed = false
// The trainee waited in the emergency because Aliya asked.
VAR waited = false
// In the emergency the trainee promised that no police would come.
VAR broken_promise = false
// Aliya was pressed for a statement.
VAR pressed = false
// The mother went on television with Aliya's photo and name.
VAR on_tv = false

-> opening

=== opening ===
Night shift on the hotline. The office is quiet; your colleague on the legal line is drinking tea over a file. #id:hl-001 #scene:hotline-desk #ambient:quiet #enter:ngo-worker
The phone rings. The number on the screen is from Omsk. #id:hl-002 #sfx:phone-ring
"Hello? Is this the hotline? I found your number on the internet. My name is Saule. It's about my daughter, Aliya. She is in Germany." #id:hl-003 #speaker:saule #mood:worried #phone:saule
"I think something terrible has happened to her. I found that agency for her myself. You have to get her out of there. Tomorrow. Can you do that?" #id:hl-004 #speaker:saule #mood:afraid
* [Tell her she was right to call and that the call is free and confidential; say you cannot promise a rescue, and ask her to tell you what happened. #id:hl-005 #score:protection+2 #score:procedure+1 #std:who-2003-3 #std:who-2003-5 #feedback:She needs to be heard and to know the call is confidential. Saying honestly that you cannot promise a rescue keeps her trust for later, when the real options are slower than she hopes.]
    -> story_open
* [Tell her the hotline works with police anti-trafficking units abroad who can act fast when someone is held, so there is real hope: she needs something to hold on to tonight. #id:hl-006 #score:protection-2 #score:procedure-1 #std:who-2003-3 #std:seed-001-402 #feedback:The contacts with police units abroad exist, and the wish to comfort her is right. But what they can do depends on where Aliya is, on what she wants and on whether she is in danger now. A promise of a fast rescue cannot be kept, and every day without one will feel to her like a broken word.]
    ~ promised = true
    -> story_open
* [Say you understand, and ask for Aliya's full name, date of birth, the town and the employer first, so a case file exists before anything else. #id:hl-007 #score:procedure+1 #std:who-2003-2 #std:who-2003-5 #feedback:The details will be needed, and you promised nothing you cannot keep. But a frightened mother who has just blamed herself needs to hear first that she was right to call and that the call is confidential; facts asked before that sound like a form, and she gives you less.]
    -> story_open

=== story_open ===
{ promised:
    "Thank God. Then they will find her quickly, yes?" #id:hl-008 #speaker:saule #mood:relieved
}
"She is twenty-three. An agency here in Omsk offered her a job as a chambermaid in a hotel near Hanover. Twelve hundred euros a month, flat included." #id:hl-009 #speaker:saule #mood:worried
"She left in March. At first she called every evening. Now it's once a week, from a different number each time, for two minutes. A man says something in the background and she hangs up." #id:hl-010 #speaker:saule #mood:worried
"Last week she said her passport was taken for registration, and that she owes for the visa and the flat. Then she said: Mama, don't worry. In a voice I have never heard from her." #id:hl-011 #speaker:saule #mood:afraid #indicator:retention-of-documents #indicator:debt-bondage
* [Ask what Aliya herself has said: where she lives and works, whether she is paid, whether she can go out alone, who keeps her passport. #id:hl-012 #score:identification+3 #std:ilo-2012 #std:unodc-indicators #feedback:These questions go to control: wages, freedom of movement, contact, documents. Her mother has heard more than she knows she has heard, and her answers show the indicators of forced labour, not just a bad job.]
    -> story_control
* [Ask for everything about the agency in Omsk: its name and address, the contract, who paid for the visa and the ticket, and what exactly was promised. #id:hl-013 #score:identification+1 #score:procedure+1 #std:palermo-3a #std:ilo-2012 #feedback:The agency matters, and the difference between the promise and the reality is the deception. But it is Aliya's situation now that shows whether she is controlled: whether she is paid, whether she can go out, who holds her passport. Those questions were not asked.]
    -> story_agency
* [Ask gently whether Aliya could have known what the work really was before she went: the police abroad will ask that first, so it is better to be ready. #id:hl-014 #score:identification-1 #score:protection-2 #std:palermo-3b #std:who-2003-8 #feedback:Preparing her for the police sounds practical, but it is a question about blame, put to a mother who already blames herself. What Aliya knew changes nothing once deception, a debt and a taken passport are used: her consent is irrelevant.]
    -> story_blame

=== story_control ===
"She doesn't work in the hotel any more. Or not only. In the day she cleans rooms, at night she washes dishes in some restaurant. They drive them there and back, five girls in a van." #id:hl-015 #speaker:saule #mood:worried #indicator:restriction-of-movement #indicator:excessive-overtime
"Paid? She says the money goes to the debt. And the debt grows: the flat, the food, the van. She said once: Mama, it only gets bigger." #id:hl-016 #speaker:saule #mood:afraid #indicator:withholding-wages #indicator:debt-bondage
"She had her own phone. Oleg, the man in charge, keeps it now. She calls me from other girls' phones." #id:hl-017 #speaker:saule #mood:worried #indicator:isolation
-> debt

=== story_agency ===
"The agency is called Horizon, in an office on Lenin Street. The director was so nice to us. She said the hotel pays for the visa, and Aliya would pay it back from her wages." #id:hl-018 #speaker:saule #mood:worried
"But Aliya says she doesn't work in the hotel any more, not only. At night she washes dishes somewhere. That was never in the contract." #id:hl-019 #speaker:saule #mood:worried #indicator:deception
-> debt

=== story_blame ===
"She is not that kind of girl. She went to clean rooms. Do you think I sent my own daughter to..." #id:hl-020 #speaker:saule #mood:angry
She cries for a while. When she speaks again, she answers only what you ask, and she does not come back to the debt. #id:hl-021
-> phone

=== debt ===
"They say she owes four thousand euros. I could take a loan against the flat. If I pay, will they let her go?" #id:hl-022 #speaker:saule #mood:worried #indicator:debt-bondage #situation
"Or should I go to that agency here? The director sat across from us and smiled. She knows where we live." #id:hl-023 #speaker:saule #mood:angry
* [Advise her not to pay or go to the agency for now: such debts grow, and the agency may warn the people in Germany. Offer her the hotline's lawyer, free. #id:hl-024 #score:identification+2 #score:procedure+1 #score:protection+1 #std:ilo-2012 #std:seed-001-199 #std:who-2003-1 #feedback:A debt that grows whatever is paid is debt bondage, a means of control, and paying it rarely frees anyone. The agency in Omsk may be part of the chain: a visit from the mother is a warning to them. The free legal consultation is what the hotline offers families.]
    -> phone
* [Tell her that a debt like this has no legal force and she does not owe them a kopeck, so she can put the money out of her mind. #id:hl-025 #score:identification+1 #std:ilo-2012 #std:seed-001-199 #feedback:Right that the debt is a tool of control and not something to pay. But to the people holding Aliya it is very real, and she did not hear why not to go to the agency or where to get legal advice. Waving it away also leaves her fear with nowhere to go.]
    -> phone
* [Suggest she goes to the agency with her brother and demands Aliya's passport back in writing: an agency with a licence to lose will not risk a formal complaint. #id:hl-026 #score:protection-3 #std:who-2003-1 #std:seed-001-199 #feedback:Pressure on the agency sounds like a lever, and it may have one. But if it is part of the chain, the first thing it does is call the people in Germany, and it is Aliya who pays for her mother's visit. Do nothing that can reach the controllers before Aliya has been heard.]
    ~ agency_warned = true
    -> phone

=== phone ===
"She called tonight from a German number, an hour ago. Can I call her back on it right now? I'll tell her to run, to go to the police." #id:hl-027 #speaker:saule #mood:afraid
* [Agree that she calls back now, while the number is fresh, and tells Aliya to go straight to the nearest police station: the German police must help her. #id:hl-028 #score:protection-3 #score:procedure-1 #std:who-2003-1 #std:who-2003-7 #feedback:Speed feels like safety. But the number is probably another girl's phone, with Oleg nearby, and a call back may be answered by the wrong person. Aliya has not said what she wants, and advice to run to the police may be the one thing she has been taught to fear.]
    ~ called_back = true
    -> lost_contact
* [Ask her to text Aliya the hotline number tonight, with no explanation, so she has it whenever she can use it. #id:hl-029 #score:procedure+1 #std:seed-001-402 #std:who-2003-1 #feedback:Getting her the number is right: the hotline takes calls from Germany free of charge. But a text on a phone that others read can be found, and a number with no name invites a question she must answer. Pass it on when Aliya calls, in words that look harmless.]
    ~ risky_text = true
    ~ trust = trust - 1
    -> between_calls
* [Ask her not to call or text that number. Next time Aliya calls, she can ask yes-or-no questions and give her the hotline number as a relative's. #id:hl-030 #score:protection+2 #score:procedure+1 #std:who-2003-1 #std:seed-001-408 #std:seed-001-402 #feedback:The phone may not be Aliya's and may be read. Yes-or-no questions let Aliya answer with someone in the room, and a number that looks like an aunt's is not confiscated, like the help cards made to look like horoscopes in the source.]
    -> between_calls

=== between_calls ===
{ agency_warned:
    Two days later Saule calls again. She did go to the agency. The director was polite, and the same evening Aliya called in tears: Oleg knew her mother had been asking questions. #id:hl-031 #indicator:intimidation-threats
    ~ trust = trust - 1
}
Ten days later, at ten past one in the morning, a call comes in from a German mobile number. A young woman speaks so quietly that you turn the volume up. #id:hl-032 #sfx:phone-ring #leave:saule #phone:aliya
"Hello? I got this number from Mama. I'm Aliya." #id:hl-033 #speaker:aliya #mood:afraid #situation
{ risky_text:
    "Mama sent it in a message. Oleg reads our phones. I told him it was a dentist and deleted it." #id:hl-034 #speaker:aliya #mood:guarded #indicator:isolation
- else:
    "She told me it was Aunt Gulya's new number, so nobody asked. I wrote it down as Aunt Gulya." #id:hl-093 #speaker:aliya #mood:guarded
}
* [Ask first whether she can talk now without being overheard, and what she will say if someone comes in. #id:hl-035 #score:protection+2 #score:procedure+1 #std:who-2003-1 #std:who-2003-7 #feedback:She is calling from a flat where her phone is checked. Knowing whether she can talk, and having a cover ready, protects her and keeps the line open for the next call.]
    -> safe_to_talk
* [Tell her who you are, that the call is free and nothing she says goes anywhere without her agreement, and ask her to tell you everything from the beginning. #id:hl-036 #score:procedure+1 #std:who-2003-5 #std:who-2003-6 #feedback:Confidentiality and her agreement are the right promises. But on a night call from a controlled flat, the first question is whether she can talk at all. Without a cover, the call breaks off when someone comes, and she has to start again.]
    -> interrupted

=== safe_to_talk ===
"The others are asleep. I'm in the bathroom with the water running. If someone comes, I'll say it's my mother and say goodnight." #id:hl-037 #speaker:aliya #mood:guarded
~ trust = trust + 1
-> account

=== interrupted ===
"Everything? All right. In March I..." A door, a man's voice. "Yes, Mama, goodnight." The line goes dead. #id:hl-038 #speaker:aliya #mood:afraid
Twenty minutes later she calls again from the same number, and she speaks faster now. #id:hl-039 #sfx:phone-ring
-> account

=== account ===
"The hotel was real, for two weeks. Then Oleg said the hotel had no work and moved us to a flat. Now it's rooms by day, dishes at night. Seven days a week." #id:hl-040 #speaker:aliya #mood:tired #indicator:deception #indicator:excessive-overtime
"He took our passports for registration, he said. We never saw them again. I don't even know the address of the flat. They drive us everywhere." #id:hl-041 #speaker:aliya #mood:tired #indicator:retention-of-documents #indicator:unaware-of-address #indicator:restriction-of-movement
"He says if I go to the police, they will put me in prison for the visa and send me home in disgrace. And that the debt goes to my mother. He has our address in Omsk." #id:hl-042 #speaker:aliya #mood:afraid #indicator:fears-authorities #indicator:intimidation-threats
"I signed the contract myself. I wanted the money. Maybe I brought this on myself?" #id:hl-043 #speaker:aliya #mood:ashamed
* [Tell her the contract she signed changes nothing: she was lied to and is held by a debt. Then say plainly what help exists, and that what happens is her choice. #id:hl-044 #score:protection+2 #score:procedure+2 #score:identification+1 #std:palermo-3b #std:coe-12 #std:who-2003-6 #feedback:Her agreement to go is irrelevant once she was deceived and held by a debt. What she needs next is plain words: a counselling centre and shelter in Germany, a free lawyer, her consulate for a document to travel, help to go home. Then she can choose.]
    ~ informed = true
    -> consent
* [Reassure her that in Germany victims of trafficking are not punished for the visa, so she can go to the police safely; the hotline will arrange it all. #id:hl-045 #score:procedure+2 #score:protection-1 #std:ohchr-p7 #std:who-2003-3 #feedback:The principle is right: victims should not be punished for what trafficking made them do. But as a guarantee it is a promise you cannot keep, it leaves out every option except the police, and it answers her shame with a plan instead of telling her she is not to blame.]
    -> consent
* [Ask her to photograph the contract, the notebook where Oleg writes the debt and, if she can, the passports: with evidence the police will take her seriously from the start. #id:hl-046 #score:protection-3 #score:procedure-1 #std:who-2003-1 #std:seed-001-199 #feedback:Evidence does help a case, but asking her to gather it in Oleg's flat puts her in danger for the sake of the case. She is not an investigator, and she has just asked whether it is her fault: she needed an answer to that first.]
    ~ trust = trust - 1
    -> consent

=== consent ===
"I don't want the police. Not now. Oleg says he has friends there. He says two more months and the debt is paid. I need to think." #id:hl-047 #speaker:aliya #mood:guarded #indicator:fears-authorities
* [Tell her you respect that, and her safety comes first: you will pass the name of the hotel and her description to the German police unit tonight; they work discreetly. #id:hl-048 #score:protection-2 #score:procedure-2 #std:who-2003-6 #std:who-2003-7 #feedback:The wish to protect her is real, and the unit exists. But she is an adult, she is not in immediate danger tonight, and she has just said no. Passing on her account against her word takes her decision away, and if the police come to the hotel, Oleg will know who talked.]
    ~ police_sent = true
    -> lost_contact
* [Accept her decision and make a plan with her: the number learnt by heart, the address if she can find it safely, 112 if there is an emergency, and what her mother may be told. #id:hl-049 #score:protection+2 #score:procedure+2 #std:who-2003-7 #std:who-2003-6 #std:who-2003-5 #feedback:She knows the risks better than you, and the choice is hers. A safety plan respects it and prepares for the night it changes: a number nobody can take from her, a way to say where she is, and her own word on what her mother hears.]
    ~ plan = true
    ~ trust = trust + 1
    -> aliya_plan
* [Accept her decision and end the call warmly: tell her the line is open day and night, and she can call whenever she is ready. #id:hl-050 #score:protection+1 #std:who-2003-7 #std:seed-001-402 #feedback:You respected her no, and the door stays open. But she hangs up with nothing for the night when things get worse: no number by heart, no idea of her address, no word on what her mother may be told.]
    -> aliya_no_plan

=== aliya_plan ===
"Zero eight hundred... I'll learn it like a poem. There are letters on the table in the kitchen, with an address. I'll look when nobody's there." #id:hl-051 #speaker:aliya #mood:calm
"Tell Mama I'm alive and I called. Nothing else. I'll tell her the rest myself." #id:hl-052 #speaker:aliya #mood:calm
-> night

=== aliya_no_plan ===
"Thank you. I'll call if... I don't know. Goodnight." #id:hl-053 #speaker:aliya #mood:tired
-> night

=== night ===
Nine days later, at twenty to three in the morning, messages start arriving from the German number Aliya last called from. #id:hl-054 #sfx:phone-ring
"Cant talk. Vika hit her head yesterday when Oleg pushed her. Since then she is sick all the time and now she wont wake up properly. Breathing strange." #id:hl-055 #speaker:aliya #mood:afraid #indicator:physical-sexual-violence
"He locked us in and left. Said no doctors. Please dont call police they will send us all home and he will find out it was me" #id:hl-056 #speaker:aliya #mood:afraid #indicator:restriction-of-movement #indicator:intimidation-threats
* [Respect what she asks: she knows these men and you do not. Tell her to lay Vika on her side, keep her warm, and write again in an hour. #id:hl-057 #score:protection-3 #score:procedure-2 #std:who-2003-9 #std:who-2003-7 #feedback:Respecting her judgement has been right all along, and first aid is right too. But a head injury with vomiting and confusion is a danger to life now, and an hour can be too late. In imminent danger you act, and you tell her honestly what you are doing and why.]
    ~ waited = true
    -> waited_night
* [Write that you are calling an ambulance and the German police now, because Vika's life is in danger; ask for any address, and stay with her. #id:hl-058 #score:protection+2 #score:procedure+2 #std:who-2003-9 #std:seed-001-402 #feedback:This is the moment deferring is not enough: a head injury with vomiting and confusion threatens a life. You act, you tell her honestly what you do and why, and you stay with her. The hotline's contacts with police units abroad exist for exactly this.]
    -> rescue
* [Tell her to call 112 herself, only for an ambulance, and promise that no police will come: an ambulance helps Vika and keeps Oleg from suspecting her. #id:hl-059 #score:procedure+1 #std:who-2003-9 #std:who-2003-3 #feedback:An ambulance is what Vika needs, so the instinct is right. But a frightened woman alone in a locked flat loses minutes before she dials, and you promised what you cannot control: with a locked door and an injury, the police often come too.]
    ~ broken_promise = true
    ~ trust = trust - 1
    -> rescue

=== rescue ===
{ plan:
    "Address from the letter: a street name and number, near Hanover. I copied it." #id:hl-060 #speaker:aliya #mood:afraid
- else:
    "I dont know the address. A yellow house by a motorway. Thats all I know." #id:hl-061 #speaker:aliya #mood:afraid #indicator:unaware-of-address
}
{ broken_promise:
    Twenty minutes pass before she dares to dial. The ambulance comes, and the police with it, because of the locked door. #id:hl-062
- else:
    You call the duty officer of the German police unit the hotline works with. Your colleague writes to Aliya while you talk. #id:hl-063
}
{ plan:
    An ambulance and a police car are at the house within fifteen minutes. #id:hl-064
- else:
    It takes the police forty minutes to find the house from her phone. #id:hl-065
}
Vika is taken to hospital with a head injury; the doctors operate in time. The five women are taken to a specialised counselling centre, with an interpreter. Oleg is arrested the next day. #id:hl-066 #epilogue
{ broken_promise:
    "You said no police. They came anyway. I don't know who to believe now." #id:hl-067 #speaker:aliya #mood:angry
}
-> mother_calls

=== waited_night ===
You wait. At four there is no message. At six there is still none. #id:hl-068
At half past seven Aliya writes: Vika stopped breathing properly, the neighbours heard shouting and called an ambulance. Vika is in intensive care. #id:hl-069 #epilogue
-> end_waited

=== mother_calls ===
Two days later Saule calls. Her voice is different: Aliya has sent her a message from a new number. She is out, she is safe, she will call. #id:hl-070 #sfx:phone-ring #leave:aliya #phone:saule
"She writes that she is in some centre. Nobody will tell me where. I'm her mother. Give me the address, I'll fly tomorrow and bring her home." #id:hl-071 #speaker:saule #mood:angry #situation
{ promised:
    "You told me they would get her out fast. It took weeks. I haven't slept for weeks." #id:hl-072 #speaker:saule #mood:angry
}
* [Tell her the town and the name of the centre, and offer her the hotline's psychologist: she is her mother, not a stranger, Oleg is in custody, and family close by helps recovery. #id:hl-073 #score:protection-3 #score:procedure-1 #critical:expose-identity #std:coe-11 #std:who-2003-5 #feedback:Family support does matter, her anger is understandable, and the psychologist is right for her. But where Aliya is, and whether she sees her mother, is Aliya's decision, and nobody has asked her. The address of a shelter given without her consent also does not stay with the mother.]
    -> mother_told
* [Tell her Aliya is alive and safe, and that you will tell Aliya she is waiting for her call; where she is stays Aliya's decision. Offer her the psychologist. #id:hl-074 #score:protection+2 #score:procedure+1 #std:who-2003-5 #std:seed-001-402 #std:seed-001-456 #feedback:Her mother hears what she needs, alive and safe, and nothing Aliya has not agreed to: where she is and when they speak is for Aliya to decide. You do not leave her alone with her fear: the hotline offers psychological consultations to families too. Her distress is real, and it does not give her the right to decide for an adult daughter.]
    -> statement

=== mother_told ===
Saule flies to Hanover and waits outside the centre. Aliya sees her from the window and refuses to come down. The centre moves the women to another city the same week. #id:hl-075 #epilogue
-> end_exposed

=== statement ===
The next day the officer of the German unit calls, with the hotline's interpreter on the line. #id:hl-076 #leave:saule #phone:guardia
"Oleg is in custody. The prosecutor wants Aliya's statement this week, before he is released. You know her. Can you get her to talk to us?" #id:hl-077 #speaker:guardia #mood:neutral
* [Say you will pass the request on and Aliya will decide after talking to the centre's lawyer: she has a reflection period, and help does not depend on it. #id:hl-078 #score:procedure+2 #score:protection+1 #std:coe-13 #std:coe-12 #std:seed-002-79 #feedback:She has a recovery and reflection period to decide, with legal advice, whether to cooperate, and assistance is not conditional on testimony. Passing the request on honestly, without pressure, keeps the door open for the case too.]
    -> endings
* [Call Aliya and explain frankly that without her statement this week Oleg may go free and the other four women may be in danger again: it is true, and she has a right to know. #id:hl-079 #score:procedure+2 #score:protection-1 #std:coe-13 #std:who-2003-8 #feedback:It is true and she has a right to know it, and you did not decide for her. But put this way, three days after that night, it loads the other women's safety onto her shoulders. The reflection period and a lawyer's advice exist so that she can decide without that weight.]
    ~ pressed = true
    -> endings

=== lost_contact ===
{ called_back:
    Saule calls Aliya back. A man answers, listens, and hangs up. #id:hl-080 #epilogue
- else:
    The police go to the hotel near Hanover and ask about a young woman from Omsk. By evening the manager has rung Oleg. #id:hl-081 #epilogue
}
A week later Saule calls the hotline again. #id:hl-082 #sfx:phone-ring #leave:aliya #phone:saule
"She sent one message from an unknown number: Don't look for me. Her phone is off. The girls' phones are off. It's my fault." #id:hl-083 #speaker:saule #mood:afraid #indicator:isolation
* [Tell her it is not her fault and the line stays open to Aliya day and night; offer her a session with the hotline's psychologist. #id:hl-084 #score:protection+2 #score:procedure+1 #std:who-2003-8 #std:seed-001-402 #feedback:Her guilt is the wound now, and blame changes nothing. The hotline offers psychological consultations to families, and an open line is the one thing Aliya still has, if she remembers the number.]
    -> publicity
* [Explain calmly and honestly that nothing more can be done until Aliya makes contact herself, and ask her to keep her own phone on day and night. #id:hl-085 #score:protection+1 #std:who-2003-7 #feedback:True, and honest: you promise nothing. But a mother who says it is her fault needs to hear that it is not, and she needs help for herself: the hotline's psychological consultations are for families too.]
    -> publicity

=== publicity ===
"My sister says I should go on that television programme that searches for missing people. Show her photo, her name, the agency. Everyone would be looking for her then." #id:hl-094 #speaker:saule #mood:worried
* [Encourage her: a case the whole country is watching is harder to hide, and the programme's researchers have found people abroad before. #id:hl-095 #score:protection-3 #critical:expose-identity #std:coe-11 #std:who-2003-1 #feedback:Publicity can feel like protection, and such programmes do find people. But Aliya is not lost: she is held, and the first to see her photo and name would be Oleg and the agency. Her identity in the media also follows her home for years. This is her story to tell, not the programme's.]
    ~ on_tv = true
    -> end_lost
* [Tell her that a missing-person report to the police in Omsk is her right and the hotline's lawyer can help; the programme is her decision as the mother. #id:hl-096 #score:procedure+1 #std:who-2003-5 #std:coe-11 #feedback:The report is indeed hers to make, and the lawyer's help with it is right. But leaving the programme to her without a word about the risk is not neutral: the people holding Aliya watch for exactly this, and her name and photo would stay public long after she is home.]
    -> end_lost
* [Ask her to wait with the programme and with any photo online: the people holding Aliya would see it first. Offer the lawyer's help with a missing-person report instead. #id:hl-097 #score:protection+2 #score:procedure+1 #std:coe-11 #std:who-2003-5 #std:who-2003-1 #feedback:Aliya is held, not lost, and a public search tells Oleg and the agency who is looking. Confidentiality protects her identity now and after she comes home. A missing-person report, made with legal advice, does not put her face on television.]
    -> end_lost

=== endings ===
{ trust <= -2: -> end_silent }
{ pressed: -> end_silent }
{ broken_promise: -> end_silent }
-> end_own_choices

=== end_own_choices ===
{ informed:
    Aliya stays at the centre for her reflection period and talks to the lawyer twice. Then she gives a statement, because she decided to. In the autumn she goes home to Omsk with a document from the consulate and a partner NGO there. She called her mother herself, a few days after that night. #id:hl-086 #ending:own-choices #leave:guardia
- else:
    Aliya stays at the centre. Nobody explained her choices to her until the lawyer did, and it took her a month to believe she was not to blame. Then she gives a statement, because she decided to. She called her mother herself, when she was ready. #id:hl-087 #ending:own-choices #leave:guardia
}
-> END

=== end_silent ===
Aliya is out and safe, and Vika is alive. But the help came on other people's terms, and Aliya stops answering the hotline. She goes home with a document from the consulate and refuses to give evidence against Oleg. That is her right. #id:hl-088 #ending:out-but-silent #leave:guardia
-> END

=== end_waited ===
Vika survives, but with lasting damage. Aliya never writes to the hotline again. She wrote that night because she did not know what else to do; the decision to wait was yours, not hers. She is out, but whether she will ever trust anyone enough to ask for help, nobody knows. #id:hl-089 #ending:waited-too-long #leave:aliya
-> END

=== end_lost ===
{ on_tv: -> end_lost_public }
{ called_back:
    Nobody knows where Aliya is now. A call back on a number that was not hers told Oleg that someone was looking. The line is still open, if she remembers the number. #id:hl-090 #ending:contact-lost #leave:saule
- else:
    Nobody knows where Aliya is now. The police came to the hotel, found nothing they could use, and warned the people who hold her. She had said no, and she was right about what would happen. #id:hl-091 #ending:contact-lost #leave:saule
}
-> END

=== end_lost_public ===
Aliya's photo, name and home town are on television and then everywhere online. Nobody knows where she is; the people who hold her know that she is being looked for, and by whom. If she comes home, the story will be waiting for her. #id:hl-098 #ending:identity-exposed #leave:saule
-> END

=== end_exposed ===
Aliya and the other women have to start again in a new city, with new people. Aliya stops talking to the hotline and to her mother. Whatever was done well before, the trust is gone. #id:hl-092 #ending:identity-exposed
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/hotline.md, reworded to fit the decision they are asked at.
Saule asks you to get her daughter out "tomorrow". What does she need from this first call, and what can a hotline promise a family? #id:hl-q01 #discuss:hl-005
Which questions would show you whether Aliya is controlled, and not only overworked? #id:hl-q02 #discuss:hl-012
Aliya says no to the police, for now. What does respecting her no mean in practice, and what does it not mean? #id:hl-q03 #discuss:hl-049
In the night she writes again: no police. What has changed since her first no, and what has not? What would acting against her wish cost, and what would not acting cost? #id:hl-q04 #discuss:hl-058
Her mother had a right to be worried. Did she have a right to know where her daughter was? Who decides what she is told? #id:hl-q05 #discuss:end
Which indicators did you note during the calls, and which only in the debrief? #id:hl-q06 #discuss:end
-> END
