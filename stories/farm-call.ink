# scenario: farm-call
# role: consular
# source: 003_fa9b57731bfef90f.txt:68-70
# source: 001_a1e76db77d51934e.txt:452-463
# source: 003_fa9b57731bfef90f.txt:159
# source: 003_fa9b57731bfef90f.txt:235-237
# source: 001_a1e76db77d51934e.txt:400-410
# content-note: labour-exploitation
# content-note: physical-violence
# content-note: coercion-threats
# minutes: 15
# setting: consulate-office

// farm-call: a consular officer in Spain takes a call from a man held on a fruit farm.
// Source case: 003 lines 68-70. Consequences: 003 line 159 (unscreened removal),
// 003 lines 235-237 (media exposure, victims withdrawing), 001 lines 400-410 (hotline
// and where it can be called from), 001 lines 452-463 (IOM reintegration principles).
// Wages, the debt, the night emergency and the officer's questions are invented:
// see docs/scenarios/farm-call.md.

// Trust goes down with every step that ignores Rustam's pace; at -3 or below he stops trusting the consulate.
VAR trust = 0
// Set by a why-question about not leaving: Rustam closes down.
VAR closed = false
// The trainee asked about debt and freedom to leave, so the debt is known.
VAR asked_debt = false
// Rustam and the others agreed to the police unit on their own terms.
VAR consent = false
// Timur was taken to hospital in the night (the emergency).
VAR emergency = false
// The police went in without their consent.
VAR raid = false
// The men left the farm on their own.
VAR own_way = false
// Stayed in touch after leaving on their own (documents offered without conditions).
VAR own_way_open = false
// The only number they were given is a hotline that does not take calls from Spain.
VAR hotline_only = false
// Reported to immigration; screened later only if the trainee asked for it.
VAR immigration = false
VAR screened = false
// Rustam agreed that his account be passed on for screening.
VAR screen_consent = false
// The trainee waited through the night emergency because Rustam asked.
VAR waited = false
// Statement left to the men's own time (recovery and reflection period).
VAR reflection = false
// A statement pressed out of Rustam.
VAR pushed = false
// One return plan imposed on everyone.
VAR pressured = false

-> opening

