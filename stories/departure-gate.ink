# scenario: departure-gate
# role: border
# role: police
# source: 003_fa9b57731bfef90f.txt:76-80
# source: 003_fa9b57731bfef90f.txt:159-163
# source: 001_a1e76db77d51934e.txt:400-416
# source: 002_002b58c2eb9cca60.txt:80
# content-note: sexual-exploitation
# content-note: coercion-threats
# minutes: 18
# setting: airport-hall

// Departure gate: a border-guard officer at Almaty airport meets three young
// women travelling to "summer jobs" in Dubai with an escort who holds their
// passports. Drawn from 003 lines 76-80 (the case; line 78: escorted through
// internal corridors) and 001 lines 400-416 (hotline, airport booklets,
// horoscope-style help cards, brochures for at-risk travellers, pocket card,
// NGO-police partnership). Consequences: 003 lines 159 (detention without
// screening: the attitude), 161 ("she knew"), 163 (case lost after a
// face-to-face with the suspect); 002 line 80 (official complicity).
// Invented (see docs/scenarios/departure-gate.md): the Kazakh NGO helpline on
// the cards and its messenger contact, Gulnara's phone consultation and her
// coming to the airport, the supervisor's call, the escort's message, who
// receives the report on Nurlan.

// What the trainee has done, remembered for later consequences.
VAR trust = 0
VAR fears_heard = false
VAR noted = false
VAR card = false
VAR brochure = false
VAR reported = false

-> night_shift

