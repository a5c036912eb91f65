# scenario: departure-gate
# role: border
# role: police
# source: 003_fa9b57731bfef90f.txt:76-80
# source: 001_a1e76db77d51934e.txt:400-416
# content-note: sexual-exploitation
# content-note: coercion-threats
# minutes: 15
# setting: airport-hall

// Departure gate: a border-guard officer at Almaty airport meets three young
// women travelling to "summer jobs" in Dubai with an escort who holds their
// passports. Drawn from 003 lines 76-80 (the case) and 001 lines 400-416
// (hotline, airport brochures, horoscope-style help cards, pocket card).
// Consequences: 003 lines 159, 161, 163; 002 line 80 (official complicity).

// What the trainee has done, remembered for later consequences.
VAR trust = 0
VAR fears_heard = false
VAR promised = false
VAR card = false
VAR brochure = false
VAR reported = false

-> night_shift

=== night_shift ===
Almaty International Airport, departures, a quarter past one in the morning. You are the border-guard officer at passport control booth four. #id:dg-001 #scene:airport-hall #ambient:airport
Boarding for the night flight to Dubai starts in twenty minutes. The hall is half empty: families with too much luggage, a few men travelling for work. #id:dg-002 #sfx:announcement
In your breast pocket is the laminated pocket card from last month's training, "Instructions for Identifying Potential Victims of Human Trafficking". #id:dg-003
In the drawer under your counter lie two stacks left by the NGO hotline desk: thick brochures about human trafficking, and small cards that look like horoscopes. Among the star signs on each card is a 24-hour hotline number for Russian-speaking people abroad. #id:dg-004
Nurlan from airport security leans on the side of your booth. You know him from the canteen; he has worked nights here for years. #id:dg-005
"Listen, Raisa Nikolaevna is bringing a group for the Dubai flight, three girls. She is a regular, she has friends everywhere here. I will take them through the staff corridor so they do not have to queue. Just put the stamps in, all right?" #id:dg-006 #speaker:colleague #mood:calm
* [Let Nurlan take the group through the staff corridor; he knows the woman. #id:dg-007 #score:identification-2 #score:procedure-3 #std:seed-003-76 #std:seed-002-80 #feedback:The staff corridor takes the travellers past the one place where an officer can see and hear them, which is exactly how the student in the source case was taken out of Almaty. Better to have everyone come to the window in person, and to write down what a colleague asked you to skip.]
    -> staff_corridor
* [Agree, as long as Nurlan first brings you the four passports to stamp. #id:dg-008 #score:identification-2 #score:procedure-2 #std:seed-003-76 #std:unodc-indicators #feedback:Stamping passports without seeing the people who carry them is not a border check. The point of the window is to see each traveller, hear her answer, and see who holds her documents.]
    -> stamps_only
* [Refuse: every passenger comes to your window in person. Then write down Nurlan's name, the time and what he asked. #id:dg-009 #score:procedure+2 #score:identification+1 #std:seed-002-80 #std:ohchr-g2 #feedback:Every traveller passes the same control, and a colleague's request to skip it is itself information. Writing down the name, the time and his words means it can be reported and looked into later.]
    -> the_group

=== stamps_only ===
Five minutes later Nurlan brings you four passports in a neat stack. You stamp them without seeing a single face. #id:dg-010 #sfx:stamp
-> staff_corridor

=== staff_corridor ===
A little later Nurlan leads a small group along the glass wall to the service door: an older woman in a good coat with a folder under her arm, and three young women walking close together behind her. #id:dg-011
One of the young women looks back at the hall, as if she has forgotten something. Then the door closes behind them. #id:dg-012 #sfx:door
You learn what happened only a year later, from an NGO report that reaches your unit: three young women from a small city, a job in a Dubai mall that never existed, passports taken on arrival by the escort's "sister", and a debt of 10,000 US dollars each. #id:dg-013 #indicator:retention-of-documents #indicator:debt-bondage
The group left through the staff corridor without ever standing at your window. In Dubai their passports were taken, each was told she owed 10,000 US dollars, and they were forced into prostitution. Nobody at the airport was ever asked about that night. #id:dg-014 #ending:staff-corridor
-> END

=== the_group ===
Nurlan shrugs and walks away, already looking at his phone. #id:dg-015 #speaker:colleague #mood:guarded
Ten minutes later a well-dressed woman in her fifties comes to your window. Behind her stand three young women of eighteen or twenty, in new jackets, with one small backpack each. #id:dg-016
She lays four passports and four boarding passes on the counter in one neat stack. #id:dg-017 #indicator:retention-of-documents
"Good evening, officer. I am Raisa Nikolaevna. My girls are flying to work in a big shopping centre in Dubai, summer jobs, selling to Russian tourists. Nurlan said you would understand." #id:dg-018 #speaker:escort #mood:calm
One of the young women opens her mouth to say something. The older woman answers for her before she can. #id:dg-019 #indicator:others-speak-for-them
* [Ask each young woman to step up to the window herself with her own passport and answer your usual questions. #id:dg-020 #score:identification+2 #score:procedure+1 #std:unodc-indicators #std:ohchr-g2 #feedback:Asking each traveller to hold her own passport and answer for herself is ordinary procedure, and it shows at once who speaks for whom and who holds the documents.]
    -> window_each
* [Ask Raisa Nikolaevna about the job, the employer and where the group will live. #id:dg-021 #score:identification-1 #score:protection-1 #std:unodc-indicators #std:who-2003-1 #feedback:The escort's account is the prepared version. Letting her answer for the travellers confirms her control over them; ask each traveller herself.]
    -> escort_version
* [Everything matches. Stamp the four passports and wish them a good flight. #id:dg-022 #score:identification-3 #score:procedure-2 #std:seed-003-76 #std:unodc-indicators #feedback:One person holding everyone's passports and answering for everyone are two textbook indicators, and stamping them through ends the only chance to speak with the women before they leave. Ask each of them to the window with her own passport first.]
    -> waved_through

=== waved_through ===
The stamp comes down four times. #id:dg-023 #sfx:stamp
Raisa Nikolaevna gathers the passports back into her folder, and the young women follow her towards the gate without a word. #id:dg-024 #indicator:acts-as-instructed #indicator:retention-of-documents
-> gate

=== escort_version ===
"A big shopping mall in Dubai, one of the biggest in the world. They need Russian-speaking girls for the Russian tourists. Accommodation is provided, and my sister meets them at the airport." #id:dg-025 #speaker:escort #mood:calm
"I keep the passports because young girls lose everything. Is that not right, girls?" #id:dg-026 #speaker:escort #mood:calm #indicator:retention-of-documents
The three young women nod together. None of them looks at you. #id:dg-027 #indicator:acts-as-instructed
-> how_to_talk

=== window_each ===
Raisa Nikolaevna steps aside with a small sigh. The first to come to the window is Aigerim, nineteen according to her passport. #id:dg-028
"Where will you be working?" #id:dg-029 #speaker:trainee
"In a mall. A big one. Raisa Nikolaevna knows the name." Before every answer she glances over her shoulder at the older woman. #id:dg-030 #speaker:aigerim #mood:worried #indicator:acts-as-instructed
"And where will you live?" #id:dg-031 #speaker:trainee
"Her sister will meet us. She has a flat, I think. I do not know the address." #id:dg-032 #speaker:aigerim #mood:worried #indicator:unaware-of-address
Dana and Madina give the same answers, almost word for word. Behind them, Raisa Nikolaevna taps her folder against the counter. #id:dg-033 #indicator:acts-as-instructed
-> how_to_talk

=== how_to_talk ===
The boarding call for Dubai sounds over the hall. Raisa Nikolaevna looks at her watch. #id:dg-034 #sfx:announcement
* [Tell Raisa Nikolaevna this is a routine additional check: she waits in the hall while you speak with the travellers in the office. #id:dg-035 #score:protection+2 #score:identification+1 #std:who-2003-1 #std:unodc-indicators #feedback:A routine additional check lets you separate the travellers from the escort without accusing anyone. Away from her they can speak for themselves, and she has no reason to be alarmed.]
    -> office
* [Ask the young women, here at the window, whether everything is really as Raisa Nikolaevna says. #id:dg-036 #score:protection-2 #score:identification-1 #std:who-2003-1 #std:unodc-indicators #feedback:In front of the person who controls them they can only repeat her version, and she learns that you have doubts. Separate them first, under a routine pretext.]
    -> in_front
* [Call the duty police: detain all four for document irregularities and let the police sort it out. #id:dg-037 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #std:kz-supreme-court-2012 #feedback:Detaining possible victims for document irregularities treats them as offenders before anyone has listened to them, as in the source where 120 people were deported unscreened. Screen first, in private; the non-punishment principle protects them.]
    -> detained

=== in_front ===
"Yes, everything is fine," says Aigerim. "We want to work." Raisa Nikolaevna's hand rests on her shoulder. #id:dg-038 #speaker:aigerim #mood:afraid #indicator:others-speak-for-them #indicator:acts-as-instructed
"You see, officer? They are grown girls, they know what they are doing." #id:dg-039 #speaker:escort #mood:calm
* [Say you still need an additional check, and ask Raisa Nikolaevna to wait in the hall while you speak with the travellers in the office. #id:dg-040 #score:protection+1 #score:identification+1 #std:who-2003-1 #std:unodc-indicators #feedback:Separating them is still right, but the escort has now seen your doubts, and the women know she has. Separate first, before asking anything in front of her.]
    ~ trust = trust - 1
    -> office
* [Accept their answers, stamp the passports and let them go. #id:dg-041 #score:identification-2 #score:procedure-1 #std:unodc-indicators #std:seed-003-76 #feedback:A yes given with the escort's hand on her shoulder is not an answer. The indicators you have already seen are reason enough for a private conversation.]
    -> waved_through

=== office ===
Raisa Nikolaevna protests that she is responsible for the girls. A colleague from your shift stays with her by the window, and you take the three young women to the small office behind the booths. #id:dg-042 #scene:airport-office #ambient:quiet #sfx:door
The door shuts out the noise of the hall. The three sit close together on the edge of their chairs, jackets still zipped. #id:dg-043
Aigerim holds her boarding pass in both hands. Madina does not take her eyes off the door. #id:dg-044
* [Introduce yourself, say they are not in any trouble and can stop at any time, and ask whether they want to talk together or one by one. #id:dg-045 #score:protection+2 #score:procedure+1 #std:who-2003-6 #std:who-2003-1 #feedback:Saying who you are, that they are not in trouble and that they may stop at any time, and letting them choose to talk together or alone, gives them back a little control and makes honest answers possible.]
    ~ trust = trust + 1
    -> together
* [Ask them straight out: "Why did you believe a stranger who promised you money in Dubai?" #id:dg-046 #score:protection-3 #score:identification-1 #std:who-2003-8 #std:seed-003-161 #feedback:A why-did-you-believe question blames them for being deceived and ends the conversation, like the officer in the source who said it was her own fault. Ask what was offered and agreed, never why they believed it.]
    -> blamed
* [Take out the form and go through it: full name, purpose of travel, name and address of the employer, address in Dubai. #id:dg-047 #score:procedure-1 #score:identification+1 #std:who-2003-6 #std:unodc-indicators #feedback:The form brings out facts such as the missing address, but a checklist interrogation gets rehearsed answers. Explain first who you are and that they are not in trouble, then talk.]
    -> by_the_form

=== together ===
They look at each other. "Together," says Dana. Aigerim nods: "Together is better." #id:dg-048 #speaker:dana #mood:guarded
-> account

=== by_the_form ===
They answer in the same careful sentences they used at the window. Purpose of travel: work. Employer: a shopping centre. Address in Dubai: none of them knows it. #id:dg-049 #indicator:unaware-of-address
When you ask who has their employment contracts, Aigerim says Raisa Nikolaevna keeps them, with everything else. #id:dg-050 #indicator:retention-of-documents
-> account

=== blamed ===
Nobody answers. Aigerim's face turns red, and she looks down at her knees. #id:dg-051
"We believed her because she was kind to us," Dana says at last, flatly. "Is that a crime?" #id:dg-052 #speaker:dana #mood:angry
-> closed_down

=== account ===
"I have just finished my first year at university," Aigerim says. "My family cannot pay for the second. Raisa Nikolaevna said we could earn enough in one summer and be back in September." #id:dg-053 #speaker:aigerim #mood:worried #indicator:abuse-of-vulnerability
"Dana and Madina need money too. She came to our city, she knew everybody, she was so kind to us." #id:dg-054 #speaker:aigerim #mood:neutral
* [Ask, without judgement, what has been agreed about money, about their passports and about where they will live. #id:dg-055 #score:identification+2 #score:protection+1 #std:ilo-2012 #std:palermo-3a #feedback:Neutral questions about money, documents and accommodation bring out the indicators that matter, such as a debt of unknown size, passports held by someone else, no address and no contract.]
    ~ trust = trust + 1
    -> arrangements
* [Ask whether they really know what kind of work girls end up doing in Dubai. #id:dg-056 #score:protection-2 #score:identification-1 #std:seed-003-161 #std:palermo-3b #std:who-2003-8 #feedback:The insinuation shames them and suggests that what they knew decides whether they are victims. Under the Palermo Protocol, consent is irrelevant once deception, threats or abuse of vulnerability are used; ask about the arrangements instead.]
    ~ trust = trust - 1
    -> insinuation

=== arrangements ===
"The tickets and the visas were expensive, so Raisa Nikolaevna paid for them. We will pay her back from our wages. She has not said how much yet." #id:dg-057 #speaker:dana #mood:guarded #indicator:debt-bondage
"She keeps our passports because of the visas. Her sister will take us to the flat. We do not have the address, but she said not to worry." #id:dg-058 #speaker:aigerim #mood:worried #indicator:retention-of-documents #indicator:unaware-of-address
"Nobody has shown us a contract," Madina says quietly. It is the first thing she has said in her own words. #id:dg-059 #speaker:madina #mood:worried #indicator:deception
-> fears

=== insinuation ===
Madina's face hardens. "We are not that kind of girls." She turns towards the wall. #id:dg-060 #speaker:madina #mood:angry
Aigerim answers more carefully now. "It is a shop. Selling clothes. Raisa Nikolaevna paid for the tickets and the visas, and we will pay her back from our wages." #id:dg-061 #speaker:aigerim #mood:ashamed #indicator:debt-bondage
-> fears

=== fears ===
Aigerim twists the boarding pass in her hands. #id:dg-062
"If I do not go, the money is gone. My mother borrowed it from the neighbours for my trip. And Raisa Nikolaevna has been to our house. She knows where my mother lives." #id:dg-063 #speaker:aigerim #mood:afraid #indicator:intimidation-threats #indicator:abuse-of-vulnerability
* [Tell her that her fear makes sense, ask what would make her and her family feel safer, and be honest about what you can and cannot do tonight. #id:dg-064 #score:protection+2 #score:procedure+1 #std:who-2003-7 #std:who-2003-3 #feedback:Her fear for her family is a real assessment of risk. Taking it seriously and being honest about the limits of what you can do builds more trust than any reassurance.]
    ~ fears_heard = true
    ~ trust = trust + 1
    -> fears_honest
* [Promise her that nothing will happen to her family and that Raisa Nikolaevna will be arrested tonight. #id:dg-065 #score:protection-2 #std:who-2003-3 #feedback:You cannot guarantee her family's safety or an arrest tonight, and she knows it. A promise you cannot keep costs trust; say honestly what is possible.]
    ~ promised = true
    -> fears_promise
* [Tell her that if she does not give a statement against Raisa Nikolaevna now, she could be treated as her accomplice. #id:dg-066 #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:coe-12 #std:kz-supreme-court-2012 #feedback:Threatening a possible victim with prosecution breaks the non-punishment principle, makes help conditional on testimony and teaches her that the authorities are the danger. Take her fear seriously and be honest about what you can do.]
    -> threatened

=== fears_honest ===
Aigerim is quiet for a moment. "I do not know what would make it safe. Maybe if somebody knew. Somebody who is not her." #id:dg-067 #speaker:aigerim #mood:guarded
-> help_material

=== fears_promise ===
Aigerim looks at you for a long moment. "You cannot promise that," she says. "You do not know her." #id:dg-068 #speaker:aigerim #mood:guarded
-> help_material

=== threatened ===
The word "accomplice" lands in the small room like a slammed door. Dana takes Aigerim's hand. #id:dg-069
"We have not done anything," Dana says. "We just want to go to work." #id:dg-070 #speaker:dana #mood:afraid #indicator:fears-authorities
-> closed_down

=== help_material ===
Through the door you hear the second boarding call for Dubai. #id:dg-071 #sfx:announcement
You think of the drawer under your counter: the thick brochures, and the small cards that look like horoscopes. #id:dg-072
* [Give each of them one of the horoscope-style cards to keep in her phone case, and explain quietly what the number among the star signs is for. #id:dg-073 #score:protection+2 #score:procedure+1 #std:seed-001-400 #std:who-2003-3 #feedback:Help cards that look like horoscopes exist so that traffickers do not confiscate them. A number that survives a bag search and works at any hour is the most useful thing you can give someone who may still travel.]
    ~ card = true
    -> next_step
* [Give each of them the big brochure on human trafficking to read on the plane. #id:dg-074 #score:protection-1 #std:seed-001-400 #feedback:The information is right but the form is wrong. A thick brochure on trafficking is easy for the escort to find and take, and it tells her the women have talked. A discreet card survives.]
    ~ brochure = true
    -> next_step
* [Give them nothing: if anything goes wrong, they can always go to the police in Dubai. #id:dg-075 #score:procedure-2 #score:protection-1 #std:seed-001-400 #std:who-2003-3 #feedback:Without passports, without an address and in debt, they are unlikely to reach the police in Dubai safely. Always leave a way to ask for help, in a form that will not be confiscated.]
    -> next_step

=== next_step ===
The three of them talk quietly in Kazakh for a moment. Then Aigerim looks up. "What happens now?" #id:dg-076 #speaker:aigerim #mood:worried
* [Tell them an NGO worker is on duty at the airport who helps people in exactly this situation, and ask whether they would like to speak with her, here and in private, with no obligation. #id:dg-077 #score:procedure+2 #score:protection+1 #std:coe-12 #std:who-2003-6 #std:seed-001-416 #feedback:An NGO worker can offer support, information and a safe place without conditions, and asking first respects their right to say no. Partnership between NGOs and the police is how referrals actually happen.]
    -> ngo_arrives
* [Bring Raisa Nikolaevna into the office and confront her with what they have told you. #id:dg-078 #score:protection-3 #score:procedure-2 #std:seed-003-163 #std:who-2003-1 #feedback:Confronting the women with the escort exposes them to her pressure; in the source case, victims refused to testify after a face-to-face with the suspect. Keep the suspect away from them.]
    -> confrontation
* [Call Aigerim's mother, so that the family knows what kind of trip this really is. #id:dg-079 #critical:expose-identity #score:protection-3 #std:coe-11 #std:who-2003-5 #feedback:Calling the family without her consent exposes her, adds shame and, here, reaches the escort, who knows the family. Whether, when and what to tell her family is her decision.]
    -> call_mother

=== confrontation ===
Raisa Nikolaevna sits down opposite the three young women and listens to your questions with a patient smile. #id:dg-080
"Girls, did I force anyone? Did I lie to you? Tell the officer." One by one, they say no. #id:dg-081 #speaker:escort #mood:calm #indicator:intimidation-threats
She does not raise her voice once. On the way out she says to Aigerim, quite gently, "Say hello to your mother for me." #id:dg-082 #speaker:escort #mood:calm #indicator:intimidation-threats
The three young women do not fly that night, but none of them will give a statement. The next morning a lawyer for Raisa Nikolaevna calls your supervisor. #id:dg-083
-> case_lost

=== call_mother ===
Aigerim's mother answers on the fourth ring, frightened by a call from the border service in the middle of the night. You hear her start to cry. #id:dg-084
"You called my mother? Now the whole street will know." #id:dg-085 #speaker:aigerim #mood:ashamed
Twenty minutes later there is a knock at the office door. Raisa Nikolaevna smiles through the glass. "Your mother called me, Aigerim. She is very worried. Come on, girls." #id:dg-086 #speaker:escort #mood:calm #sfx:door #indicator:intimidation-threats
-> closed_down

=== closed_down ===
From now on the answers are short: yes, no, we are going to work, everything is fine. #id:dg-087 #indicator:acts-as-instructed
"Can we go now?" Aigerim asks. "Raisa Nikolaevna is waiting. The flight is boarding." #id:dg-088 #speaker:aigerim #mood:guarded #indicator:acts-as-instructed
{ card: -> closed_with_card }
{ brochure: -> closed_with_brochure }
-> closed_no_card

=== closed_no_card ===
* [Let them go. As they stand up, give each of them a small horoscope-style card and say quietly that the number on it answers at any hour. #id:dg-089 #score:protection+2 #score:procedure+1 #std:seed-001-400 #std:who-2003-7 #feedback:Even when people will not talk, a discreet card with a 24-hour number respects their choice and leaves a way back. Horoscope-style cards exist so that they are not confiscated.]
    ~ card = true
    -> let_go
* [Let them go, and give each of them the big information brochure on human trafficking. #id:dg-090 #score:protection-1 #std:seed-001-400 #feedback:A brochure on trafficking will be found and taken, and it tells the escort that they have been questioned. Give something discreet instead.]
    ~ brochure = true
    -> let_go
* [They will not cooperate: hold all three overnight for a document check. #id:dg-091 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #feedback:Not wanting to talk is not an offence, and detaining possible victims for it punishes them for their fear; the non-punishment principle applies before identification is complete. Let them go, each with her own passport and a discreet way to ask for help.]
    -> detained

=== closed_with_card ===
* [Let them go, handing each of them her own passport rather than giving the passports to the escort; they already carry the horoscope cards. #id:dg-092 #score:protection+1 #std:who-2003-7 #std:seed-001-400 #feedback:They have chosen to go, and they already carry a discreet way to call for help. Returning each passport to its owner rather than to the escort is what you can still do.]
    -> let_go
* [They will not cooperate now: hold all three overnight for a document check. #id:dg-093 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #feedback:Not wanting to talk is not an offence, and detaining possible victims for it punishes them for their fear; the non-punishment principle applies before identification is complete. Let them go, each with her own passport and a discreet way to ask for help.]
    -> detained

=== closed_with_brochure ===
* [Let them go, and as they stand up give each of them a small horoscope-style card as well, saying quietly that the number on it answers at any hour. #id:dg-094 #score:protection+2 #score:procedure+1 #std:seed-001-400 #std:who-2003-7 #feedback:The brochure will probably be found; a card that looks like a horoscope probably will not. Adding it now gives them a number that survives the escort's search.]
    ~ card = true
    -> let_go
* [Let them go with the brochures they already have. #id:dg-095 #score:protection-1 #std:seed-001-400 #feedback:The brochure is likely to be found and taken at the gate. A discreet horoscope-style card would have survived.]
    -> let_go
* [They will not cooperate now: hold all three overnight for a document check. #id:dg-096 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #feedback:Not wanting to talk is not an offence, and detaining possible victims for it punishes them for their fear; the non-punishment principle applies before identification is complete. Let them go, each with her own passport and a discreet way to ask for help.]
    -> detained

=== let_go ===
Raisa Nikolaevna is waiting outside the office. As the young women come out, she takes the passports from their hands and puts them back into her folder. #id:dg-097 #scene:airport-hall #ambient:airport #sfx:door #indicator:retention-of-documents
-> gate

=== detained ===
Two officers of the airport police take the three young women to the duty room "for a document check". Raisa Nikolaevna, whose own papers are in perfect order, makes one phone call and leaves the airport. #id:dg-098 #scene:airport-office #ambient:quiet
By morning there is a report on "irregularities in travel documents" and a fine none of them can pay. The duty officer shrugs: "They knew what they were going there for. They are not victims, they are violators." #id:dg-099
The three are put on a bus home that afternoon. When an NGO worker calls Aigerim a week later, she says she never wants to speak to anyone in uniform again, and hangs up. #id:dg-100 #indicator:fears-authorities
Treated as offenders instead of being heard, the three women were fined and sent home. The escort was never questioned, and Aigerim, who still needs money for university, is as easy to reach for the next offer as before. #id:dg-101 #ending:detained-sent-home
-> END

=== ngo_arrives ===
They look at each other. "Only to talk," Aigerim says. "We have not decided anything." #id:dg-102 #speaker:aigerim #mood:guarded
Gulnara from the NGO hotline desk arrives ten minutes later with a thermos of tea. She sits down at their level and does not ask anything they do not want to answer. #id:dg-103 #sfx:door
"Nobody here decides for you," Gulnara says. "I can tell you what help exists and what the risks are, and give you a number you can call at any hour, from abroad too. The rest is yours." #id:dg-104 #speaker:ngo-worker #mood:calm
-> colleague_returns

=== colleague_returns ===
There is a knock, and Nurlan puts his head round the door without waiting for an answer. #id:dg-105 #sfx:door
"What is the hold-up? Raisa Nikolaevna is a friend, the flight is closing. Give me the girls and I will walk them straight to the gate through our corridor." #id:dg-106 #speaker:colleague #mood:angry
* [Tell Nurlan to leave. Then report to your shift supervisor, factually, what he offered and when, so that it can be looked into. #id:dg-107 #score:procedure+2 #score:protection+1 #std:seed-002-80 #std:ohchr-g2 #feedback:A colleague who offers to take a group past control is a possible facilitator. Official complicity shields traffickers, so report the facts, with time, name and words, and let internal security look into it.]
    ~ reported = true
    -> report
* [Send Nurlan away and leave it at that: he is a colleague, and nothing can be proven. #id:dg-108 #score:procedure-2 #std:seed-002-80 #feedback:Silence leaves the staff corridor open for the next group. You do not need proof to report facts; checking them is the job of internal security.]
    -> not_reported
* [Let Nurlan walk them to Raisa Nikolaevna at the gate, since the flight is closing. #id:dg-109 #critical:return-to-controller #score:protection-3 #score:procedure-2 #std:who-2003-1 #std:seed-002-80 #feedback:Handing the women to a colleague who works with the escort returns them to her control, now that she knows they have talked. Nobody should be released to the person suspected of controlling them.]
    -> handed_to_nurlan

=== report ===
Major Omarov, your shift supervisor, listens without interrupting and writes down the time, the name and the words "staff corridor". #id:dg-110
"Good that you wrote it down. It goes to internal security in the morning. And the young women?" #id:dg-111 #speaker:supervisor #mood:neutral
-> their_choice

=== not_reported ===
Nurlan shrugs and goes. You tell yourself there is nothing you could prove. #id:dg-112 #sfx:door
-> their_choice

=== handed_to_nurlan ===
Nurlan leads the three young women out through the service door. Gulnara looks at you and says nothing. #id:dg-113 #sfx:door
-> back_to_escort

=== their_choice ===
The three young women talk with Gulnara for a long time. Then Aigerim turns to you. #id:dg-114
{ fears_heard && trust >= 2: -> they_stay }
-> aigerim_goes

=== they_stay ===
"We are not flying tonight," Aigerim says. "All three of us. We want to hear what Gulnara knows about jobs like this one. Then we will decide the rest ourselves." #id:dg-115 #speaker:aigerim #mood:relieved
"And my mother?" she adds. "Raisa Nikolaevna knows our house." #id:dg-116 #speaker:aigerim #mood:worried #indicator:intimidation-threats
"We will think about that together: who you want to tell, and when, and what would make her safer," Gulnara says. #id:dg-117 #speaker:ngo-worker #mood:calm
* [Give each woman her own passport, walk them to the NGO room with Gulnara, and tell them nobody expects any decision about a statement tonight. #id:dg-118 #score:protection+2 #score:procedure+2 #std:coe-13 #std:coe-12 #std:seed-001-456 #feedback:Each woman holds her own passport, support comes first, and there is time to decide, so any later decision about giving evidence is hers. Assistance does not depend on a statement.]
    -> stayed
* [Tell them that now they have stayed, they must go to the police station tonight and give a formal statement while everything is fresh. #id:dg-119 #score:protection-2 #score:procedure-2 #std:coe-13 #std:seed-003-163 #feedback:Demanding a statement the same night turns help into an interrogation. People need time to recover and decide; pushed, they often withdraw, and the case is lost.]
    -> statement_demanded
* [Let Raisa Nikolaevna come in and speak with them once before they finally decide; that seems only fair. #id:dg-120 #critical:return-to-controller #score:protection-3 #std:who-2003-1 #std:who-2003-7 #feedback:A last conversation with the escort gives her the chance to use shame, debt and their families against them. Their decision has to be made away from her.]
    -> escort_allowed

=== stayed ===
Gulnara takes them to the NGO room on the ground floor. At dawn a volunteer drives them to a shelter in the city, and Aigerim calls her mother herself, from Gulnara's phone, when she is ready. #id:dg-121 #scene:airport-hall #ambient:airport #sfx:door
Raisa Nikolaevna leaves the airport before the Dubai flight closes. With the women's agreement, Gulnara passes what they told her to the police anti-trafficking unit. #id:dg-122
{ reported: -> stayed_reported }
Nurlan is on shift again the next night. Nobody ever asks him about the staff corridor. #id:dg-123
-> stayed_end

=== stayed_reported ===
A week later Nurlan is suspended while internal security looks into which groups he has taken through the staff corridor, and for whom. #id:dg-124
-> stayed_end

=== stayed_end ===
The three women chose to stay and talk. For now they are safe, with support and time to decide whether to give evidence against the escort. Aigerim still needs money for her second year; how she finds it is her decision, with help if she wants it. #id:dg-125 #ending:stayed-with-ngo
-> END

=== statement_demanded ===
The words "police station" change the room. Madina starts to cry; Dana says they only wanted a job, not a court case. #id:dg-126
By morning all three have gone home by bus. They never come to the station, and they stop answering Gulnara's calls. #id:dg-127
-> case_lost

=== escort_allowed ===
Raisa Nikolaevna sits with them for five minutes. She threatens no one. She talks only about their mothers, the money already spent, and how ashamed everyone at home would be. #id:dg-128 #indicator:abuse-of-vulnerability #indicator:intimidation-threats
When she leaves, the three young women follow her out. #id:dg-129 #sfx:door
-> back_to_escort

=== case_lost ===
The women went home, but they would not give evidence, and without their statements the case against the escort was closed. Raisa Nikolaevna went on recruiting in small cities. #id:dg-130 #ending:case-lost
-> END

=== aigerim_goes ===
"I am going," Aigerim says. "I know what you think. But I need the money for my second year, and if I go home now, the money my mother borrowed is lost too." Dana and Madina nod. They have made the same choice. #id:dg-131 #speaker:aigerim #mood:guarded #indicator:abuse-of-vulnerability
{ promised: -> goes_promised }
-> goes_choice

=== goes_promised ===
"And please do not promise me things," she adds. "Just tell me what I can do if it goes wrong." #id:dg-132 #speaker:aigerim #mood:guarded
-> goes_choice

=== goes_choice ===
* [Respect her decision. Make sure each of them has a horoscope-style card with the hotline, knows it works at any hour from Dubai, and leaves with her own passport in her own hands. #id:dg-133 #score:protection+2 #score:procedure+1 #std:who-2003-7 #std:seed-001-400 #std:seed-001-456 #feedback:An adult woman may decide to travel, and that is her right. Respecting it while making sure she has a discreet way to call for help keeps the door open.]
    ~ card = true
    -> goes_respected
* [Keep their three passports in the office so they cannot board tonight; it is for their own good. #id:dg-134 #score:protection-2 #score:procedure-2 #std:who-2003-7 #std:ohchr-p7 #feedback:Holding passports without legal grounds overrides her choice and punishes her for being at risk, and it does not stop the escort. Respect her decision, and make sure she leaves with her own passport and a safe way to ask for help.]
    -> passports_kept
* [Hand the three passports to Raisa Nikolaevna at the gate, since they have decided to travel with her. #id:dg-135 #critical:return-to-controller #score:protection-3 #std:who-2003-1 #feedback:Even if they travel with her, their passports belong in their own hands. Handing the documents to the escort confirms her control and shows her who has talked.]
    -> passports_to_escort

=== goes_respected ===
Aigerim slips the card into her phone case, behind a photo of her little brother. "A horoscope," she says, almost smiling. "Good. She will not look twice at that." #id:dg-136 #speaker:aigerim #mood:neutral
At the gate, Raisa Nikolaevna takes the three passports back from them. #id:dg-137 #scene:airport-hall #ambient:airport #indicator:retention-of-documents
-> gate

=== passports_kept ===
The three miss the flight. Aigerim does not speak to you again; Dana says you have just cost her family a month's wages. #id:dg-138
In the morning a lawyer arrives. There are no legal grounds to keep the passports, and they are handed back. Ten days later Raisa Nikolaevna flies the three of them to Dubai from Astana, where nobody has seen them before. #id:dg-139
{ card: -> card_ending }
-> dubai_ending

=== passports_to_escort ===
You hand the passports to Raisa Nikolaevna at the gate. She thanks you warmly, and looks at each of the young women in turn. #id:dg-140 #scene:airport-hall #ambient:airport #indicator:retention-of-documents
-> back_to_escort

=== back_to_escort ===
Raisa Nikolaevna now knows exactly who has talked to whom. At the gate she collects the young women's phones "for safekeeping until Dubai". #id:dg-141 #scene:airport-hall #ambient:airport #indicator:retention-of-documents #indicator:isolation
The Dubai flight closes its doors at five past two. #id:dg-142 #sfx:announcement
-> dubai_ending

=== gate ===
{ brochure: -> brochure_found }
-> boarding

=== brochure_found ===
At the gate Raisa Nikolaevna asks the young women to open their bags, "so that nothing gets lost". #id:dg-143
She finds the brochures, folds them in half and drops them into a bin. "You will not need these. I am here to look after you." #id:dg-144 #speaker:escort #mood:angry #indicator:isolation
-> boarding

=== boarding ===
The Dubai flight closes its doors at five past two. #id:dg-145 #sfx:announcement
{ card: -> card_ending }
-> dubai_ending

=== card_ending ===
Five weeks later, at four in the morning, the 24-hour hotline for Russian-speaking people abroad receives a call from Dubai. #id:dg-146
It is Aigerim. She has kept the card that looks like a horoscope in her phone case. Raisa Nikolaevna's "sister" took all three passports at the airport, and a man told each of them she owed 10,000 US dollars. #id:dg-147 #indicator:retention-of-documents #indicator:debt-bondage
The hotline worker stays on the line with her and, with her agreement, contacts the police in the Emirates and the consulate. Three weeks later the three women are home. #id:dg-148
{ reported: -> card_reported }
Nurlan still works nights at the airport. #id:dg-149
-> card_end

=== card_reported ===
By then Nurlan has been suspended, after internal security followed up your report about the staff corridor. #id:dg-150
-> card_end

=== card_end ===
The women flew with the escort. In Dubai their passports were taken, each was told she owed 10,000 US dollars, and they were forced into prostitution. But the card that looked like a horoscope survived, Aigerim used it when she could, and all three came home. #id:dg-151 #ending:card-kept
-> END

=== dubai_ending ===
In Dubai a woman who calls herself Raisa Nikolaevna's sister meets them at arrivals and takes their passports "to register them". Then she drives them to a mall and lets them pick clothes and shoes, "a present from the employer". #id:dg-152 #indicator:retention-of-documents
That evening a man tells them that each of them owes 10,000 US dollars for the visas, the tickets and the "presents", and that there is no job in any mall. #id:dg-153 #indicator:debt-bondage #indicator:deception
The three women were held in Dubai without their passports, told they each owed 10,000 US dollars, and forced into prostitution to "pay it off". They had no way to ask for help. #id:dg-154 #ending:passports-taken
-> END