=== opening ===
It is late on a Thursday afternoon, and the consular section is emptying out when the phone on your desk rings. #id:fc-001 #scene:consulate-office #ambient:office #sfx:phone-ring
"A man on line two. He speaks Russian, says he is one of ours. He sounds frightened. Will you take it?" #id:fc-002 #speaker:colleague #mood:worried #enter:colleague
"Hello? Is this the consulate? My name is Rustam. I am calling from a phone that is not mine." #id:fc-003 #speaker:rustam #mood:afraid #phone:rustam #situation
"There are three of us from home: my friends Timur and Aziz, and me. We are on a farm, picking fruit. There is a high fence, and the gate is locked at night." #id:fc-004 #speaker:rustam #mood:afraid #indicator:restriction-of-movement
"At the airport they took our passports, to arrange the work permits, they said. They promised to bring them to the new place the next day. We never saw them again." #id:fc-005 #speaker:rustam #mood:worried #indicator:retention-of-documents
"Please, do not send the police. We came on tourist visas. They will put us on a plane in handcuffs." #id:fc-006 #speaker:rustam #mood:afraid #indicator:fears-authorities
* [Take his full name and date of birth before anything else: if the line drops, the consulate can still trace him and start the identity check. #id:fc-194 #score:procedure+2 #score:protection-1 #std:palermo-8 #std:who-2003-1 #feedback:His name and date of birth are what the identity check for a certificate of return will need, so the question is not wrong. But on a borrowed phone inside the farm the first question is whether he can talk at all; without a stop phrase, the call ends when someone comes and the man who lent the phone takes the risk.]
    -> call_lost
* [Tell him the quickest protection is the Spanish police: he should hang up and dial 112 right now, while the men who hold them are busy and away from the phone. #id:fc-009 #score:protection-1 #score:procedure-1 #std:who-2003-7 #std:who-2003-6 #feedback:He has just told you he fears the police, and sending him to them before he knows his rights ignores his own assessment of the risk. He will not make that call. Check first that he can talk, keep the line open, and explain his rights before anyone calls the police.]
    -> call_112
* [Ask first whether he can talk now without being overheard, and agree a phrase that means he must hang up, and whether you may ever call this number back. #id:fc-007 #score:protection+2 #score:procedure+1 #std:who-2003-1 #std:who-2003-5 #feedback:On a borrowed phone inside the farm, the call itself is the risk. Checking that he can talk, agreeing a stop phrase and a callback rule protects him and the man who lent the phone, and keeps the line open for the next call.]
    -> safety

=== safety ===
"Yes. Now I can talk. They are eating in the other house. The phone belongs to Ion, a man from Moldova who has been here longer. He is watching the door for me." #id:fc-010 #speaker:rustam #mood:guarded
"If I say that the melons are ripe, it means someone is coming and I must stop. Please do not call this number back. I will call you from it when I can." #id:fc-011 #speaker:rustam #mood:calm
You write the phrase on your pad. He has been thinking about this call for days. He has a plan of his own, and he wants to hear whether you will respect it. #id:fc-012
-> account

=== call_lost ===
"Rustam... the date of birth, yes, one moment... the passport number I do not remember, they have the passport." #id:fc-013 #speaker:rustam #mood:afraid
A voice in Spanish somewhere behind him, then a whisper: "Someone is coming." The line goes dead. #id:fc-014 #leave:rustam
"Don't ring that number back. If the wrong person answers, it is the man who lent him the phone who pays for it." #id:fc-015 #speaker:colleague #mood:worried
Forty minutes later the same number calls again. Rustam is whispering now, faster, and he gives nothing he is not asked for. #id:fc-016 #sfx:phone-ring #phone:rustam
~ trust = trust - 1
-> account

=== call_112 ===
"No. The police will see tourist visas and no passports, and they will think we are criminals." #id:fc-017 #speaker:rustam #mood:afraid #indicator:fears-authorities
"Timur argued once, and they beat us for it. If the police come and go, we stay here with those men." #id:fc-018 #speaker:rustam #mood:afraid #indicator:intimidation-threats #indicator:physical-sexual-violence
He does not hang up. He waits, to see whether you will listen to him this time. #id:fc-019
~ trust = trust - 1
-> account

=== account ===
"A woman at home, the director of a company, found us the work. A factory in Spain, she said." #id:fc-020 #speaker:rustam #mood:tired
"She said tourist visas are cheaper than work permits, and that her partner in Spain would arrange the permits for us." #id:fc-021 #speaker:rustam #mood:tired #indicator:deception
"At the airport some Russian-speaking men met us. They said the factory was on strike and did not want new workers, but there was other work a hundred kilometres away. We agreed." #id:fc-022 #speaker:rustam #mood:tired #indicator:deception
"A small bus brought us here. Nobody here speaks Russian. They showed us with their hands: pick the fruit." #id:fc-023 #speaker:rustam #mood:tired #indicator:isolation
"When Timur said we had come to work in a factory, not here, they beat us. Him the worst. They were eight and we were three." #id:fc-024 #speaker:rustam #mood:ashamed #indicator:physical-sexual-violence #indicator:intimidation-threats
"My wife thinks I work in a factory. She must not know about this. Not like this." #id:fc-025 #speaker:rustam #mood:ashamed
"It is a shame, but I am a peaceful person. I have never fought in my life, never hit anyone. I know it is bad for a man to be like this." #id:fc-026 #speaker:rustam #mood:ashamed
"I am a good worker but a weak personality." #id:fc-027 #speaker:rustam #mood:ashamed
* [Ask what stopped them from walking out when they first saw the fence: his answer will show how closely the men are guarded. #id:fc-029 #score:protection-3 #std:who-2003-8 #std:seed-003-68 #feedback:However practical the intention, to a man who has just called himself weak this is a why-question: it repeats the blame he already puts on himself, and he closes down. Eight men against three, a fence and no passports already answer it. How closely they are guarded can be asked later, about now, not about why he did not leave.]
    -> why_question
* [Tell him he did nothing wrong: they were lied to, outnumbered and stripped of their passports, and reaching a phone took nerve. #id:fc-028 #score:protection+2 #score:identification+1 #std:who-2003-8 #std:seed-001-456 #std:palermo-3a #feedback:A non-judgmental answer to his shame keeps him talking, and naming the deception, the force and the taken passports shows him that what happened is a crime done to him, not a failure of his. Men in particular often do not see themselves as victims until someone names it.]
    -> not_weak
* [Tell him gently that nobody here is judging him, that what matters now is getting the three of them out, and move on to the practical questions. #id:fc-148 #score:protection+1 #std:who-2003-8 #std:seed-001-456 #feedback:No judgement and no blame, which matters. But moving straight on leaves his shame where it was: he still thinks it was his weakness. Saying plainly that they were deceived and outnumbered, that it was done to them, is what lets him see himself as someone wronged, and keeps him talking.]
    -> moved_on

=== not_weak ===
For a moment there is only his breathing on the line. #id:fc-031
"Thank you. I have not said it aloud to anyone. Timur does not talk about it at all." #id:fc-032 #speaker:rustam #mood:relieved
~ trust = trust + 1
-> conditions

=== moved_on ===
"Yes. Practical. Good." #id:fc-149 #speaker:rustam #mood:guarded
-> conditions

=== why_question ===
"I told you. I am weak. That is all." #id:fc-033 #speaker:rustam #mood:ashamed
His answers get shorter after that. Twice he says he should give the phone back to Ion. #id:fc-034
~ closed = true
-> conditions

=== conditions ===
You have a few minutes before Ion needs his phone back, and you still know almost nothing about how the men live and work. #id:fc-150
* [Ask about the work itself: how many hours a day and days a week, how much they were promised, and how much they have actually been paid so far. #id:fc-152 #score:identification+2 #std:ilo-2012 #std:who-2003-8 #feedback:Hours and wages are real indicators, and you learn that they work every day and have not been paid. But you did not ask whether they owe anything or what would happen if they left: that is where the control lies, and without it the case can look like a bad job.]
    -> conditions_work
* [Ask whether they are paid at all, whether anyone says they owe money and for what, and what would happen if they told the foreman they wanted to leave. #id:fc-151 #score:identification+4 #std:ilo-2012 #std:palermo-3a #feedback:Wages, debt and freedom to leave are the questions that show control: a debt that grows and threats against the family are what hold people who could climb a fence. Without them, the case can look like a bad job.]
    -> conditions_full
* [Ask whether he knew, when he signed up, that a tourist visa does not allow work in Spain: the Spanish police will ask him that, and better he hears it from you first. #id:fc-030 #score:identification-2 #score:protection-1 #std:palermo-3b #std:ohchr-p7 #feedback:Preparing him for the police sounds helpful, but the question treats him as an offender. His visa status does not change what was done to him: deception, force and taken passports are the means of trafficking, and a victim is not punished for an irregular status that trafficking caused. Ask about pay, debt and freedom to leave instead.]
    -> illegal_question

=== conditions_full ===
"Paid? At the end of the season, they say. Since we came, nothing. They give us food and write down what we eat." #id:fc-153 #speaker:rustam #mood:tired #indicator:withholding-wages
"The foreman says we owe for the flight, the bus, the beds and the food. Two thousand euros each now, and every week it is more." #id:fc-154 #speaker:rustam #mood:worried #indicator:debt-bondage
"If we leave before it is paid, he says, the police will take us because we have no passports, and the debt goes to our families. He knows where they live: the director at home has our addresses." #id:fc-155 #speaker:rustam #mood:afraid #indicator:intimidation-threats
~ asked_debt = true
-> passports

=== conditions_work ===
"From when it is light until it is dark. Every day, Sunday too." #id:fc-156 #speaker:rustam #mood:tired #indicator:excessive-overtime
"They promised eight hundred euros a month. Since we came, nothing. At the end of the season, they say." #id:fc-157 #speaker:rustam #mood:tired #indicator:withholding-wages
-> passports

=== illegal_question ===
"We did not know. The director said the permits would come." #id:fc-035 #speaker:rustam #mood:guarded
"So now you also think we are criminals." #id:fc-036 #speaker:rustam #mood:guarded
~ trust = trust - 1
-> passports

=== passports ===
"Tell me one thing. Should we ask the boss for our passports? Without passports we cannot go anywhere. You cannot help us without them, yes?" #id:fc-037 #speaker:rustam #mood:worried
* [Tell him to ask the foreman for the passports calmly, on his own and not as a group: one passport back would save weeks of identity checks with the capital. #id:fc-039 #score:protection-3 #score:procedure-1 #std:who-2003-1 #std:palermo-8 #feedback:Speed is a fair concern, but this sends him to ask the people who beat them the last time one of them objected, and it signals that he is planning to leave. A certificate of return does not depend on the passports the farm keeps: his identity can be confirmed from records at home.]
    -> ask_owner
* [Tell him not to ask anyone at the farm: the consulate can issue a certificate of return once his identity is confirmed from records at home. #id:fc-038 #score:identification+2 #score:procedure+2 #score:protection+1 #std:palermo-8 #std:coe-16 #std:ilo-2012 #feedback:The country of nationality issues travel documents without undue delay. Withheld passports are an indicator of forced labour to be recorded, not a condition for help, and asking the people who hold them only puts the men in danger.]
    -> no_passport_needed

=== no_passport_needed ===
"We can go without them? I thought a man without a passport does not exist here." #id:fc-040 #speaker:rustam #mood:relieved
You note the names, dates of birth and home addresses the men remember. Their identity can be checked against the records at home. #id:fc-041
-> location

=== ask_owner ===
"Timur argued with them on the first day, about the factory. That is when they beat us." #id:fc-042 #speaker:rustam #mood:afraid
"I will not ask them for anything. If you cannot help without passports, maybe nobody can." #id:fc-043 #speaker:rustam #mood:tired
~ trust = trust - 1
-> location

=== location ===
"Where are we? I do not know. Nobody told us the address. The bus drove maybe two hours from the airport." #id:fc-044 #speaker:rustam #mood:worried #indicator:unaware-of-address
"The crates have a name printed on them, a cooperative. There is a white church on the hill, and in the morning the trucks go to a town." #id:fc-047 #speaker:rustam #mood:calm
"Ion says the village down the road is called Valdeperales. He has heard the drivers say it." #id:fc-048 #speaker:rustam #mood:calm
"Timur is lying down. He says it is nothing. But he holds his side when he breathes." #id:fc-051 #speaker:rustam #mood:worried
You ask only what you need to know: can Timur walk, can he breathe. #id:fc-158
"He can walk. He breathes, only it hurts. It is not worse than yesterday." #id:fc-054 #speaker:rustam #mood:worried
-> police

=== police ===
"Ion needs his phone back in a few minutes." #id:fc-057 #speaker:rustam #mood:worried
Your head of section has been listening from the doorway. She speaks quietly while you cover the receiver. #id:fc-058 #enter:consul
"Tourist visas, no passports, working without permits. Report them to immigration, and they will be home within a week." #id:fc-059 #speaker:consul #mood:neutral
* [Follow your head of section: report them to the immigration office as three nationals working on tourist visas. Removal is paid by the state, it is quick, and it gets them off that farm within days without any need to testify. #id:fc-062 #score:procedure-3 #score:protection-3 #score:identification-1 #critical:detain-or-deport-unscreened #std:ohchr-p7 #std:coe-10 #std:seed-003-159 #feedback:Quick and free of testimony, but it turns possible victims into offenders: detained, removed with an entry ban, and never asked how they came to the farm, like the 120 people in the source who were sent home unscreened. A person with reasonable grounds to be a victim must not be removed before identification, and the traffickers stay free to carry on.]
    -> immigration_report
* [Tell him he will not be punished for the visa and has at least 30 days to recover under the Council of Europe Convention, and that you are passing his account to the anti-trafficking unit today: the farm can move the men at any moment. #id:fc-061 #score:identification+1 #score:procedure+1 #score:protection-1 #std:who-2003-6 #std:who-2003-7 #std:ohchr-p7 #std:coe-13 #feedback:The right unit, and he hears his rights: that is more than many officers do. But he asked you not to send the police, and he is on the line: once he knows his rights, the next step is to ask him, not to tell him what you have decided. Acting over his head costs his trust and often his cooperation.]
    -> forced
* [Tell him that Spain, as a party to the Council of Europe Convention, gives possible victims at least 30 days to recover and decide, and does not punish them for the visa; then ask if he agrees to a call to the anti-trafficking police. #id:fc-060 #score:procedure+3 #score:protection+1 #score:identification+1 #std:coe-13 #std:ohchr-p7 #std:coe-12 #std:who-2003-6 #feedback:His fear of removal is the real obstacle. The at least 30 days of recovery and reflection are a rule of the Council of Europe Convention (art. 13), to which Spain is a party, and a victim is not punished for the visa; only with that information can he give informed consent, and asking him keeps the decision his.]
    -> consent_asked

=== consent_asked ===
{ closed: -> declines }
{ trust <= -3: -> declines }
"So the visa is not a crime, if we were brought like this? And we do not have to talk to anyone, if we do not want?" #id:fc-063 #speaker:rustam #mood:guarded
"I must ask Timur and Aziz. I will call you tomorrow." #id:fc-064 #speaker:rustam #mood:worried
~ consent = true
-> night

=== declines ===
"I hear you. But we will not go to the police. Not now." #id:fc-068 #speaker:rustam #mood:guarded
"We will manage ourselves. Ion has a cousin with a car." #id:fc-069 #speaker:rustam #mood:guarded
The line goes dead before you can say anything more. #id:fc-070 #leave:rustam
-> own_way_call

=== night ===
The duty phone wakes you at twenty to two in the night. It is Ion's number. #id:fc-159 #sfx:phone-ring #leave:colleague #leave:consul
"Timur is worse. He cannot get his breath, he is cold and wet with sweat, and he does not answer properly when we talk to him." #id:fc-160 #speaker:rustam #mood:afraid #situation
"The foreman saw him this evening. He said that if a doctor or the police come here, all three of us will be sorry." #id:fc-161 #speaker:rustam #mood:afraid #indicator:intimidation-threats
"Please, do not send anyone. Not at night. Tell me what to do until the morning, and then we decide, like we said." #id:fc-162 #speaker:rustam #mood:afraid
* [Respect the decision he has made: he knows the foreman and the risk to all three better than you. Tell him to keep Timur sitting up and warm, and to call again at six, or sooner if he gets worse. #id:fc-165 #score:protection-3 #score:procedure-1 #std:who-2003-9 #std:who-2003-1 #std:coe-12 #feedback:Respecting his assessment is usually right, and he does know the foreman. But a man who cannot breathe and no longer answers properly is in imminent danger, and no instruction over the phone treats that. Here you act (WHO rec. 9): call the ambulance and the police unit, and tell him honestly what you are doing and why.]
    -> night_waited
* [Tell him you are calling 112 for an ambulance and the anti-trafficking unit now, because Timur may not live until morning; say what you will tell them, and stay on the line. #id:fc-163 #score:protection+2 #score:procedure+2 #std:who-2003-9 #std:coe-12 #std:who-2003-1 #feedback:Breathless, cold and confused after a beating is an emergency, and the foreman has just threatened them: this is the imminent danger in which you act (WHO rec. 9) even against his wish. Telling him honestly what you are doing and why, and asking the police unit to come with the ambulance so the others are not left with the foreman, is what keeps his trust.]
    -> night_help
* [Tell him Timur needs an ambulance now and urge him to agree to it; the moment he says yes you call 112, and you stay on the line with him until he does. #id:fc-164 #score:protection+1 #std:who-2003-9 #std:who-2003-7 #feedback:You saw the danger and you kept him on the line, which matters. But this is the moment when respecting his wish is not enough: with Timur breathless and confused, every minute spent persuading is a minute lost. In imminent danger you call, and tell him honestly that you are calling and why (WHO rec. 9).]
    -> night_persuaded

=== night_help ===
You tell Rustam what you are doing while you do it: the ambulance first, then the duty officer of the anti-trafficking unit, who sends a car with it. He does not hang up. #id:fc-166
"You did not ask me." #id:fc-167 #speaker:rustam #mood:angry
At half past two an ambulance and an unmarked police car stop by the white church below the farm. Aziz and Ion help Timur down to the road. #id:fc-168 #scene:farm-road #ambient:countryside #enter:guardia #enter:timur #enter:rustam
"You are Rustam? Good. Nobody is arresting anyone. First a doctor, then somewhere to sleep." #id:fc-085 #speaker:guardia #mood:calm
"I thought I would be happy. I am only tired." #id:fc-086 #speaker:rustam #mood:tired
In the morning Rustam calls you from the police station in town. #id:fc-169 #scene:consulate-office #ambient:office #sfx:phone-ring #phone:rustam
"They say a broken rib damaged his lung, and a few hours more would have been too late. You did not ask me. But you told me what you were doing, and why. We will talk to your special police. Our way." #id:fc-170 #speaker:rustam #mood:tired
~ emergency = true
-> shelter

=== night_persuaded ===
For twenty minutes you plead and he refuses. Then Aziz takes the phone: "Call. Call now." #id:fc-171
At ten past three an ambulance stops by the white church below the farm and takes Timur. In the morning the anti-trafficking unit comes for Rustam, Aziz and Ion, at their request. #id:fc-172 #scene:farm-road #ambient:countryside #enter:guardia #enter:rustam
"He is in surgery. A broken rib damaged the lung. The doctor says another hour and it would have been too late." #id:fc-173 #speaker:guardia #mood:neutral
~ emergency = true
-> shelter

=== night_waited ===
At six nobody calls. At nine it is Ion, in broken Russian, from a phone in the village. #id:fc-174 #sfx:phone-ring #leave:rustam
At dawn Timur collapsed. The foreman drove him to the hospital in town and left him at the door, and Rustam and Aziz are locked in the house. #id:fc-175 #indicator:restriction-of-movement
Now you call the ambulance service, the hospital and the anti-trafficking unit, one after another. #id:fc-176
By evening the unit has brought Rustam and Aziz out of the farm. Timur is in surgery: a broken rib has damaged his lung. Rustam does not take your calls. #id:fc-195
~ waited = true
-> journalist

=== own_way_call ===
~ own_way = true
Two days later an unknown number calls. It is Rustam, at a bus station in a city: they left at night, with Ion's cousin and his car. #id:fc-075 #scene:consulate-office #ambient:office #sfx:phone-ring #phone:rustam
"We are out. We do not want police, no shelter, nothing. We only want papers to go home." #id:fc-076 #speaker:rustam #mood:tired
* [Tell him the certificates will be ready without conditions, and give him the number of the free 24-hour hotline for Russian-speaking victims abroad, which can also put him in touch with the police. #id:fc-177 #score:protection+1 #std:coe-16 #std:who-2003-3 #std:seed-001-402 #feedback:Documents without conditions: right. But the hotline in the source takes calls only from Russia, the Netherlands, Belgium, Germany, Switzerland and the United States, not from Spain, and not from their home country. Referral information has to be checked before you give it: your direct line and an NGO in Spain would have worked.]
    -> own_way_hotline
* [Tell him the certificates will be ready without conditions, and give him your direct line and the number of the Spanish NGO the police unit works with, in case they ever want help. #id:fc-077 #score:protection+2 #score:procedure+1 #std:coe-12 #std:coe-16 #std:who-2003-3 #std:who-2003-7 #feedback:Travel documents are issued without conditions, and assistance does not depend on cooperating with the police. Respecting his decision while leaving a door open that works from where he is (your direct line, an NGO in Spain) is what keeps him reachable.]
    -> own_way_kept
* [Tell him you can issue the certificates once they have reported what happened to the police: without a report, the consulate has no record of why three citizens have no passports. #id:fc-078 #score:protection-2 #score:procedure-2 #std:coe-12 #std:coe-16 #feedback:The record is a real administrative worry, but making travel documents conditional on a police report breaks the rule that assistance does not depend on cooperation, and makes the consulate one more party that sets terms for them. Record the withheld passports yourself, issue the documents, and keep the door open.]
    -> own_way_lost

=== own_way_kept ===
"Tuesday, then. The three of us." #id:fc-079 #speaker:rustam #mood:relieved
On Tuesday the three men come to the consulate for their certificates of return. They leave with your direct line and the NGO's number folded into a bus ticket. #id:fc-080 #sfx:stamp #enter:rustam #enter:timur
~ own_way_open = true
-> journalist

=== own_way_hotline ===
"Tuesday, then. The three of us." #id:fc-178 #speaker:rustam #mood:relieved
On Tuesday the three men come to the consulate for their certificates of return. They leave with the hotline number folded into a bus ticket. #id:fc-179 #sfx:stamp #enter:rustam #enter:timur
~ own_way_open = true
~ hotline_only = true
-> journalist

=== own_way_lost ===
"Then we will find another way." #id:fc-081 #speaker:rustam #mood:angry
They do not come. The number Rustam called from is switched off. #id:fc-082 #leave:rustam
-> journalist

=== forced ===
"No, please. You do not understand what they will do." #id:fc-071 #speaker:rustam #mood:afraid
{ closed: -> forced_gone }
{ trust <= -3: -> forced_gone }
"Then do what you must. I cannot stop you." #id:fc-072 #speaker:rustam #mood:angry
He hangs up. #id:fc-073 #leave:rustam
~ raid = true
-> raid_pickup

=== forced_gone ===
He hangs up. When the anti-trafficking unit reaches the farm two days later, the three men are gone. #id:fc-074 #leave:rustam
-> own_way_call

=== raid_pickup ===
The anti-trafficking unit goes in at six the next morning, with labour inspectors. Fourteen workers are on the farm, your three men among them. #id:fc-087 #scene:farm-road #ambient:countryside #enter:guardia #enter:rustam #enter:timur
"They were frightened. One of them tried to run. Everyone is safe now, and the foreman is in custody." #id:fc-088 #speaker:guardia #mood:neutral
"Who called them? We said no police." #id:fc-089 #speaker:timur #mood:angry
-> shelter

=== shelter ===
{ emergency:
    The NGO shelter is a flat above a bakery. Timur joins the others there after five days in hospital, with orders to rest. #id:fc-180 #scene:shelter-room #ambient:quiet #enter:rustam #enter:timur
- else:
    The NGO shelter is a flat above a bakery. Timur has seen a doctor: cracked ribs, rest and painkillers. #id:fc-090 #scene:shelter-room #ambient:quiet #enter:rustam #enter:timur
}
"The farm owner says these three came as seasonal workers, agreed to the work and were free to go. To open a trafficking case and not a labour dispute, I need more than a hard job and a fence." #id:fc-181 #speaker:guardia #mood:neutral #enter:guardia
* [Set out how they were controlled, not only how they worked: a job that was a lie, passports taken on arrival, Timur beaten for objecting. Agreeing to come does not count once they were deceived. #id:fc-182 #score:identification+3 #score:procedure+1 #std:palermo-3a #std:palermo-3b #std:coe-10 #feedback:Act, means and purpose: recruited by deception, documents taken, force used against the one who objected, labour extracted. Once such means are used, their agreement to come is irrelevant (Palermo art. 3(b)), and the men are entitled to be identified as victims, with everything that follows.]
    -> identified
* [Give her the beating: that is a crime whatever the men agreed to, and an assault complaint needs no argument about trafficking, so the foreman can be charged this week and kept away from them. #id:fc-183 #score:identification+1 #std:palermo-3a #std:coe-10 #feedback:True, and a charge this week is worth something. But as an assault case the men are witnesses, not identified victims: no reflection period, no protection from removal, and the recruiter at home is out of the picture. The deception, the taken passports and the control are what make it trafficking, and their agreement to come does not change that.]
    -> assault_only

=== identified ===
{ asked_debt:
    "A debt that grows every week, and threats against the families at home. That is debt bondage, not a labour dispute. Thank you." #id:fc-184 #speaker:guardia #mood:calm
- else:
    "The deception and the passports, yes. Did they say anything about money, about owing? I will have to ask them myself." #id:fc-185 #speaker:guardia #mood:neutral
}
-> statements

=== assault_only ===
"An assault I can open today. For trafficking I will have to ask them everything again myself." #id:fc-186 #speaker:guardia #mood:neutral
-> statements

=== statements ===
"I need their statements today, while the memory is fresh. The farm owner's lawyer will be quick." #id:fc-091 #speaker:guardia #mood:neutral
* [Ask Rustam to give his statement today after all, with the NGO caseworker beside him: the owner's lawyer will move fast, other workers are still on that farm, and a statement taken while the details are fresh carries the most weight with a prosecutor. #id:fc-093 #score:protection-2 #score:procedure-1 #std:coe-13 #std:who-2003-6 #std:seed-003-235 #feedback:Every reason is real, and the caseworker helps, but none of the reasons is his. A statement pressed out of an exhausted man on his first days out is thin, and pressure of this kind is what makes victims withdraw from cases. Under the Council of Europe Convention (art. 13), which Spain applies, he has at least 30 days to decide.]
    -> statement_pushed
* [Tell her each man has at least 30 days, under the Council of Europe Convention that Spain has ratified, to rest, see the NGO lawyer and decide whether and when to give a statement. #id:fc-092 #score:protection+2 #score:procedure+2 #std:coe-13 #std:coe-12 #std:who-2003-6 #feedback:The recovery and reflection period of at least 30 days is a rule of the Council of Europe Convention (art. 13), to which Spain is a party: it exists so that victims can recover and take an informed decision about cooperating. A statement given freely, in their own time, is also worth more to the case.]
    -> reflection_given

=== reflection_given ===
"Fine. Here is my card. When they are ready, not before." #id:fc-094 #speaker:guardia #mood:calm
"I want to tell them now. Today. I want those men to answer for it." #id:fc-095 #speaker:timur #mood:angry
"Not me. First I want to sleep. Then I will decide." #id:fc-096 #speaker:rustam #mood:tired
~ reflection = true
-> journalist

=== statement_pushed ===
Rustam gives a statement that afternoon. He answers in short sentences, looking at the table, and twice asks whether they can stop. #id:fc-097
"I told them. Now leave me alone, please." #id:fc-098 #speaker:rustam #mood:tired
~ pushed = true
-> journalist

=== immigration_report ===
You call the immigration office. By evening, immigration officers have been to the farm. #id:fc-099 #scene:farm-road #ambient:countryside #leave:rustam
The three men are detained for irregular stay and taken to a detention centre for foreigners. Nobody asks them how they came to be on the farm. #id:fc-100 #epilogue
The farm owner tells the officers he has never seen these men before. Nobody asks him anything either. #id:fc-101 #epilogue
~ immigration = true
The next morning Rustam calls from the detention centre. #id:fc-102 #scene:consulate-office #ambient:office #sfx:phone-ring #phone:rustam
"You said you would help. They say we fly on Monday, with a ban on coming back." #id:fc-103 #speaker:rustam #mood:angry
"Prepare three certificates of return for Monday. Then it is done." #id:fc-104 #speaker:consul #mood:neutral #enter:consul
* [Call the police anti-trafficking unit at once, pass on everything Rustam told you about the farm and the recruiter, and ask that all three men be interviewed as possible victims, with an NGO present, before anyone is removed. #id:fc-105 #score:identification+2 #score:procedure+1 #score:protection-1 #std:coe-10 #std:ohchr-g2 #std:who-2003-6 #feedback:The right request to the right unit, and it stops the removal. But Rustam is on the line and you passed on his account without asking him: informed consent (WHO rec. 6) applies to what he told you in confidence too. Explain what screening means and ask him first.]
    -> screening
* [Prepare the three certificates of return for Monday: the removal order has been made, and without documents the men would only stay longer in detention. #id:fc-106 #score:procedure-2 #score:protection-2 #score:identification-1 #critical:detain-or-deport-unscreened #std:coe-10 #std:palermo-8 #std:seed-003-159 #feedback:Shortening their detention is a humane motive, but issuing documents for the removal completes the expulsion of unscreened victims, as with the 120 people in the source. The consulate knows the indicators and could still ask for identification before anyone is put on a plane.]
    -> deport_papers
* [Tell Rustam what you could ask for: an interview with the anti-trafficking unit, with an NGO present, and no removal while it lasts; then ask whether he agrees that you pass on what he told you. #id:fc-187 #score:identification+2 #score:procedure+2 #score:protection+1 #std:coe-10 #std:ohchr-g2 #std:who-2003-6 #feedback:It is late, but not too late: a person with reasonable grounds to be a victim is not removed until identification is complete, and the consulate can ask for that screening. He is on the line, so he decides whether his account is passed on; after weeks in which others decided for him, being asked matters.]
    -> screening_asked

=== screening_asked ===
"Yes. Tell them. All of it. Only not where our families live." #id:fc-188 #speaker:rustam #mood:tired
~ screen_consent = true
-> screening

=== screening ===
The unit's officer listens, asks for the name of the village, and calls you back within the hour: the removal is suspended. #id:fc-107 #leave:rustam #phone:guardia
"We will interview them tomorrow, with an NGO present. If you are right, they go to a shelter, not on a plane." #id:fc-108 #speaker:guardia #mood:calm
~ screened = true
Three days later the men are moved from the detention centre to an NGO shelter. #id:fc-109 #scene:shelter-room #ambient:quiet #leave:guardia #enter:rustam #enter:timur
{ screen_consent:
    "Three days in a cell, for what was done to us. But you asked me before you told them. Maybe I will talk to them. Not yet." #id:fc-189 #speaker:rustam #mood:tired
- else:
    "Three days in a cell, for what was done to us. And you told them everything without asking me. I will not talk to any police again." #id:fc-110 #speaker:rustam #mood:angry
}
-> journalist

=== deport_papers ===
You prepare three certificates of return for Monday's flight. #id:fc-111 #sfx:stamp
"So this is the help." #id:fc-112 #speaker:rustam #mood:angry
-> journalist

=== journalist ===
Later that week, your colleague puts a call through. #id:fc-113 #scene:consulate-office #ambient:office #sfx:phone-ring #leave:rustam #enter:colleague
"A journalist from home. She has heard that men from our region were found on a farm in Spain. She wants names and home towns, so that families can be warned, she says." #id:fc-114 #speaker:colleague #mood:worried
* [Confirm nothing about anyone: no names, towns or photographs. Offer her the warning signs of false job offers abroad, and the consulate's number for families who are worried about someone. #id:fc-115 #score:protection+2 #score:procedure+1 #std:coe-11 #std:who-2003-5 #std:seed-003-235 #feedback:Victims' identity is protected from the media. A warning to other families needs the warning signs and a number that works, not the names of these men; even confirming the case can identify them in a small town.]
    -> journalist_declined
* [Give her the first names and the home town only, no surnames or photographs: families from that town are the ones most at risk from the same recruiter. #id:fc-116 #score:protection-3 #critical:expose-identity #std:coe-11 #std:who-2003-5 #std:seed-003-235 #feedback:Warning the town is a good aim, but in a small town first names identify people. Names in the press expose the men to stigma at home and to the traffickers' reach, and in the source, media attempts to reveal victims' identity are one reason victims stop cooperating. Give the warning signs, not the men.]
    -> journalist_told

=== journalist_declined ===
The journalist is not pleased, but she takes the warning signs and the consulate's number, and her piece names no one. #id:fc-117
{ immigration and not screened: -> wife }
{ own_way: -> wife }
{ waited: -> wife }
-> plan

=== journalist_told ===
Two days later the piece runs at home, with their first names and the name of the town. Rustam's wife reads it on her phone before he has said a word to her. #id:fc-118 #epilogue
-> end_exposed

=== plan ===
The NGO caseworker sits with the men at the kitchen table. #id:fc-119 #scene:shelter-room #ambient:quiet #enter:ngo-worker #enter:rustam #enter:timur
"IOM can pay for the journey home and a reintegration programme there: a doctor, counselling, a small grant or a course. All of it voluntary; you can say no to any part." #id:fc-120 #speaker:ngo-worker #mood:calm
"I want to go home. To my mother. As soon as possible." #id:fc-121 #speaker:timur #mood:tired
"I do not want to go home with empty hands and tell everyone I was a slave. I want to stay and work properly, with papers. Is that possible?" #id:fc-122 #speaker:rustam #mood:guarded
Your head of section has joined by phone, and she has a view. #id:fc-123 #phone:consul
"One flight for all three, one file, next week. That is what we can manage." #id:fc-124 #speaker:consul #mood:neutral
* [Put one plan to all three and ask whether they agree: flying home together is safer, one file moves faster through IOM, and Rustam can try to work abroad legally from home. #id:fc-126 #score:procedure-2 #score:protection-1 #std:seed-001-456 #std:coe-16 #feedback:Each reason sounds sensible, and you do ask them. But a yes to a plan already made is not a choice: the plan decides for the men, which is what the recruiter did. Participation is voluntary and each person's needs define the decisions: Timur wants to go, Rustam wants to stay and try, and each plan can be supported.]
    -> one_flight
* [Support each man's own plan: a certificate of return and reintegration help for Timur; for Rustam, time in the shelter and the NGO lawyer's advice on staying to work legally. #id:fc-125 #score:procedure+2 #score:protection+1 #std:seed-001-456 #std:coe-16 #std:palermo-8 #feedback:Return should be voluntary, and reintegration follows an individual plan built on each person's needs. Different men, different plans; the consulate issues documents when each person chooses to go.]
    -> own_plans

=== own_plans ===
The caseworker writes a plan for each man, not one for all three. Timur's certificate of return is ready on Thursday. #id:fc-127 #sfx:stamp
"And if I stay, I stay as a worker, not as a victim. You will help with the papers?" #id:fc-128 #speaker:rustam #mood:calm
"We will look at it with our lawyer. I can't promise the result, but you won't do it alone." #id:fc-129 #speaker:ngo-worker #mood:calm
-> wife

=== one_flight ===
"You also decide for us? Like the director did?" #id:fc-130 #speaker:rustam #mood:angry
Timur flies home on Thursday. Rustam says he will think about it, and after that answers the caseworker only with yes and no. #id:fc-131 #sfx:stamp #leave:timur
~ pressured = true
-> wife

=== wife ===
Your head of section stops at your desk. #id:fc-132 #scene:consulate-office #ambient:office #enter:consul
{ immigration and not screened:
    "Rustam's wife has called the ministry twice. She has heard nothing from him, and on Monday he will be put on a plane home. I think we should tell her before he lands; a family's support matters." #id:fc-145 #speaker:consul #mood:neutral
- else:
    "Rustam's wife has called the ministry twice. She has not heard from him in three weeks. I think we should tell her; a family's support matters." #id:fc-133 #speaker:consul #mood:neutral
}
* [Tell your head of section that nothing about Rustam can be shared without his consent, and ask Rustam whether, when and how he wants to reach his wife himself. #id:fc-134 #score:protection+2 #score:procedure+1 #std:who-2003-5 #std:seed-001-456 #std:coe-11 #feedback:Confidentiality covers the family too: he said his wife must not hear it like this. He decides what she is told and when; even the news that he is safe is passed on only with his agreement.]
    -> wife_waits
* [Call the wife yourself and tell her, gently and without details, that he is alive and safe and is being helped: she has called the ministry twice, and a family that knows can support him when he is home. #id:fc-135 #score:protection-3 #score:procedure-2 #critical:expose-identity #std:who-2003-5 #std:who-2003-6 #std:coe-11 #feedback:Kindly meant, and family support does matter. But telling the family without his consent breaks confidentiality and skips the consent procedure (WHO rec. 6): it takes from him the one thing he asked to keep, the right to tell his own story in his own time. Ask Rustam first, and let him decide.]
    -> wife_told

=== wife_waits ===
{ waited: -> wife_refused }
{ own_way and not own_way_open: -> wife_unreachable }
{ immigration and not screened:
    "I will tell her myself, at home, when I see her. Not on the phone from here." #id:fc-146 #speaker:rustam #mood:ashamed #phone:rustam
- else:
    "I will call her myself. When I know what I will do. Then I tell her." #id:fc-136 #speaker:rustam #mood:calm #phone:rustam
}
-> endings

=== wife_unreachable ===
Rustam's number is switched off, so you cannot ask him. You tell the ministry only that the consulate cannot share information about anyone without that person's consent. #id:fc-137
-> endings

=== wife_refused ===
Rustam does not take your calls, so you cannot ask him. You tell the ministry only that the consulate cannot share information about anyone without that person's consent. #id:fc-196
-> endings

=== wife_told ===
You call the wife. You choose your words gently, but within the hour she is calling Rustam's mother, and by evening half the street knows. #id:fc-138 #epilogue
-> end_exposed

=== endings ===
{ waited: -> end_waited }
{ immigration and not screened: -> end_deported }
{ immigration: -> end_identified_late }
{ own_way: -> end_went_alone }
{ consent and reflection and not pressured: -> end_own_choices }
-> end_out_silent

=== end_own_choices ===
Timur goes home on a certificate of return, with a reintegration plan he helped to write and his statement on file. Rustam stays for the reflection period, works on his papers with the NGO lawyer and, three weeks later, calls the police unit himself to give evidence. What his wife hears, she hears from him. #id:fc-139 #ending:own-choices #leave:rustam
-> END

=== end_out_silent ===
The men are out of the farm and safe. But the help came on someone else's terms, and Rustam withdraws from the case: he will not give any further evidence or go to court, and the inquiry into the farm and the recruiter at home stalls. That is his right. #id:fc-140 #ending:out-but-silent #leave:rustam
-> END

=== end_went_alone ===
{ hotline_only: -> end_went_alone_hotline }
{ own_way_open: -> end_went_alone_open }
The men got out by their own plan and on their own terms, but they are still without papers: no passports, and no certificates of return, because the consulate asked for a police report first. Nobody identified them as victims, the farm and the director at home are not investigated, and nobody knows where they are now. #id:fc-147 #ending:went-alone
-> END

=== end_went_alone_hotline ===
The men got out by their own plan and on their own terms. The only number they carry is a hotline that does not take calls from Spain or from home. Nobody identified them as victims, the farm and the director at home are not investigated, and whether they get help depends on whether they ever call the consulate again. #id:fc-190 #ending:went-alone #leave:rustam
-> END

=== end_went_alone_open ===
The men got out by their own plan and on their own terms. Nobody identified them as victims, the farm and the director at home are not investigated, and whether they get any help depends on whether they ever call again. #id:fc-141 #ending:went-alone #leave:rustam
-> END

=== end_deported ===
On Monday the three men are put on a plane as irregular migrants, with a ban on returning. Nobody asked how they came to be on the farm; the farm and the director at home are untouched, and the next group may already be on its way. #id:fc-142 #ending:deported-unscreened #leave:rustam
-> END

=== end_identified_late ===
{ screen_consent:
    The unit identifies the men as victims and the removal is cancelled. Three days in detention have done their damage and Rustam is not ready to give evidence, but he has the unit's card, a lawyer, and time; the decision is still his. #id:fc-192 #ending:identified-late #leave:rustam
- else:
    The unit identifies the men as victims and the removal is cancelled, but three days in detention have done their damage: Rustam refuses to give evidence, and the case against the farm and the recruiter rests on what the police can find without the men. #id:fc-143 #ending:identified-late #leave:rustam
}
-> END

=== end_waited ===
Timur survives the operation, and Rustam and Aziz are out of the farm. But Rustam will not speak to the consulate again: you knew how bad it was, and you waited because he asked you to. Whether he will ever give evidence, nobody knows. #id:fc-193 #ending:waited-too-long
-> END

=== end_exposed ===
Rustam's name travelled further than he did. His family heard it from someone else, and the men refuse any further contact with the consulate, the NGO or the police. Whatever was done well before this, the case ends here. #id:fc-144 #ending:identity-exposed
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/farm-call.md, reworded to fit the decision they are asked at.
Rustam calls himself "a weak personality". What would you say to him, and how might different answers change the call? Is this different with male victims, and why? #id:fc-q01 #discuss:fc-028
Which questions would show you whether this is forced labour and not just a bad job? #id:fc-q02 #discuss:fc-151
He begged you not to send the police, and your head of section wants a quick answer. Which of his fears are justified? What would each way forward mean for the three men? #id:fc-q03 #discuss:fc-060
In the night he asks again not to send anyone. What has changed since the afternoon, and what has not? How could you keep his trust, whatever you decide? #id:fc-q04 #discuss:fc-163
Timur may want to testify at once, and Rustam to sleep first. How does the reflection period serve both? #id:fc-q05 #discuss:end
Which indicators did you note during the call, and which did you notice only in the debrief? #id:fc-q06 #discuss:end
-> END
