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
// Source case: 003 lines 68-70. Consequences: 003 line 159 (unscreened deportation),
// 003 lines 235-237 (media exposure, victims withdrawing), 001 lines 400-410 (hotline),
// 001 lines 452-463 (IOM reintegration principles). See docs/scenarios/farm-call.md.

// Trust goes down with every step that ignores Rustam's pace; at -3 or below he stops trusting the consulate.
VAR trust = 0
// Set by a why-question about not leaving or fighting back: Rustam closes down.
VAR closed = false
// Rustam and the others agreed to the police unit on their own terms.
VAR consent = false
// The police went in without their consent.
VAR raid = false
// The men left the farm on their own.
VAR own_way = false
// Stayed in touch after leaving on their own (documents offered without conditions).
VAR own_way_open = false
// Reported to immigration; screened later only if the trainee asked for it.
VAR immigration = false
VAR screened = false
// Statement left to the men's own time (recovery and reflection period).
VAR reflection = false
// A statement pressed out of Rustam.
VAR pushed = false
// One return plan imposed on everyone.
VAR pressured = false

-> opening

=== opening ===
It is late on a Thursday afternoon, and the consular section is emptying out when the phone on your desk rings. #id:fc-001 #scene:consulate-office #ambient:office #sfx:phone-ring
"A man on line two. He speaks Russian, says he is one of ours. He sounds frightened. Will you take it?" #id:fc-002 #speaker:colleague #mood:worried
"Hello? Is this the consulate? My name is Rustam. I am calling from a phone that is not mine." #id:fc-003 #speaker:rustam #mood:afraid
"There are three of us from home: my friends Timur and Aziz, and me. We are on a farm, picking fruit. There is a high fence, and the gate is locked at night." #id:fc-004 #speaker:rustam #mood:afraid #indicator:restriction-of-movement
"At the airport they took our passports, to arrange the work permits, they said. They promised to bring them to the new place the next day. We never saw them again." #id:fc-005 #speaker:rustam #mood:worried #indicator:retention-of-documents
"Please, do not send the police. We came on tourist visas. They will put us on a plane in handcuffs." #id:fc-006 #speaker:rustam #mood:afraid #indicator:fears-authorities
* [Ask first whether he can talk safely right now, and agree what to do if someone comes: a phrase that means he must hang up, and whether you may ever call this number back. #id:fc-007 #score:protection+2 #score:procedure+1 #std:who-2003-1 #std:who-2003-9 #feedback:On a borrowed phone inside the farm, the call itself is a risk. Checking safety first and agreeing a stop phrase and a callback rule protects him and keeps the line open for the next call.]
    -> safety
* [Ask for his full name, date of birth, passport number and the whole story from the beginning, so that you can open a file. #id:fc-008 #score:protection-2 #std:who-2003-1 #std:who-2003-2 #feedback:Pressing for a full statement before you know whether he can talk safely puts him at risk and loses the call. Safety and a way to stay in contact come first, details later.]
    -> call_lost
* [Tell him to hang up and dial 112, so the Spanish police can come and get them out. #id:fc-009 #score:protection-1 #score:procedure-1 #std:who-2003-7 #std:who-2003-6 #feedback:He has just told you he fears the police, and sending him to them before he knows his rights ignores his own assessment of the risk. He will not make that call, so check first that he can talk safely and keep the line open.]
    -> call_112

=== safety ===
"Yes. Now it is safe. They are eating in the other house. The phone belongs to Ion, a man from Moldova who has been here longer. He is watching the door for me." #id:fc-010 #speaker:rustam #mood:guarded
"If I say that the melons are ripe, it means someone is coming and I must stop. Please do not call this number back. I will call you from it when I can." #id:fc-011 #speaker:rustam #mood:calm
You write the phrase on your pad. He has been thinking about this call for days. He has a plan of his own, and he wants to hear whether you will respect it. #id:fc-012
-> account

=== call_lost ===
"Rustam... the date of birth, yes... the passport number I do not remember, they have the passport." #id:fc-013 #speaker:rustam #mood:afraid
A voice in Spanish somewhere behind him, then a whisper: "Someone is coming." The line goes dead. #id:fc-014
"Don't ring that number back. If the wrong person answers, it is the man who lent him the phone who pays for it." #id:fc-015 #speaker:colleague #mood:worried
Forty minutes later the same number calls again. Rustam is whispering now, faster, and he gives nothing he is not asked for. #id:fc-016 #sfx:phone-ring
~ trust = trust - 1
-> account

=== call_112 ===
"No. The police will see tourist visas and no passports, and they will think we are criminals." #id:fc-017 #speaker:rustam #mood:afraid #indicator:fears-authorities
"Timur argued once, and they beat us for it. If the police come and go, we stay here with those men." #id:fc-018 #speaker:rustam #mood:afraid #indicator:intimidation-threats
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
* [Tell him he did nothing wrong: they were deceived and outnumbered, and finding a safe way to call for help took courage. #id:fc-028 #score:protection+2 #score:identification+1 #std:who-2003-8 #std:seed-001-456 #std:palermo-3a #feedback:A non-judgmental answer to his shame keeps him talking, and naming the deception and the force shows him that what happened is a crime done to him, not a failure of his.]
    -> not_weak
* [Ask him why they did not just leave, or fight back, when they saw the fence. #id:fc-029 #score:protection-3 #std:who-2003-8 #std:seed-003-68 #feedback:A why-question repeats the blame he already puts on himself, and he closes down. Eight men against three, a fence and no passports already answer it, so acknowledge that instead of asking.]
    -> why_question
* [Ask whether he understood that working in Spain on a tourist visa was against the law. #id:fc-030 #score:identification-2 #score:protection-1 #std:palermo-3b #std:ohchr-p7 #feedback:His visa status does not change what was done to him: deception, force and taken passports are the means of trafficking, and a victim is not punished for irregular status that trafficking caused. Respond to his shame without judgement instead of questioning his choices.]
    -> illegal_question

=== not_weak ===
For a moment there is only his breathing on the line. #id:fc-031
"Thank you. I have not said it aloud to anyone. Timur does not talk about it at all." #id:fc-032 #speaker:rustam #mood:relieved
~ trust = trust + 1
-> passports

=== why_question ===
"I told you. I am weak. That is all." #id:fc-033 #speaker:rustam #mood:ashamed
His answers get shorter after that. Twice he says he should give the phone back to Ion. #id:fc-034
~ closed = true
-> passports

=== illegal_question ===
"We did not know. The director said the permits would come." #id:fc-035 #speaker:rustam #mood:guarded
"So now you also think we are criminals." #id:fc-036 #speaker:rustam #mood:guarded
~ trust = trust - 1
-> passports

=== passports ===
"Tell me one thing. Should we ask the boss for our passports? Without passports we cannot go anywhere. You cannot help us without them, yes?" #id:fc-037 #speaker:rustam #mood:worried
* [Tell him not to ask anyone at the farm for the passports: the consulate can issue a certificate of return once his identity is checked by other means, and the passports will be recorded as withheld. #id:fc-038 #score:procedure+2 #score:protection+1 #score:identification+1 #std:palermo-8 #std:coe-16 #std:ilo-2012 #feedback:The country of nationality issues travel documents without undue delay. Withheld passports are an indicator of forced labour, not a condition for help, and asking the controllers for them only puts the men in danger.]
    -> no_passport_needed
* [Tell him to ask the farm owner politely for the passports first, because without them you cannot issue anything. #id:fc-039 #score:protection-3 #score:procedure-2 #critical:return-to-controller #std:who-2003-1 #std:palermo-8 #feedback:Sending him back to the people who hold the passports exposes him to the same violence that followed the first complaint. A certificate of return does not depend on the passports the traffickers keep.]
    -> ask_owner

=== no_passport_needed ===
"We can go without them? I thought a man without a passport does not exist here." #id:fc-040 #speaker:rustam #mood:relieved
You note the names, dates of birth and home addresses the men remember. Their identity can be checked against the records at home. #id:fc-041
-> location

=== ask_owner ===
"Timur asked, on the first day: for the passports, and about the factory. That is when they beat us." #id:fc-042 #speaker:rustam #mood:afraid
"I will not ask again. If you cannot help without passports, maybe nobody can." #id:fc-043 #speaker:rustam #mood:tired
~ trust = trust - 1
-> location

=== location ===
"Where are we? I do not know. Nobody told us the address. The bus drove maybe two hours from the airport." #id:fc-044 #speaker:rustam #mood:worried #indicator:unaware-of-address
* [Ask what he can see and hear without taking any risk: names on crates or trucks, a church, the road the bus came on, and whether Ion knows the name of the village. #id:fc-045 #score:identification+1 #score:procedure+1 #std:unodc-indicators #std:who-2003-2 #feedback:Victims often do not know their address. Landmarks he can give without moving are often enough for the police unit to find the farm, and giving them puts him at no risk.]
    -> landmarks
* [Ask him to slip out to the road tonight and read the nearest road sign. #id:fc-046 #score:protection-2 #std:who-2003-1 #std:who-2003-7 #feedback:This asks him to take a risk he knows better than you do. Ask for what he can observe safely, and respect his judgement when he says no.]
    -> road_sign

=== landmarks ===
"The crates have a name printed on them, a cooperative. There is a white church on the hill, and in the morning the trucks go to a town." #id:fc-047 #speaker:rustam #mood:calm
"Ion says the village down the road is called Valdeperales. He has heard the drivers say it." #id:fc-048 #speaker:rustam #mood:calm
-> injuries

=== road_sign ===
"No. At night the gate is locked and there are dogs. I will not do that." #id:fc-049 #speaker:rustam #mood:guarded
"Ion knows the village, he has heard the drivers say it: Valdeperales. There is a white church on the hill, and the crates have the name of a cooperative. That is enough, yes?" #id:fc-050 #speaker:rustam #mood:guarded
-> injuries

=== injuries ===
"Timur is lying down. He says it is nothing. But he holds his side when he breathes." #id:fc-051 #speaker:rustam #mood:worried
* [Ask only what you need to judge the danger (can Timur breathe and walk, is it getting worse?), and agree that if it gets worse, they call 112 for an ambulance, whatever their visas. #id:fc-052 #score:protection+1 #score:procedure+1 #std:coe-12 #std:who-2003-9 #feedback:Emergency medical treatment comes before any procedure. Asking only what first aid needs, and agreeing when to call an ambulance, prepares for an emergency without making him relive the beating.]
    -> first_aid
* [Ask Rustam to describe exactly how Timur was beaten and every injury, for the file. #id:fc-053 #score:protection-2 #std:who-2003-8 #std:who-2003-1 #feedback:A detailed account of the violence is not needed on this call and forces him to relive it. Ask what first aid needs, and leave evidence to the investigators, with consent, later.]
    -> injury_details

=== first_aid ===
"He can walk. He breathes, only it hurts. It is not worse than yesterday." #id:fc-054 #speaker:rustam #mood:worried
"An ambulance, even with our visas? Good. If it gets worse, Ion will call." #id:fc-055 #speaker:rustam #mood:calm
-> police

=== injury_details ===
"They beat him. That is all I want to say about it." #id:fc-056 #speaker:rustam #mood:guarded
~ trust = trust - 1
-> police

=== police ===
"Ion needs his phone back in a few minutes." #id:fc-057 #speaker:rustam #mood:worried
Your head of section has been listening from the doorway. She speaks quietly while you cover the receiver. #id:fc-058
"Tourist visas and no passports. Report them to immigration and they will be home in a week. Simple." #id:fc-059 #speaker:consul #mood:neutral
* [Explain his rights in plain words first: as a possible victim of trafficking he should not be punished for the visa, he is entitled to at least 30 days to recover and decide, and help does not depend on giving evidence. Then ask whether he agrees that you call the police anti-trafficking unit. #id:fc-060 #score:procedure+3 #score:protection+1 #score:identification+1 #std:coe-13 #std:ohchr-p7 #std:coe-12 #std:who-2003-6 #feedback:His fear of deportation is the real obstacle. Spain is a party to the Council of Europe Convention, so he is entitled to a recovery and reflection period and should not be punished for the visa; only with that information can he give informed consent.]
    -> consent_asked
* [Tell him you are calling the police now; it is the only way out and there is no time to discuss it. #id:fc-061 #score:procedure-2 #score:protection-1 #std:who-2003-6 #std:who-2003-7 #feedback:Acting over his head, before he knows his rights, leaves no room for informed consent and ignores his own assessment of his safety. Even if the men are freed, help on someone else's terms costs their trust and often their cooperation, so explain his rights first and then ask.]
    -> forced
* [Follow your head of section: report three nationals staying in breach of their tourist visas to the immigration office, so they can be sent home quickly. #id:fc-062 #score:procedure-3 #score:protection-3 #critical:detain-or-deport-unscreened #std:ohchr-p7 #std:coe-10 #std:seed-003-159 #feedback:A person with reasonable grounds to be a victim must not be removed before identification. Reporting them as visa overstayers turns victims into offenders, as when 120 people were deported unscreened, and leaves the traffickers free to carry on.]
    -> immigration_report

=== consent_asked ===
{ closed: -> declines }
{ trust <= -3: -> declines }
"So the visa is not a crime, if we were brought like this? And we do not have to talk to anyone, if we do not want?" #id:fc-063 #speaker:rustam #mood:guarded
"I must ask Timur and Aziz. I will call you tomorrow." #id:fc-064 #speaker:rustam #mood:worried
The next morning the number calls again at seven. #id:fc-065 #sfx:phone-ring
"We agree. Timur too. But only the police you know, the special ones, and not at night with dogs." #id:fc-066 #speaker:rustam #mood:guarded
"On Sunday the truck goes to the market and the gate stays open. We will walk down to the road by the church at ten. Tell them to wait there." #id:fc-067 #speaker:rustam #mood:calm
~ consent = true
-> road_pickup

=== declines ===
"I hear you. But we will not go to the police. Not now." #id:fc-068 #speaker:rustam #mood:guarded
"We will manage ourselves. Ion has a cousin with a car." #id:fc-069 #speaker:rustam #mood:guarded
The line goes dead before you can say anything more. #id:fc-070
-> own_way_call

=== forced ===
"No, please. You do not understand what they will do." #id:fc-071 #speaker:rustam #mood:afraid
{ closed: -> forced_gone }
{ trust <= -3: -> forced_gone }
"Then do what you must. I cannot stop you." #id:fc-072 #speaker:rustam #mood:angry
He hangs up. #id:fc-073
~ raid = true
-> raid_pickup

=== forced_gone ===
He hangs up. When the anti-trafficking unit reaches the farm two days later, the three men are gone. #id:fc-074
-> own_way_call

=== own_way_call ===
~ own_way = true
Two days later an unknown number calls. It is Rustam, at a bus station in a city: they left at night, with Ion's cousin and his car. #id:fc-075 #scene:consulate-office #ambient:office #sfx:phone-ring
"We are out. We do not want police, no shelter, nothing. We only want papers to go home." #id:fc-076 #speaker:rustam #mood:tired
* [Tell him the certificates of return will be ready without conditions, give him the 24-hour hotline for Russian-speaking victims abroad and your direct line, and say that the NGO and the police unit remain open to them if they ever want. #id:fc-077 #score:protection+2 #score:procedure+1 #std:coe-12 #std:coe-16 #std:who-2003-7 #std:seed-001-400 #feedback:Assistance must not depend on cooperating with the police, and travel documents are issued without conditions. Respecting his decision while leaving the door open (the hotline, your direct line, a referral) is what keeps him reachable.]
    -> own_way_kept
* [Tell him you can issue documents only after they have reported to the police and given statements. #id:fc-078 #score:protection-2 #score:procedure-2 #std:coe-12 #std:coe-16 #feedback:Making travel documents conditional on testimony breaks the rule that assistance does not depend on cooperation, and makes the consulate one more party that sets terms for them. Issue the documents without conditions and keep the door open.]
    -> own_way_lost

=== own_way_kept ===
"Tuesday, then. The three of us." #id:fc-079 #speaker:rustam #mood:relieved
On Tuesday the three men come to the consulate for their certificates of return. They leave with the hotline number folded into a bus ticket. #id:fc-080 #sfx:stamp
~ own_way_open = true
-> journalist

=== own_way_lost ===
"Then we will find another way." #id:fc-081 #speaker:rustam #mood:angry
They do not come. The number Rustam called from is switched off. #id:fc-082
-> journalist

=== road_pickup ===
Sunday, ten o'clock. An unmarked car of the anti-trafficking unit waits by the white church on the road below the farm. #id:fc-083 #scene:farm-road #ambient:countryside
Three men come down the road on foot, not hurrying, the way they planned it. Timur walks a little bent. #id:fc-084
"You are Rustam? Good. Nobody is arresting anyone. First a doctor, then somewhere to sleep." #id:fc-085 #speaker:guardia #mood:calm
"I thought I would be happy. I am only tired." #id:fc-086 #speaker:rustam #mood:tired
-> shelter

=== raid_pickup ===
The anti-trafficking unit goes in at six the next morning, with labour inspectors. Fourteen workers are on the farm, your three men among them. #id:fc-087 #scene:farm-road #ambient:countryside
"They were frightened. One of them tried to run. Everyone is safe now, and the foreman is in custody." #id:fc-088 #speaker:guardia #mood:neutral
"Who called them? We said no police." #id:fc-089 #speaker:timur #mood:angry
-> shelter

=== shelter ===
The NGO shelter is a flat above a bakery. Timur has seen a doctor: cracked ribs, rest and painkillers. #id:fc-090 #scene:shelter-room #ambient:quiet
"I need their statements today, while the memory is fresh. The farm owner's lawyer will be quick." #id:fc-091 #speaker:guardia #mood:neutral
* [Tell the officer that the men have a recovery and reflection period: each of them decides whether and when to give a statement, after rest, medical care and a talk with the NGO lawyer. #id:fc-092 #score:protection+2 #score:procedure+2 #std:coe-13 #std:coe-12 #std:who-2003-6 #feedback:The reflection period exists so that victims can recover and take an informed decision about cooperating. A statement given freely, in their own time, is also worth more to the case.]
    -> reflection_given
* [Ask Rustam to give his statement today, since the police went to so much trouble for them. #id:fc-093 #score:protection-2 #score:procedure-1 #std:coe-13 #std:who-2003-6 #std:seed-003-235 #feedback:Gratitude is not consent. A statement pressed out of an exhausted man on his first day out is thin, and pressure of this kind is what makes victims withdraw from cases.]
    -> statement_pushed

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
You call the immigration office. By evening, immigration officers have been to the farm. #id:fc-099 #scene:farm-road #ambient:countryside
The three men are detained for irregular stay and taken to a detention centre for foreigners. Nobody asks them how they came to be on the farm. #id:fc-100
The farm owner tells the officers he has never seen these men before. Nobody asks him anything either. #id:fc-101
~ immigration = true
The next morning Rustam calls from the detention centre. #id:fc-102 #scene:consulate-office #ambient:office #sfx:phone-ring
"You said you would help. They say we fly on Monday, with a ban on coming back." #id:fc-103 #speaker:rustam #mood:angry
"Prepare three certificates of return for Monday. Then it is done." #id:fc-104 #speaker:consul #mood:neutral
* [Call the police anti-trafficking unit at once, pass on what Rustam told you, and ask that the men be interviewed as possible victims before any removal. #id:fc-105 #score:identification+1 #score:procedure+2 #std:coe-10 #std:ohchr-g2 #std:ohchr-p7 #feedback:It is late, but not too late. A person with reasonable grounds to be a victim is not removed until identification is complete, and the consulate can ask for that screening.]
    -> screening
* [Prepare the three certificates of return for Monday's flight; the removal has been decided. #id:fc-106 #score:procedure-2 #score:protection-2 #critical:detain-or-deport-unscreened #std:coe-10 #std:palermo-8 #std:seed-003-159 #feedback:Issuing documents for the removal completes a deportation of unscreened victims. The consulate knows the indicators and could still ask for identification before anyone is put on a plane.]
    -> deport_papers

=== screening ===
The unit's officer listens, asks for the name of the village, and calls you back within the hour: the removal is suspended. #id:fc-107
"We will interview them tomorrow, with an NGO present. If you are right, they go to a shelter, not on a plane." #id:fc-108 #speaker:guardia #mood:calm
~ screened = true
Three days later the men are moved from the detention centre to an NGO shelter. #id:fc-109 #scene:shelter-room #ambient:quiet
"Three days in a cell, for what was done to us. I will not talk to any police again." #id:fc-110 #speaker:rustam #mood:angry
-> journalist

=== deport_papers ===
You prepare three certificates of return for Monday's flight. #id:fc-111 #sfx:stamp
"So this is the help." #id:fc-112 #speaker:rustam #mood:angry
-> journalist

=== journalist ===
Later that week, your colleague puts a call through. #id:fc-113 #scene:consulate-office #ambient:office #sfx:phone-ring
"A journalist from home. She has heard that men from our region were found on a farm in Spain. She wants names and home towns, so that families can be warned, she says." #id:fc-114 #speaker:colleague #mood:worried
* [Confirm nothing about anyone: no names, towns or photographs. Offer a general statement on how to check job offers abroad, and the hotline number. #id:fc-115 #score:protection+2 #std:coe-11 #std:who-2003-5 #std:seed-003-235 #feedback:Victims' identity is protected from the media. A warning to other families needs the hotline and the warning signs, not the names of these men.]
    -> journalist_declined
* [Give her the first names and the home town; it will warn others from the same region. #id:fc-116 #score:protection-3 #critical:expose-identity #std:coe-11 #std:who-2003-5 #std:seed-003-235 #feedback:Names in the press expose the men to stigma at home and to the traffickers' reach, and in the sources, media attempts to reveal victims' identity are one reason victims stop cooperating. Confirm nothing about anyone, and give the hotline and the warning signs instead.]
    -> journalist_told

=== journalist_declined ===
The journalist is not pleased, but she takes the hotline number and the warning signs, and her piece names no one. #id:fc-117
{ immigration and not screened: -> wife }
{ own_way: -> wife }
-> plan

=== journalist_told ===
Two days later the piece runs at home, with their first names and the name of the town. Rustam's wife reads it on her phone before he has said a word to her. #id:fc-118
-> end_exposed

=== plan ===
The NGO caseworker sits with the men at the kitchen table. #id:fc-119 #scene:shelter-room #ambient:quiet
"IOM can pay for the journey home and a reintegration programme there: a doctor, counselling, a small grant or a course. All of it voluntary; you can say no to any part." #id:fc-120 #speaker:ngo-worker #mood:calm
"I want to go home. To my mother. As soon as possible." #id:fc-121 #speaker:timur #mood:tired
"I do not want to go home with empty hands and tell everyone I was a slave. I want to stay and work properly, with papers. Is that possible?" #id:fc-122 #speaker:rustam #mood:guarded
Your head of section has joined by phone, and she has a view. #id:fc-123
"One flight for all three, one file, next week. That is what we can manage." #id:fc-124 #speaker:consul #mood:neutral
* [Support each man's own plan: a certificate of return and reintegration help for Timur, and for Rustam time and the NGO lawyer's advice on staying and working legally. #id:fc-125 #score:procedure+2 #score:protection+1 #std:seed-001-456 #std:coe-16 #std:palermo-8 #feedback:Return should be voluntary, and reintegration follows an individual plan built on each person's needs. Different men, different plans, and the consulate issues documents when the person chooses to go.]
    -> own_plans
* [Tell them it is simplest and safest if all three fly home together next week. #id:fc-126 #score:procedure-2 #score:protection-1 #std:seed-001-456 #std:coe-16 #feedback:Deciding for them repeats what the recruiter did. Participation is voluntary and each person's needs define the decisions, so support a plan for each man, not one plan that suits the office.]
    -> one_flight

=== own_plans ===
The caseworker writes a plan for each man, not one for all three. Timur's certificate of return is ready on Thursday. #id:fc-127 #sfx:stamp
"And if I stay, I stay as a worker, not as a victim. You will help with the papers?" #id:fc-128 #speaker:rustam #mood:calm
"We will look at it with our lawyer. I can't promise the result, but you won't do it alone." #id:fc-129 #speaker:ngo-worker #mood:calm
-> wife

=== one_flight ===
"You also decide for us? Like the director did?" #id:fc-130 #speaker:rustam #mood:angry
Timur flies home on Thursday. Rustam says he will think about it, and after that answers the caseworker only with yes and no. #id:fc-131 #sfx:stamp
~ pressured = true
-> wife

=== wife ===
Your head of section stops at your desk. #id:fc-132 #scene:consulate-office #ambient:office
{ immigration and not screened:
    "Rustam's wife has called the ministry twice. She has heard nothing from him, and on Monday he will be put on a plane home. I think we should tell her before he lands; a family's support matters." #id:fc-145 #speaker:consul #mood:neutral
- else:
    "Rustam's wife has called the ministry twice. She has not heard from him in three weeks. I think we should tell her; a family's support matters." #id:fc-133 #speaker:consul #mood:neutral
}
* [Tell your head of section that nothing about Rustam can be shared without his consent, and ask Rustam whether, when and how he wants to contact his wife himself. #id:fc-134 #score:protection+2 #score:procedure+1 #std:who-2003-5 #std:seed-001-456 #std:coe-11 #feedback:Confidentiality covers the family too: he said his wife must not hear it like this. He decides what she is told and when; even the news that he is safe can be passed on only with his agreement.]
    -> wife_waits
* [Call the wife yourself and tell her gently what happened; she has a right to know. #id:fc-135 #score:protection-3 #critical:expose-identity #std:who-2003-5 #std:coe-11 #feedback:Telling the family without consent breaks confidentiality and takes from him the one thing he asked to keep: the right to tell his own story in his own time. Ask Rustam first, and let him decide.]
    -> wife_told

=== wife_waits ===
{ own_way and not own_way_open: -> wife_unreachable }
{ immigration and not screened:
    "I will tell her myself, at home, when I see her. Not on the phone from here." #id:fc-146 #speaker:rustam #mood:ashamed
- else:
    "I will call her myself. When I know what I will do. Then I tell her." #id:fc-136 #speaker:rustam #mood:calm
}
-> endings

=== wife_unreachable ===
Rustam's number is switched off, so you cannot ask him. You tell the ministry only that the consulate cannot share information about anyone without that person's consent. #id:fc-137
-> endings

=== wife_told ===
You call the wife. You choose your words gently, but within the hour she is calling Rustam's mother, and by evening half the street knows. #id:fc-138
-> end_exposed

=== endings ===
{ immigration and not screened: -> end_deported }
{ immigration: -> end_identified_late }
{ own_way: -> end_went_alone }
{ consent and reflection and not pressured: -> end_own_choices }
-> end_out_silent

=== end_own_choices ===
Timur goes home on a certificate of return, with a reintegration plan he helped to write and his statement on file. Rustam stays for the reflection period, works on his papers with the NGO lawyer and, three weeks later, calls the police unit himself to give evidence. What his wife hears, she hears from him. #id:fc-139 #ending:own-choices
-> END

=== end_out_silent ===
The men are out of the farm and safe. But the help came on someone else's terms, and Rustam withdraws from the case: he will not give any further evidence or go to court, and the inquiry into the farm and the recruiter at home stalls. That is his right. #id:fc-140 #ending:out-but-silent
-> END

=== end_went_alone ===
{ own_way_open:
    The men got out by their own plan and on their own terms. Nobody identified them as victims, the farm and the director at home are not investigated, and whether they get any help depends on whether they ever call again. #id:fc-141 #ending:went-alone
- else:
    The men got out by their own plan and on their own terms, but they are still without papers: no passports, and no certificates of return, because the consulate asked for statements first. Nobody identified them as victims, the farm and the director at home are not investigated, and nobody knows where they are now. #id:fc-147 #ending:went-alone
}
-> END

=== end_deported ===
On Monday the three men are put on a plane as irregular migrants, with a ban on returning. Nobody asked how they came to be on the farm; the farm and the director at home are untouched, and the next group may already be on its way. #id:fc-142 #ending:deported-unscreened
-> END

=== end_identified_late ===
The unit identifies the men as victims and the removal is cancelled, but three days in detention have done their damage: Rustam refuses to give evidence, and the case against the farm and the recruiter rests on what the police can find without the men. #id:fc-143 #ending:identified-late
-> END

=== end_exposed ===
Rustam's name travelled further than he did. His family heard it from someone else, and the men refuse any further contact with the consulate, the NGO or the police. Whatever was done well before this, the case ends here. #id:fc-144 #ending:identity-exposed
-> END