=== night_shift ===
Almaty International Airport, departures, a quarter past one in the morning. You are the border-guard officer at passport control booth four. #id:dg-001 #scene:airport-hall #ambient:airport
Boarding for the night flight to Dubai starts in twenty minutes. The hall is half empty: families with too much luggage, a few men travelling for work. #id:dg-002 #sfx:announcement
In your breast pocket is the laminated pocket card from last month's training, "Instructions for Identifying Potential Victims of Human Trafficking". #id:dg-003
In the drawer under your counter lie two stacks left by an NGO that works with your unit: brochures for people travelling abroad for work, and small cards that look like horoscopes. Among the star signs on each card is the NGO's 24-hour helpline, with a messenger contact that can be written to from abroad. #id:dg-004
Nurlan from the airport's aviation security service leans on the side of your booth. You know him from the canteen; he has worked nights here for years. #id:dg-005 #enter:colleague
"Listen, Raisa Nikolaevna is bringing a group for the Dubai flight, three girls. She is a regular, she has friends everywhere here. I will take them through the staff corridor so they do not have to queue. Just put the stamps in, all right?" #id:dg-006 #speaker:colleague #mood:calm
* [Let Nurlan take the group through the staff corridor: he is airport security, and the queue is long. #id:dg-007 #critical:official-complicity #score:identification-2 #score:procedure-3 #std:seed-003-78 #std:seed-002-80 #feedback:The staff corridor takes the travellers past the one place where an officer can see and hear them; in the source case that is exactly how the student was taken out of Almaty, by an escort with friends everywhere in the airport. A colleague offering it is possible complicity, and accepting it is a critical error.]
    -> staff_corridor
* [Agree on one condition: Nurlan first brings you the four passports, so that each one is checked and stamped at your booth. #id:dg-008 #critical:official-complicity #score:identification-2 #score:procedure-2 #std:seed-003-78 #std:seed-002-80 #std:unodc-indicators #feedback:The condition sounds careful, but a stamp in a passport whose holder you never saw is not a border check: you cannot see who holds the documents or hear anyone answer. It is still the staff corridor, with your stamp on it.]
    -> stamps_only
* [Say no: every traveller comes to your window, group or not. Then write down Nurlan's name, the time and his exact words. #id:dg-009 #score:procedure+2 #score:identification+1 #std:seed-002-80 #std:ohchr-g2 #feedback:Every traveller passes the same control, and a colleague's request to skip it is itself information. Writing down the name, the time and his words at once means it can be reported and looked into later.]
    ~ noted = true
    -> the_group
* [Tell Nurlan, in a friendly way, that the group will queue at the window like everyone else. #id:dg-160 #score:procedure+1 #std:seed-002-80 #std:ohchr-g2 #feedback:Refusing is right: everyone comes to the window. But a colleague asking you to wave a group past control is worth a note with his name, the time and his words; without it, nothing can be looked into later.]
    -> the_group

=== stamps_only ===
Five minutes later Nurlan brings you four passports in a neat stack. You stamp them without seeing a single face. #id:dg-010 #sfx:stamp
-> staff_corridor

=== staff_corridor ===
A little later Nurlan leads a small group along the glass wall to the service door: an older woman in a good coat with a folder under her arm, and three young women walking close together behind her. #id:dg-011 #enter:escort #enter:aigerim #enter:dana #enter:madina
One of the young women looks back at the hall, as if she has forgotten something. Then the door closes behind them. #id:dg-012 #sfx:door #leave:colleague #leave:escort #leave:aigerim #leave:dana #leave:madina
You learn what happened only a year later, from an NGO report that reaches your unit: three young women from a small city, a job in a Dubai mall that never existed, passports taken on arrival by the escort's "sister", and a debt of 10,000 US dollars each. #id:dg-013 #epilogue #indicator:retention-of-documents #indicator:debt-bondage
The group left through the staff corridor without ever standing at your window. In Dubai their passports were taken, each was told she owed 10,000 US dollars, and they were forced into prostitution. Nobody at the airport was ever asked about that night. #id:dg-014 #ending:staff-corridor
-> END

=== the_group ===
Nurlan shrugs and walks away, already looking at his phone. #id:dg-015 #leave:colleague
Ten minutes later a well-dressed woman in her fifties comes to your window. Behind her stand three young women of eighteen or twenty, in new jackets, with one small backpack each. #id:dg-016 #enter:escort #enter:aigerim #enter:dana #enter:madina
She lays four passports and four boarding passes on the counter in one neat stack. #id:dg-017 #indicator:retention-of-documents #evidence:stack-dg
"Good evening. I am Raisa Nikolaevna. My girls are flying to work in a big shopping centre in Dubai, summer jobs, selling to Russian tourists. Nurlan said you would understand." #id:dg-018 #speaker:escort #mood:calm #situation
One of the young women opens her mouth to say something. The older woman answers for her before she can. #id:dg-019 #indicator:others-speak-for-them
* [Give each young woman her own passport, and ask each to come to the window on her own and answer your questions herself. #id:dg-020 #score:identification+2 #score:procedure+1 #std:unodc-indicators #std:ohchr-g2 #feedback:Each traveller holding her own passport and answering for herself is ordinary procedure, and it shows at once who speaks for whom and who holds the documents.]
    -> window_each
* [Check each passport photo against the face, and ask Raisa Nikolaevna for the employer's name and the address in Dubai. #id:dg-021 #score:identification+1 #std:unodc-indicators #std:ohchr-g2 #feedback:Looking at each face is part of the check, and the missing address matters. But the answers came from the escort: her prepared version, given for them. Ask each traveller herself, with her own passport in her hand.]
    -> escort_version
* [The passports, visas and tickets are valid and the escort's account is consistent: stamp the four passports before boarding closes. #id:dg-022 #critical:return-to-controller #score:identification-3 #score:protection-2 #score:procedure-1 #std:seed-003-76 #std:unodc-indicators #std:who-2003-1 #feedback:The papers being in order is not the question. One person holding everyone's passports and answering for everyone are two textbook indicators, and stamping them through sends the three women on with her before anyone has heard them.]
    -> waved_through

=== waved_through ===
The stamp comes down four times. #id:dg-023 #sfx:stamp
Raisa Nikolaevna gathers the passports back into her folder, and the young women follow her towards the gate without a word. #id:dg-024 #indicator:acts-as-instructed #indicator:retention-of-documents #leave:escort #leave:aigerim #leave:dana #leave:madina
-> gate

=== escort_version ===
"A big shopping mall in Dubai, one of the biggest in the world. They need Russian-speaking girls for the Russian tourists. Accommodation is provided, and my sister meets them at the airport." #id:dg-025 #speaker:escort #mood:calm
"I keep the passports because young girls lose everything. Is that not right, girls?" #id:dg-026 #speaker:escort #mood:calm #indicator:retention-of-documents
The three young women nod together. None of them looks at you. #id:dg-027 #indicator:acts-as-instructed
-> how_to_talk

=== window_each ===
Raisa Nikolaevna steps aside with a small sigh. The first to come to the window is Aigerim, nineteen according to her passport. #id:dg-028
"Where will you be working?" #id:dg-029 #speaker:trainee
"In a mall. A big one. Raisa Nikolaevna knows the name." #id:dg-030 #speaker:aigerim #mood:worried
Before every answer she glances over her shoulder at the older woman. #id:dg-161 #indicator:acts-as-instructed
"And where will you live?" #id:dg-031 #speaker:trainee
"Her sister will meet us. She has a flat, I think. I do not know the address." #id:dg-032 #speaker:aigerim #mood:worried #indicator:unaware-of-address
Dana and Madina give the same answers, almost word for word. Behind them, Raisa Nikolaevna taps her folder against the counter. #id:dg-033 #indicator:acts-as-instructed
-> how_to_talk

=== how_to_talk ===
The boarding call for Dubai sounds over the hall. Raisa Nikolaevna looks at her watch. #id:dg-034 #sfx:announcement
* [Tell Raisa Nikolaevna this is an ordinary additional check: she waits in the hall while you talk with the three in the office. #id:dg-035 #score:protection+2 #score:identification+1 #score:procedure+1 #std:who-2003-1 #std:unodc-indicators #feedback:An ordinary additional check separates the travellers from the escort without accusing anyone. Away from her they can speak for themselves, and she has no reason to be alarmed.]
    ~ trust = trust + 1
    -> office
* [Ask the three, here at the window and in their own words, whether the job and the arrangements are as Raisa Nikolaevna says. #id:dg-036 #score:identification+2 #score:protection-1 #std:unodc-indicators #std:who-2003-1 #feedback:The right question, asked of the right people, in the wrong place. In front of the person who controls them they can only repeat her version, and she now knows you have doubts. Separate them first, under an ordinary pretext.]
    -> in_front
* [Call the airport police: one person holding four passports is enough to take all four off the flight and hold them for a document check. #id:dg-037 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #std:kz-supreme-court-2012 #feedback:Holding the three women for a document check treats them as offenders before anyone has listened to them: the attitude of the police in the source who put 120 people on buses unscreened. Screen first, away from the escort; the non-punishment principle protects them.]
    -> detained

=== in_front ===
"Yes, everything is fine. We want to work." #id:dg-038 #speaker:aigerim #mood:afraid
Raisa Nikolaevna's hand rests on Aigerim's shoulder while she answers. #id:dg-162 #indicator:others-speak-for-them #indicator:acts-as-instructed
"You see? They are grown girls, they know what they are doing." #id:dg-039 #speaker:escort #mood:calm
* [Say an additional check is still needed for all three: Raisa Nikolaevna waits in the hall with your colleague while you talk with them in the office. #id:dg-040 #score:protection+1 #score:identification+1 #std:who-2003-1 #std:unodc-indicators #feedback:Separating them is still right, but the escort has now seen your doubts, and the women know she has. Separate first, before asking anything in front of her.]
    -> office
* [They are adults, they have answered, and their papers are valid: stamp the passports and let them board with her. #id:dg-041 #critical:return-to-controller #score:identification-2 #score:protection-2 #score:procedure-1 #std:unodc-indicators #std:seed-003-76 #std:who-2003-1 #feedback:A yes given with the escort's hand on her shoulder is not an answer. The indicators you have already seen are reason enough for a private conversation; stamping them through sends them on with the person who controls them.]
    -> waved_through

=== office ===
Raisa Nikolaevna protests that she is responsible for the girls. A colleague from your shift stays with her by the window, and you take the three young women to the small office behind the booths. #id:dg-042 #scene:airport-office #ambient:quiet #sfx:door #enter:aigerim #enter:dana #enter:madina #situation
The door shuts out the noise of the hall. The three sit close together on the edge of their chairs, jackets still zipped. #id:dg-043
Aigerim holds her boarding pass in both hands. Madina does not take her eyes off the door. #id:dg-044
* [Say who you are, that they are not in trouble and may stop at any time, and ask whether they want to talk together or one by one. #id:dg-045 #score:protection+2 #score:procedure+1 #std:who-2003-6 #std:who-2003-1 #feedback:Saying who you are, that they are not in trouble and that they may stop at any time, and letting them choose together or alone, gives them back a little control and makes honest answers possible.]
    ~ trust = trust + 1
    -> together
* [Ask why they accepted a job abroad from a woman they had known for only a few weeks; the report will have to explain their reasons. #id:dg-046 #score:protection-3 #score:identification-1 #std:who-2003-8 #std:seed-003-161 #feedback:However it is meant, a why-did-you-trust-her question tells them that being deceived is their fault, like the officer in the source who said she should not have been so naive. Ask what was offered and agreed, never why they believed it.]
    -> blamed
* [Start with the standard questions: full names, purpose of travel, employer's name and address, where they will stay in Dubai. #id:dg-047 #score:identification+1 #std:unodc-indicators #std:who-2003-6 #feedback:The form brings out facts such as the missing address, but a checklist before any explanation gets the rehearsed answers. Say first who you are, that they are not in trouble and that they can stop, then ask.]
    -> by_the_form

=== together ===
They look at each other. Dana answers first, and Aigerim nods. #id:dg-048
"Together." #id:dg-163 #speaker:dana #mood:guarded
"Together is better." #id:dg-164 #speaker:aigerim #mood:guarded
-> account

=== by_the_form ===
They answer in the same careful sentences they used at the window. Purpose of travel: work. Employer: a shopping centre. Address in Dubai: none of them knows it. #id:dg-049 #indicator:unaware-of-address
When you ask who has their employment contracts, Aigerim says Raisa Nikolaevna keeps them, with everything else. #id:dg-050 #indicator:retention-of-documents
-> account

=== blamed ===
Nobody answers. Aigerim's face turns red, and she looks down at her knees. At last Dana speaks, flatly. #id:dg-051
"We believed her because she was kind to us. Is that a crime?" #id:dg-052 #speaker:dana #mood:angry
From now on the answers are short: yes, no, we are going to work, everything is fine. #id:dg-087 #indicator:acts-as-instructed
-> can_we_go

=== account ===
"I have just finished my first year at university. My family cannot pay for the second. Raisa Nikolaevna said we could earn enough in one summer and be back in September." #id:dg-053 #speaker:aigerim #mood:worried #indicator:abuse-of-vulnerability #situation
"Dana and Madina need money too. She came to our city, she knew everybody, she was so kind to us." #id:dg-054 #speaker:aigerim #mood:neutral
* [Ask what was agreed about money, who keeps the passports, where they will live, and whether they can come home when they choose. #id:dg-055 #score:identification+3 #score:protection+1 #std:ilo-2012 #std:palermo-3a #feedback:Plain questions about money, documents, accommodation and freedom to leave bring out the indicators that matter: a debt of unknown size, passports held by someone else, no address, and no way home until the debt is paid.]
    ~ trust = trust + 1
    -> arrangements
* [Ask to see their employment contracts and the employer's letter of invitation. #id:dg-165 #score:identification+1 #std:ilo-2012 #std:unodc-indicators #feedback:Asking for the contract is a good question: there is none, which points to deception. But papers are only part of it. Ask also about money, debt, who holds the passports and whether they can leave, which is where control shows.]
    -> no_contract
* [Ask whether they know what kind of work young women are often really offered in Dubai; better they hear it from you tonight than from someone there. #id:dg-056 #score:protection-2 #score:identification-1 #std:seed-003-161 #std:palermo-3b #std:who-2003-8 #feedback:Meant as a warning, it lands as an insinuation: it shames them and suggests that what they knew decides whether they are victims. Under the Palermo Protocol, consent is irrelevant once deception, threats or abuse of vulnerability are used; ask about the arrangements instead.]
    -> insinuation

=== arrangements ===
"The tickets and the visas were expensive, so Raisa Nikolaevna paid for them. We will pay her back from our wages. She has not said how much yet." #id:dg-057 #speaker:dana #mood:guarded #indicator:debt-bondage
"She keeps our passports because of the visas. Her sister will take us to the flat. We do not have the address, but she said not to worry." #id:dg-058 #speaker:aigerim #mood:worried #indicator:retention-of-documents #indicator:unaware-of-address
"We can come home when the tickets are paid off. That is what she said." #id:dg-166 #speaker:dana #mood:guarded #indicator:restriction-of-movement #indicator:debt-bondage
Madina speaks quietly, for the first time in her own words. #id:dg-167
"Nobody has shown us a contract." #id:dg-059 #speaker:madina #mood:worried #indicator:deception
-> supervisor_call

=== no_contract ===
The three look at each other. Madina answers quietly, for the first time in her own words. #id:dg-168
"Nobody has shown us a contract. Raisa Nikolaevna has all the papers." #id:dg-169 #speaker:madina #mood:worried #indicator:deception #indicator:retention-of-documents
-> supervisor_call

=== insinuation ===
Madina's face hardens. #id:dg-060
"We are not that kind of girls." #id:dg-170 #speaker:madina #mood:angry
She turns towards the wall. Aigerim looks at the door, and then at her watch. #id:dg-061
-> can_we_go

=== supervisor_call ===
You step into the corridor and phone Major Omarov, your shift supervisor. The Dubai flight closes in twenty-five minutes. #id:dg-171 #sfx:phone-ring #phone:supervisor #situation
"Quickly, then. What have you got?" #id:dg-172 #speaker:supervisor #mood:neutral
* [Possible trafficking: she holds their passports and answers for them; a debt of unknown size, no contract, no address. You need time. #id:dg-173 #score:identification+3 #score:procedure+1 #std:ilo-2012 #std:palermo-3a #std:coe-10 #feedback:You read the act, the means and the control: recruitment by deception, a debt of unknown size, documents held by the escort, no address. Reasonable grounds are enough to take time to screen; proof is not needed at this stage.]
    -> supervisor_time
* [Probably illegal work in the Emirates: a loan from the recruiter and no contract. You propose to warn them about working without a permit. #id:dg-174 #score:identification+1 #std:ilo-2012 #std:palermo-3a #feedback:You saw the missing contract and the loan, which is a start. But a debt of unknown size owed to the escort, passports in her folder and no address are indicators of control, not only of irregular work: this is possible trafficking, and it needs screening, not a warning.]
    -> supervisor_warning
* [Three adult citizens with valid passports and visas. The escort is controlling, but that is not an offence: you propose to let them board. #id:dg-175 #critical:return-to-controller #score:identification-2 #score:procedure-1 #std:palermo-3b #std:seed-003-161 #std:unodc-indicators #std:who-2003-1 #feedback:Valid documents and adult age do not rule out trafficking; their consent to travel is irrelevant once deception, debt and control are used. Closing the check now, with those indicators in front of you and before the women have decided anything, sends them back to the escort: the same error as stamping them through at the window. The indicators are reasonable grounds to keep screening.]
    -> supervisor_board
* [Enough to act: you ask for two police officers to take Raisa Nikolaevna from the hall now for questioning about the passports. #id:dg-176 #score:identification+1 #score:protection-2 #score:procedure-1 #std:seed-003-163 #std:who-2003-1 #std:who-2003-2 #feedback:The reading is right, the move is premature. Taking the escort in now, with nothing yet from the women and in full view of them, shows her who has talked and puts them under her pressure before they have support or time to decide.]
    -> escort_taken

=== supervisor_time ===
"Take the time you need. I will tell the gate that three passengers may not board." #id:dg-177 #speaker:supervisor #mood:neutral
-> fears

=== supervisor_warning ===
"Warn them, then, and be quick about it. The gate is closing." #id:dg-178 #speaker:supervisor #mood:tired
-> fears

=== supervisor_board ===
"Your decision. Finish up." #id:dg-179 #speaker:supervisor #mood:tired
You go back into the office and tell the three that the check is over. #id:dg-180 #sfx:door #leave:supervisor
-> can_we_go

=== escort_taken ===
Two police officers walk Raisa Nikolaevna past the office window to the duty room. Through the glass she sees the three young women, and smiles at them. #id:dg-181 #leave:supervisor
Within the hour her lawyer is on the phone to your supervisor, and the three young women will not say another word. #id:dg-182
By morning Raisa Nikolaevna has been released; there is nothing to hold her on without the women's statements. #id:dg-183 #epilogue
-> case_lost

=== fears ===
When you come back, Aigerim is twisting the boarding pass in her hands. #id:dg-062 #leave:supervisor
"If I do not go, the money is gone. My mother borrowed it from the neighbours for my trip. And Raisa Nikolaevna has been to our house. She knows where my mother lives." #id:dg-063 #speaker:aigerim #mood:afraid #indicator:intimidation-threats #indicator:abuse-of-vulnerability
* [Say her fear makes sense, ask what would make her and her mother safer, and be honest about what you cannot do tonight. #id:dg-064 #score:identification+1 #score:protection+2 #score:procedure+1 #std:who-2003-7 #std:who-2003-3 #feedback:Her fear for her family is a real assessment of risk and an indicator of intimidation. Taking it seriously and being honest about the limits of what you can do builds more trust than any reassurance.]
    ~ fears_heard = true
    ~ trust = trust + 1
    -> fears_honest
* [Note that the escort has been to her house and knows where her mother lives: that is a threat, and it goes in the report. #id:dg-184 #score:identification+1 #std:ilo-2012 #std:who-2003-7 #feedback:You recognised the threat, and it does belong in the report. But she told you about her fear, not only a fact: ask her what would make her and her mother safer, and be honest about what you can and cannot do.]
    -> fears_noted
* [Tell her that her mother will be safe and that Raisa Nikolaevna will be arrested tonight: right now she needs to hear that she is not alone. #id:dg-065 #score:protection-2 #std:who-2003-3 #feedback:You cannot guarantee her family's safety or an arrest tonight, and she knows it. An arrest she did not ask for also frightens her: everyone at home would know. Say honestly what is possible.]
    -> fears_promise
* [Tell her plainly that refusing to give a statement against Raisa Nikolaevna tonight could make her look like an accomplice; better she knows where she stands. #id:dg-066 #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:coe-12 #std:kz-supreme-court-2012 #feedback:Threatening a possible victim with prosecution breaks the non-punishment principle, makes help conditional on testimony and teaches her that the authorities are the danger. Take her fear seriously and be honest about what you can do.]
    -> threatened

=== fears_honest ===
Aigerim is quiet for a moment. #id:dg-067
"I do not know what would make it safe. Maybe if somebody knew. Somebody who is not her." #id:dg-185 #speaker:aigerim #mood:guarded
-> next_step

=== fears_noted ===
Aigerim watches you write. She says nothing more about her mother. #id:dg-186
-> next_step

=== fears_promise ===
Aigerim looks at you for a long moment. #id:dg-068
"You cannot promise that. And if she is arrested, everyone at home will know it was us." #id:dg-187 #speaker:aigerim #mood:afraid
She stands up, and the other two stand with her. #id:dg-188
-> can_we_go

=== threatened ===
The word "accomplice" lands in the small room like a slammed door. Dana takes Aigerim's hand. #id:dg-069
"We have not done anything. We just want to go to work." #id:dg-070 #speaker:dana #mood:afraid #indicator:fears-authorities
From now on the answers are short: yes, no, we are going to work, everything is fine. #id:dg-189 #indicator:acts-as-instructed
-> can_we_go

=== next_step ===
Through the door you hear the second boarding call for Dubai. #id:dg-071 #sfx:announcement
The three talk quietly in Kazakh for a moment. Then Aigerim looks up. #id:dg-076
"What happens now?" #id:dg-190 #speaker:aigerim #mood:worried
* [Ask whether they would like to talk, alone and on your office phone, with a consultant of the NGO helpline; it obliges them to nothing. #id:dg-077 #score:procedure+2 #score:protection+1 #std:coe-12 #std:who-2003-6 #std:seed-001-416 #feedback:An NGO consultant can offer support, information and a place to stay without conditions, and asking first respects their right to say no. Partnership between NGOs and the police is how referrals actually happen.]
    -> ngo_call
* [Phone the NGO helpline yourself, ask a consultant to come out to the airport, and then tell the three that help is on its way. #id:dg-191 #score:procedure+1 #std:coe-12 #std:who-2003-6 #std:seed-001-416 #feedback:The referral is the right one, but it was made for them: nobody asked whether they wanted it. Ask first; a referral they have agreed to is one they can use.]
    -> ngo_unasked
* [Bring Raisa Nikolaevna in and ask her to explain the debt and the passports in front of them, while everyone is still here and it is all fresh. #id:dg-078 #score:protection-3 #score:procedure-2 #std:seed-003-163 #std:who-2003-1 #feedback:Putting the women face to face with the escort exposes them to her pressure; in the source case, victims refused to testify after a cross-interrogation with the suspect, and the case was closed. Keep the suspect away from them.]
    -> confrontation
* [Phone Aigerim's mother: the family should know tonight what this trip really is, and a mother may be able to talk her daughter out of it. #id:dg-079 #critical:expose-identity #score:protection-3 #score:procedure-2 #std:coe-11 #std:who-2003-5 #std:who-2003-6 #feedback:Calling the family without her consent exposes her, adds shame and, here, reaches the escort, who knows the family. Whether, when and what to tell her family is her decision: informed consent comes first.]
    -> call_mother

=== confrontation ===
Raisa Nikolaevna sits down opposite the three young women and listens to your questions with a patient smile. #id:dg-080 #enter:escort
"Girls, did I force anyone? Did I lie to you? Tell the officer." #id:dg-081 #speaker:escort #mood:calm
One by one, they say no. #id:dg-192 #indicator:acts-as-instructed
She does not raise her voice once. On the way out she bends towards Aigerim. #id:dg-082
"Say hello to your mother for me." #id:dg-193 #speaker:escort #mood:calm #indicator:intimidation-threats
The three young women do not fly that night, but none of them will give a statement. The next morning a lawyer for Raisa Nikolaevna calls your supervisor. #id:dg-083 #leave:escort
-> case_lost

=== call_mother ===
Aigerim's mother answers on the fourth ring, frightened by a call from the border service in the middle of the night. You hear her start to cry. #id:dg-084
"You called my mother? Now the whole street will know." #id:dg-085 #speaker:aigerim #mood:ashamed
Twenty minutes later there is a knock at the office door. Raisa Nikolaevna smiles through the glass. #id:dg-086 #sfx:door
"Your mother called me, Aigerim. She is very worried. Come on, girls." #id:dg-194 #speaker:escort #mood:calm #indicator:intimidation-threats #enter:escort
The three young women pick up their backpacks and follow her out. #id:dg-195 #leave:escort #leave:aigerim #leave:dana #leave:madina
-> back_to_escort

=== ngo_call ===
They look at each other. #id:dg-102
"Only to talk. We have not decided anything." #id:dg-196 #speaker:aigerim #mood:guarded
You dial the helpline, say who you are and what you are calling about without giving the women's names, hand the receiver to Aigerim and wait outside the door. #id:dg-103 #sfx:phone-ring #phone:ngo-worker
Later Aigerim tells you what the consultant, Gulnara, said to them on the speaker. #id:dg-197
"Nobody decides for you. I can tell you what help exists and what the risks are, and I can come to the airport if you want me to. The rest is yours." #id:dg-104 #speaker:ngo-worker #mood:calm
-> colleague_returns

=== ngo_unasked ===
The consultant, Gulnara, says she can be at the airport by half past three. #id:dg-198 #sfx:phone-ring #phone:ngo-worker
When you tell the three, Aigerim frowns. #id:dg-199 #leave:ngo-worker
"You did not ask us. We did not ask for anybody." #id:dg-200 #speaker:aigerim #mood:guarded
-> aigerim_goes

=== colleague_returns ===
There is a knock, and Nurlan puts his head round the door without waiting for an answer. #id:dg-105 #sfx:door #leave:ngo-worker #enter:colleague
"What is the hold-up? Raisa Nikolaevna is a friend, the flight is closing. Give me the girls and I will walk them straight to the gate through our corridor." #id:dg-106 #speaker:colleague #mood:angry
* [Tell Nurlan the check is not finished and he is to leave. Then give Major Omarov the facts: what Nurlan offered, twice, and when. #id:dg-107 #score:procedure+2 #score:protection+1 #score:identification+1 #std:seed-002-80 #std:seed-003-78 #std:ohchr-g2 #feedback:A colleague who twice offers to take a group past control is a possible facilitator. Official complicity shields traffickers, so report the facts, with time, name and words, and let those whose job it is look into them.]
    ~ reported = true
    -> report
* [Send Nurlan away and leave it there: he is a colleague of many years, and a report with nothing provable in it would only poison the shift. #id:dg-108 #critical:official-complicity #score:procedure-2 #score:identification-1 #std:seed-002-80 #std:seed-003-78 #feedback:The reason sounds loyal, but silence leaves the staff corridor open for the next group. You do not need proof to report facts; checking them is the job of internal security.]
    -> not_reported
* [Let Nurlan walk them to the gate by the staff corridor: the flight is closing, and they can decide on the way. #id:dg-109 #critical:return-to-controller #critical:official-complicity #score:protection-3 #score:procedure-2 #std:who-2003-1 #std:seed-002-80 #std:seed-003-78 #feedback:Handing the women to a colleague who works with the escort returns them to her control, now that she knows they have talked, and accepts his corridor. Nobody should be released to the person suspected of controlling them.]
    -> handed_to_nurlan

=== report ===
Nurlan shrugs and goes. Major Omarov, your shift supervisor, comes to the office, listens without interrupting and writes down the time, the name and the words "staff corridor". #id:dg-110 #sfx:door #leave:colleague #enter:supervisor
{ noted:
    You give him the note from the start of the shift: the first time Nurlan asked, word for word. #id:dg-201
}
"It goes to our internal security in the morning. Nurlan is aviation security, not ours, so I will write to the head of the airport's security service and to the transport prosecutor's office as well. And the young women?" #id:dg-111 #speaker:supervisor #mood:neutral
-> their_choice

=== not_reported ===
Nurlan shrugs and goes. You tell yourself there is nothing you could prove. #id:dg-112 #sfx:door #leave:colleague
-> their_choice

=== handed_to_nurlan ===
Nurlan leads the three young women out through the service door. #id:dg-113 #sfx:door #leave:colleague #leave:aigerim #leave:dana #leave:madina
-> back_to_escort

=== their_choice ===
The three young women talk among themselves for a long time. Then Aigerim turns to you. #id:dg-114 #leave:supervisor
{ fears_heard && trust >= 2: -> they_stay }
-> aigerim_goes

=== they_stay ===
"We are not flying tonight. All three of us. We want to hear what Gulnara knows about jobs like this one. Then we will decide the rest ourselves." #id:dg-115 #speaker:aigerim #mood:relieved #situation
"And my mother? Raisa Nikolaevna knows our house." #id:dg-116 #speaker:aigerim #mood:worried #indicator:intimidation-threats
Gulnara, on the phone again, says she is on her way and will think it through with them: who they want to tell, when, and what would make Aigerim's mother safer. #id:dg-117 #phone:ngo-worker
* [Give each woman her own passport, and tell them nobody expects any decision about a statement tonight, and that Gulnara's help does not depend on one. #id:dg-118 #score:protection+2 #score:procedure+2 #std:coe-13 #std:coe-12 #std:palermo-6 #std:seed-001-456 #feedback:Each woman holds her own passport, support comes first, and there is time to decide, so any later decision about giving evidence is hers. Assistance does not depend on a statement.]
    -> danger
* [Tell them nobody expects a statement tonight, and keep their passports at your booth until Gulnara arrives, so that nobody can take them. #id:dg-202 #score:protection+1 #std:coe-13 #std:who-2003-7 #feedback:No pressure for a statement is right, and the worry about the passports is real. But holding their documents, however kindly, takes back the control they have just regained; the passports belong in their own hands.]
    -> danger
* [Explain that a formal statement tonight, while memories are fresh, is what the prosecutor will need to stop Raisa Nikolaevna; the duty investigator can take it here. #id:dg-119 #score:protection-2 #score:procedure-2 #std:coe-13 #std:seed-003-163 #feedback:The investigator's logic is real, but demanding a statement the same night turns help into an interrogation. People need time to recover and decide; pushed, they often withdraw, and the case is lost.]
    -> statement_demanded
* [Let Raisa Nikolaevna talk to them for five minutes, with you in the room, so that their decision is final and nobody can say they were kept from her. #id:dg-120 #critical:return-to-controller #score:protection-3 #std:who-2003-1 #std:who-2003-7 #feedback:A last conversation with the escort, even with you present, gives her the chance to use shame, debt and their families against them. Their decision has to be made away from her.]
    -> escort_allowed

=== danger ===
Aigerim's phone lights up. She reads the message, goes pale and turns the screen towards you. #id:dg-203 #leave:ngo-worker
The message reads: "I am at the taxi exit. You owe me for the tickets. Come out, all three, now, or tomorrow I go to your mother." #id:dg-204 #indicator:intimidation-threats #indicator:debt-bondage
"Gulnara will not be here for an hour. We will just take a taxi to the bus station now and go home, by ourselves. Please do not make this bigger. If the police come, she will know it was us." #id:dg-205 #speaker:aigerim #mood:afraid
* [Tell them plainly you will not let them walk out past her: they wait here for Gulnara, and the airport police watch the exit. #id:dg-206 #score:protection+2 #score:identification+1 #score:procedure+1 #std:who-2003-9 #std:who-2003-1 #feedback:A threat from someone waiting at the exit is imminent danger: this is the moment to act, not only to defer, and to tell them honestly why. Where they go once Gulnara is here remains their choice.]
    -> waited
* [Take them out yourself by the staff corridor to a taxi at arrivals, away from the exit where she is waiting. #id:dg-207 #score:protection+1 #std:who-2003-9 #std:who-2003-7 #feedback:You took the danger seriously and kept them away from her. But you left your post, used the corridor you refused Nurlan, and sent them off alone at night with the threat to Aigerim's mother unaddressed. Keep them safe where they are until Gulnara comes.]
    -> taxi_alone
* [Do as they ask: they are adults and know her better than anyone here. Call them a taxi and see them to the door. #id:dg-208 #critical:return-to-controller #score:protection-2 #score:identification-1 #std:who-2003-9 #std:who-2003-7 #std:who-2003-1 #feedback:Respecting their assessment is usually right, but not when someone who has just threatened them is waiting at that door. Seeing them out to the exit where she waits lets the controller take them away, whoever asked for it. In imminent danger, act, and tell them honestly what you are doing and why.]
    -> taken_at_exit
* [Show the airport police the threat on Aigerim's phone and have them detain Raisa Nikolaevna at the exit. #id:dg-209 #score:identification+1 #score:protection-1 #score:procedure-1 #std:who-2003-6 #std:who-2003-5 #std:seed-003-163 #feedback:The threat is real and acting on it is right, but showing her phone to the police against her stated wish and having the escort detained in front of them exposes Aigerim as the one who talked. Tell them what you intend, keep them safe first, and let the evidence wait for their decision.]
    -> escort_detained

=== waited ===
Aigerim does not like it, and says so. Then she sits down again. An airport police officer takes up a place by the taxi exit. #id:dg-210
When Gulnara arrives at half past three, Raisa Nikolaevna is no longer there. #id:dg-211 #sfx:door #enter:ngo-worker
-> stayed

=== taxi_alone ===
The taxi leaves from the arrivals level. Nobody follows it. #id:dg-212 #leave:aigerim #leave:dana #leave:madina
In the morning Raisa Nikolaevna is at Aigerim's mother's door. Aigerim calls Gulnara from the bus station, and Gulnara meets them there. #id:dg-213 #epilogue #indicator:intimidation-threats
-> stayed

=== taken_at_exit ===
Through the glass wall you see a figure step out from the shadow of the taxi rank. The three young women get into Raisa Nikolaevna's car. #id:dg-214 #indicator:acts-as-instructed #leave:aigerim #leave:dana #leave:madina
Ten days later Raisa Nikolaevna flies the three of them to Dubai from Astana, where nobody has seen them before. #id:dg-215 #epilogue
-> dubai_ending

=== escort_detained ===
The police hold Raisa Nikolaevna for two hours. The message says nothing about prostitution and nothing about force; by dawn she is released. #id:dg-216 #epilogue
She knows now exactly which of them talked. The three go home, and will not speak to anyone about that night. #id:dg-217 #epilogue #leave:aigerim #leave:dana #leave:madina
-> case_lost

=== stayed ===
Gulnara takes them to the NGO's shelter in the city. Aigerim calls her mother herself, from Gulnara's phone, when she is ready. #id:dg-121 #epilogue #leave:ngo-worker #leave:aigerim #leave:dana #leave:madina
With the women's agreement, Gulnara passes what they told her to the police anti-trafficking unit. #id:dg-122 #epilogue
{ reported: -> stayed_reported }
Nurlan is on shift again the next night. Nobody ever asks him about the staff corridor. #id:dg-123 #epilogue
-> stayed_end

=== stayed_reported ===
A week later Nurlan is suspended while the airport's security service and the prosecutor's office look into which groups he has taken through the staff corridor, and for whom. #id:dg-124 #epilogue
-> stayed_end

=== stayed_end ===
The three women chose to stay and talk. For now they are safe, with support and time to decide whether to give evidence against the escort. Aigerim still needs money for her second year; how she finds it is her decision, with help if she wants it. #id:dg-125 #ending:stayed-with-ngo
-> END

=== statement_demanded ===
The words "duty investigator" change the room. Madina starts to cry; Dana says they only wanted a job, not a court case. #id:dg-126 #leave:ngo-worker
By morning all three have gone home by bus. They never come when the investigator calls them in, and they stop answering Gulnara's calls. #id:dg-127 #epilogue #leave:aigerim #leave:dana #leave:madina
-> case_lost

=== escort_allowed ===
Raisa Nikolaevna sits with them for five minutes. She threatens no one. She talks only about their mothers, the money already spent, and how ashamed everyone at home would be. #id:dg-128 #indicator:abuse-of-vulnerability #indicator:intimidation-threats #leave:ngo-worker #enter:escort
When she leaves, the three young women follow her out. #id:dg-129 #sfx:door #leave:escort #leave:aigerim #leave:dana #leave:madina
-> back_to_escort

=== case_lost ===
The women went home, but they would not give evidence, and without their statements the case against the escort was closed. Raisa Nikolaevna went on recruiting in small cities. #id:dg-130 #ending:case-lost #leave:aigerim #leave:dana #leave:madina
-> END

=== can_we_go ===
"Can we go now? Raisa Nikolaevna is waiting. The flight is boarding." #id:dg-088 #speaker:aigerim #mood:guarded #indicator:acts-as-instructed
* [Let them go: hand each her own passport and, quietly, a horoscope-style card, and say what the number among the star signs is for. #id:dg-089 #score:protection+2 #score:procedure+1 #std:seed-001-408 #std:who-2003-7 #feedback:Even when people will not talk, a discreet card respects their choice and leaves a way back. Horoscope-style cards exist so that traffickers do not confiscate them.]
    ~ card = true
    -> let_go
* [Let them go with their own passports and the brochure for travellers working abroad, which lists the helpline and the embassies. #id:dg-090 #score:protection+0 #score:procedure+1 #std:seed-001-408 #feedback:Brochures for travellers who appear at risk are good practice, and the information is right. But a brochure is easy for an escort to find and take; a card that looks like a horoscope is made to survive that.]
    ~ brochure = true
    -> let_go
* [They will not talk and the indicators are there: take them off the flight and hold them overnight in the duty room for a document check. #id:dg-091 #critical:detain-or-deport-unscreened #score:procedure-3 #score:protection-2 #std:ohchr-p7 #std:seed-003-159 #feedback:Not wanting to talk is not an offence, and holding possible victims for it punishes them for their fear; the non-punishment principle applies before identification is complete. Let them go, each with her own passport and a discreet way to ask for help.]
    -> detained

=== let_go ===
Raisa Nikolaevna is waiting outside the office. As the young women come out, she takes the passports from their hands and puts them back into her folder. #id:dg-097 #scene:airport-hall #ambient:airport #sfx:door #indicator:retention-of-documents #enter:escort #enter:aigerim #enter:dana #enter:madina
-> gate

=== detained ===
Two officers of the airport police take the three young women off the flight and to the duty room "for a document check". Raisa Nikolaevna, whose own papers are in perfect order, is let go; she makes one phone call and leaves the airport. #id:dg-098 #scene:airport-office #ambient:quiet #enter:aigerim #enter:dana #enter:madina
The check finds nothing. By morning the duty officer has written an administrative report against Dana for "disobeying a lawful demand", because she argued. At handover he shrugs: "They knew what they were going there for. They are not victims, they are violators." #id:dg-099 #epilogue
The three are released and take the bus home that afternoon. When an NGO consultant calls Aigerim a week later, she says she never wants to speak to anyone in uniform again, and hangs up. #id:dg-100 #epilogue #indicator:fears-authorities #leave:aigerim #leave:dana #leave:madina
Treated as offenders instead of being heard, the three women were held overnight, lost their tickets and were sent home with a report against one of them. The escort was never questioned, and Aigerim, who still needs money for university, is as easy to reach for the next offer as before. #id:dg-101 #ending:detained-sent-home
-> END

=== aigerim_goes ===
"I am going. I know what you think. But I need the money for my second year, and if I go home now, the money my mother borrowed is lost too." #id:dg-131 #speaker:aigerim #mood:guarded #indicator:abuse-of-vulnerability #situation
Dana and Madina nod. They have made the same choice. #id:dg-218
* [Respect her decision: give each her own passport and a horoscope-style card, and say quietly what the number among the stars is for. #id:dg-133 #score:protection+2 #score:procedure+1 #std:who-2003-7 #std:seed-001-408 #std:seed-001-456 #feedback:An adult woman may decide to travel, and that is her right. Respecting it, with her passport in her own hands and a discreet way to call for help that an escort will not take, keeps the door open.]
    ~ card = true
    -> goes_respected
* [Respect her decision: give each her own passport and a brochure for people going abroad to work. #id:dg-221 #score:protection+0 #score:procedure+1 #std:who-2003-7 #std:seed-001-408 #feedback:Respecting her decision and giving back each passport is right, and brochures for travellers at risk are good practice. But an escort who searches bags will find a brochure; a card that looks like a horoscope is made to survive that.]
    ~ brochure = true
    -> let_go
* [Keep their three passports in the office until morning, so that they cannot board tonight and have time to think it over. #id:dg-134 #score:protection-2 #score:procedure-2 #std:who-2003-7 #feedback:Holding passports without legal grounds overrides an adult's own assessment of her situation, and it does not stop the escort. Respect her decision, and make sure she leaves with her own passport and a discreet way to ask for help.]
    -> passports_kept
* [Hand the passports to Raisa Nikolaevna at the gate, since they are travelling with her and she has their tickets. #id:dg-135 #critical:return-to-controller #score:protection-3 #std:who-2003-1 #feedback:Even if they travel with her, their passports belong in their own hands. Handing the documents to the escort confirms her control and shows her who has talked.]
    -> passports_to_escort

=== goes_respected ===
Aigerim slips the card into her phone case, behind a photo of her little brother. #id:dg-136
"A horoscope. Good. She will not look twice at that." #id:dg-219 #speaker:aigerim #mood:neutral
-> let_go

=== passports_kept ===
The three miss the flight. Aigerim does not speak to you again; Dana says you have just cost her family a month's wages. #id:dg-138
In the morning a lawyer arrives. There are no legal grounds to keep the passports, and they are handed back. Ten days later Raisa Nikolaevna flies the three of them to Dubai from Astana, where nobody has seen them before. #id:dg-139 #epilogue #leave:aigerim #leave:dana #leave:madina
-> dubai_ending

=== passports_to_escort ===
You hand the passports to Raisa Nikolaevna at the gate. She thanks you warmly, and looks at each of the young women in turn. #id:dg-140 #scene:airport-hall #ambient:airport #indicator:retention-of-documents #enter:escort #enter:aigerim #enter:dana #enter:madina
-> back_to_escort

=== back_to_escort ===
Raisa Nikolaevna now knows exactly who has talked to whom. At the gate she collects the young women's phones "for safekeeping until Dubai". #id:dg-141 #scene:airport-hall #ambient:airport #epilogue #indicator:retention-of-documents #indicator:isolation #enter:escort #enter:aigerim #enter:dana #enter:madina
The Dubai flight closes its doors at five past two. #id:dg-142 #sfx:announcement #leave:escort #leave:aigerim #leave:dana #leave:madina
-> dubai_ending

=== gate ===
{ brochure: -> brochure_found }
-> boarding

=== brochure_found ===
At the gate, out of your sight, Raisa Nikolaevna asks the young women to open their bags, "so that nothing gets lost". #id:dg-143 #epilogue
She finds the brochures, folds them in half and drops them into a bin. #id:dg-144 #epilogue #indicator:isolation
"You will not need these. I am here to look after you." #id:dg-220 #speaker:escort #mood:angry #epilogue
-> boarding

=== boarding ===
The Dubai flight closes its doors at five past two. #id:dg-145 #sfx:announcement #leave:escort #leave:aigerim #leave:dana #leave:madina
{ card: -> card_ending }
-> dubai_ending

=== card_ending ===
Five weeks later, at four in the morning, the NGO's helpline in Almaty receives a message from a Dubai number. #id:dg-146 #epilogue
It is Aigerim, writing from a borrowed phone. She has kept the card that looks like a horoscope in her phone case. Raisa Nikolaevna's "sister" took all three passports at the airport, and later told each of them she owed 10,000 US dollars. #id:dg-147 #epilogue #indicator:retention-of-documents #indicator:debt-bondage
The consultant stays in contact with her and, with her agreement, reaches Kazakhstan's consulate general in Dubai, which works with the local police. Three weeks later the three women are home. #id:dg-148 #epilogue
{ reported: -> card_reported }
Nurlan still works nights at the airport. #id:dg-149 #epilogue
-> card_end

=== card_reported ===
By then Nurlan has been suspended, after your report about the staff corridor was followed up. #id:dg-150 #epilogue
-> card_end

=== card_end ===
The women flew with the escort. In Dubai their passports were taken, each was told she owed 10,000 US dollars, and they were forced into prostitution. But the card that looked like a horoscope survived, Aigerim used it when she could, and all three came home. #id:dg-151 #ending:card-kept
-> END

=== dubai_ending ===
In Dubai a woman who calls herself Raisa Nikolaevna's sister meets them at arrivals and takes their passports "to register them". Then she drives them to a mall and lets them pick clothes and shoes, "a present from the employer". #id:dg-152 #epilogue #indicator:retention-of-documents
She leaves them in a flat and locks the door behind her. That evening she comes back with a man she calls their owner, and tells them that each of them owes 10,000 US dollars for the visas, the tickets and the "presents", and that there is no job in any mall. #id:dg-153 #epilogue #indicator:restriction-of-movement #indicator:debt-bondage #indicator:deception
The three women were held in Dubai without their passports, told they each owed 10,000 US dollars, and forced into prostitution to "pay it off". They had no way to ask for help. #id:dg-154 #ending:passports-taken
-> END

=== evidence ===
// The documents the trainee can open (docs/authoring.md, "Evidence"); never played.
// The visit visas and the one booking are invented details, consistent with seed 003 line 76 (summer jobs in a Dubai mall, escorted past controls): see docs/scenarios/departure-gate.md.
Four passports and four boarding passes, in one stack #id:dg-e01 #evidence-text:stack-dg #kind:passport
Four passports of the Republic of Kazakhstan. Three belong to young women of nineteen and twenty; the fourth is Raisa Nikolaevna's. #id:dg-e02 #evidence-text:stack-dg #indicator:retention-of-documents
In each of the three young women's passports, a visa for the United Arab Emirates: a visit visa for thirty days, not a work visa. #id:dg-e03 #evidence-text:stack-dg #indicator:deception
Four boarding passes for tonight's flight to Dubai, all with the same booking reference as Raisa Nikolaevna's. #id:dg-e04 #evidence-text:stack-dg
Apart from this visa, the three young women's passports have no stamps at all: it is their first journey abroad. #id:dg-e05 #evidence-text:stack-dg
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/departure-gate.md, reworded to fit the decision they are asked at.
What have you seen at the window, apart from what Raisa Nikolaevna told you? Which of those things would you write in a report, and which are only a feeling? #id:dg-q01 #discuss:dg-020
The boarding call has sounded and Raisa Nikolaevna is watching. Where could the three answer you in their own words, and what could each way of asking cost them? #id:dg-q02 #discuss:dg-035
What would you tell your supervisor in three sentences? What is the difference between "illegal work" and "possible trafficking" here? #id:dg-q03 #discuss:dg-173
Nurlan is a colleague of many years, and nothing is proven. What would you do about his offer, now and afterwards? What could follow from reporting it, and from not reporting it? #id:dg-q04 #discuss:dg-107
Aigerim knew she was going to work abroad and chose to fly. Does that change whether she can be a victim of trafficking? #id:dg-q05 #discuss:end
When was it right to do what the women wanted, and when was it not? What made the difference? #id:dg-q06 #discuss:end
-> END
