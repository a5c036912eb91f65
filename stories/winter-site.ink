# scenario: winter-site
# role: police
# source: 003_fa9b57731bfef90f.txt:60-66
# source: 003_fa9b57731bfef90f.txt:105
# source: 003_fa9b57731bfef90f.txt:159
# source: 003_fa9b57731bfef90f.txt:121
# source: 003_fa9b57731bfef90f.txt:163
# content-note: labour-exploitation
# content-note: coercion-threats
# minutes: 18
# setting: construction-site

// winter-site: a migration police inspector in Kazakhstan takes part in a check of a
// construction site on the edge of Astana in January. Source case: 003 lines 60-66 (recruited
// through the makhalla leader, passports taken "to register us", an unheated house, armed guards
// and dogs, winter, "I didn't know if this was Kazakhstan or Russia"); the foreman's voice in
// line 105 (passports kept "to be on the safe side" until the construction is finished, fed once
// a day, "we would just inform the police and they would fine and deport them"); the police voice
// of line 159 (120 people put on buses and deported unscreened); the makhalla leader who helps
// recruiters in good faith (line 121); the case lost after a cross-interrogation (line 163).
// Names, the ledger's figures, the sick worker and the night are invented:
// see docs/scenarios/winter-site.md.

// Bakhtiyor's trust in the police; at -2 or below he will not give a statement.
VAR trust = 0
// The men were brought out to the bus for a headcount.
VAR lined_up = false
// The interview went through the foreman.
VAR via_kamol = false
// The passports and the ledger were recorded as evidence.
VAR evidence_kept = false
// The passports stayed in the foreman's safe.
VAR passports_left = false
// Each man got his passport back on the spot, against a signature but with no protocol.
VAR passports_back = false
// Bakhtiyor was told his options plainly, and that a statement is his choice.
VAR informed = false
// Help was made to depend on a statement.
VAR conditioned = false
// The trainee promised wages and no expulsion.
VAR promised = false
// The men signed "no claims" for cash from the foreman.
VAR cash_receipts = false
// A patrol car stood at the gate for the night instead of moving the men.
VAR patrol = false
// The investigator held a confrontation with the foreman.
VAR confronted = false

-> opening

=== opening ===
January, on the edge of Astana, minus twenty-six at nine in the morning. Your unit has come to check a residential building site after a tip from the district akimat. #id:ws-001 #scene:construction-site #ambient:building-site #enter:major #enter:guardia
"Registration, work permits, a headcount. Anyone without papers goes to the department, then to the judge, then home to Uzbekistan. Buses at three. Forty-odd people: we are done by lunch." #id:ws-002 #speaker:major #mood:neutral
Sergeant Ermek, beside you, stamps his feet in the snow. Two guards in black jackets stand at the gate with a dog on a chain; one has a rifle on his shoulder. They step aside for the uniforms. #id:ws-003 #indicator:restriction-of-movement
A stocky man in a good sheepskin coat comes across the site with his hand out. #id:ws-004 #enter:kamol
"Kamol, the brigadier. Welcome. All my boys are from Uzbekistan, the company is doing their registration. The passports are in my safe, to be on the safe side: they lose everything, you know how it is." #id:ws-005 #speaker:kamol #mood:calm #indicator:retention-of-documents
"I will line them up by the list and bring the passports. You will be finished in an hour." #id:ws-006 #speaker:kamol #mood:calm
* [Go first to where the men live and work, and ask Kamol for the safe to be opened while you are there. #id:ws-007 #score:identification+2 #score:procedure+1 #std:ilo-2012 #std:seed-003-60 #feedback:Passports in the brigadier's safe are the first indicator, and the place where the men sleep shows the rest: heat, food, locks, who watches them. Looking before the line-up keeps the check from becoming his version of events.]
    -> quarters
* [Let Kamol bring the list and the passports and line the men up: the documents will show quickly who has registration, and you can look round the site while he does it. #id:ws-008 #score:identification+1 #std:ilo-2012 #std:unodc-indicators #feedback:You do look round, and the passports in his hands are worth noting. But the line-up is his: he calls the names, he stands beside the men, and they answer in front of him. See the men where they live before he arranges them for you.]
    -> quarters
* [Ask Ermek to bring everyone out to the buses for a headcount, and check their documents there in the warm, one at a time, with the list. #id:ws-009 #score:identification-1 #score:protection-1 #score:procedure-1 #std:seed-003-159 #std:ohchr-p7 #feedback:The warm bus sounds humane, and a headcount is routine. But it sorts the men as migrants to be removed before anyone has asked how they live and work, and to them the bus means being expelled. Frightened people tell the police nothing.]
    ~ lined_up = true
    ~ trust = trust - 1
    -> quarters

=== quarters ===
{ lined_up:
    The men come out in ones and twos and stand by the bus doors in thin jackets. Nobody gets in. Several look at Kamol, not at you. #id:ws-010 #indicator:fears-authorities
}
The men live in three metal cabins behind the concrete frame. Inside it is barely warmer than outside: the stove is cold, the men sleep in their coats, twelve to a cabin. #id:ws-011 #indicator:abusive-conditions
On the table: flat bread, a pot of noodles, tea. Someone says, in Russian, that they eat in the evening, once. #id:ws-012 #indicator:abusive-conditions
You ask a young man by the door where he is from. Before he can answer, Kamol does. #id:ws-013 #indicator:others-speak-for-them
"Khorezm. All of them from Khorezm. They don't speak Russian well, I'll translate for you." #speaker:kamol #mood:calm #id:ws-091 #situation
The young man looks at the floor. Behind you, Major Seitkali's radio crackles: another site needs him. #id:ws-014
"I'm going to the second site. You and Ermek finish here. Three o'clock, the buses." #id:ws-015 #speaker:major #mood:neutral
He crunches off across the snow to his car. Kamol is still standing in the doorway, smiling. #leave:major #id:ws-092
* [Accept Kamol's offer: he knows every man by name and speaks their dialect, he is cooperating, the men are used to him, and an outside interpreter would cost an hour you do not have. #id:ws-016 #score:protection-3 #score:identification-1 #critical:controller-interpreter #std:who-2003-4 #std:unodc-indicators #feedback:He is quick, fluent and cooperative, and he is also the man who holds their passports. Through him the men can only say what he lets them say, and he hears who says what. The interpreter must have no link to the people who control them.]
    ~ via_kamol = true
    ~ trust = trust - 1
    -> kamol_interprets
* [Ask the duty unit to call the social worker of the shelter for trafficking victims, who speaks Uzbek, and send Kamol to wait at the gate. #id:ws-017 #score:protection+2 #score:procedure+1 #std:who-2003-4 #std:who-2003-1 #feedback:An interpreter with no link to the site, who knows how to work with frightened people, is worth the hour it costs. Sending Kamol to the gate means the men can speak without him hearing.]
    -> ngo_interprets
* [Ermek grew up in Sairam and speaks Uzbek: ask him to interpret in the site office, and send Kamol to wait at the gate. #id:ws-018 #score:protection+1 #std:who-2003-4 #std:who-2003-1 #feedback:Ermek has no link to Kamol, and sending Kamol away is right. But the men hear a uniform, the same one Kamol has taught them to fear, and Ermek is also the officer who will count them for the buses. An interpreter from outside the police, trained for this, hears more.]
    -> ermek_interprets

=== kamol_interprets ===
Kamol speaks to the young man in Uzbek for a long time. The young man nods and says a few words. #id:ws-019
"He says everything is fine. The company feeds them, the money is paid when the building is handed over, he owes only for the road. Bakhtiyor is his name. He is happy." #id:ws-020 #speaker:kamol #mood:calm #indicator:others-speak-for-them
The young man, Bakhtiyor, does not look up. When Kamol steps out to answer his phone, Bakhtiyor says quietly, in Russian: "Not here. Please." #id:ws-021 #enter:bakhtiyor #leave:kamol #indicator:fears-authorities
You take him to the site office and close the door. His Russian is slow but it is enough for a little. #id:ws-022
-> interview

=== ngo_interprets ===
Fifty minutes later Gulnara, a social worker from the shelter, comes in out of the cold, rubbing her hands. Kamol is at the gate, on his phone. #id:ws-023 #enter:ngo-worker #leave:kamol
The young man from the door agrees to talk to you in the site office. His name is Bakhtiyor. He sits on the edge of the chair in his coat. #id:ws-024 #enter:bakhtiyor
~ trust = trust + 1
-> interview

=== ermek_interprets ===
Kamol goes to the gate, slowly, looking back twice. The young man from the door agrees to talk in the site office. His name is Bakhtiyor. #id:ws-025 #leave:kamol #enter:bakhtiyor
When Ermek speaks Uzbek to him, he relaxes a little, then sees the badge and stiffens again. #id:ws-026 #indicator:fears-authorities
-> interview

=== interview ===
"My papers are with the brigadier. I did nothing wrong. Are you taking us today?" #id:ws-027 #speaker:bakhtiyor #mood:afraid #indicator:fears-authorities
* [Say you are here to see whether he is safe and paid, not to punish anyone for papers, and that he can stop at any time. #id:ws-028 #score:protection+2 #score:procedure+1 #std:who-2003-6 #std:who-2003-8 #std:seed-003-60 #feedback:He has been told the police expel people who complain. Saying first why you are here and that he may stop gives him a reason to speak; the questions about work and pay then show what the documents cannot.]
    ~ trust = trust + 1
    -> account
* [Ask him straight why, if it was so bad, he never went to the police or simply walked away: the investigator will ask the same, and it is better he hears it from you first. #id:ws-029 #score:protection-2 #score:identification-1 #std:who-2003-8 #std:seed-003-105 #feedback:The investigator may ask it, but asked now it tells him this is about his fault. He had no passport, armed guards stood at the gate, and he was told the police would expel him: the answer was in front of you. Why-questions close people down.]
    ~ trust = trust - 1
    -> account_closed

=== account ===
"A man came to our village with our makhalla chairman. Work in Russia, building, good money. My father went to Russia long ago and never came back. I am the eldest of eleven." #id:ws-030 #speaker:bakhtiyor #mood:worried #indicator:abuse-of-vulnerability
"They brought us at night in a bus. I thought this was Russia. Only here the guards said Kazakhstan. I don't know the address even now." #id:ws-031 #speaker:bakhtiyor #mood:worried #indicator:deception #indicator:unaware-of-address
"They took the passports to register us. Since October no money, only that notebook: road, food, the cabin. Every month I owe more." #id:ws-032 #speaker:bakhtiyor #mood:tired #indicator:withholding-wages #indicator:debt-bondage
"Kamol says if anyone complains, he calls the police, and the police fine us and send us home with a stamp. Then I can never come back to work." #id:ws-033 #speaker:bakhtiyor #mood:afraid #indicator:intimidation-threats
-> safe

=== account_closed ===
"Where would I go? The guards are at the gate." He stops, and does not say any more about it. #id:ws-034 #speaker:bakhtiyor #mood:guarded #indicator:restriction-of-movement
"We came to work. Since October no money, only that notebook of his." #id:ws-035 #speaker:bakhtiyor #mood:guarded #indicator:withholding-wages
-> safe

=== safe ===
Kamol's safe stands in the corner of the site office. #id:ws-036
Ermek asks for the key. Kamol hands it over with a shrug and a glance at Bakhtiyor. Inside: a stack of thirty-eight Uzbek passports in a rubber band, and a squared notebook with a list of names and figures. #id:ws-037 #enter:kamol #indicator:retention-of-documents #evidence:ledger-kamol #situation
"That is the men's account. Everything honest, everything written down. They sign every month." #id:ws-038 #speaker:kamol #mood:calm
* [Record the passports and the notebook as evidence, on video and in a protocol, and tell each man that his passport is with the police now, not with Kamol, and will come back to him. #id:ws-039 #score:identification+2 #score:procedure+2 #std:ilo-2012 #std:ohchr-g2 #std:seed-003-105 #feedback:The passports in a stranger's safe and a notebook where the debt grows every month are the evidence of control. Recorded properly, they do not depend on any one man's statement, and the men hear that their documents have left Kamol's hands.]
    ~ evidence_kept = true
    ~ trust = trust + 1
    -> major_calls
* [Give each man his own passport back, there and then, against a signature: a passport belongs to its owner, whatever the notebook says. #id:ws-040 #score:procedure+1 #score:identification+1 #std:ilo-2012 #std:unodc-indicators #feedback:The instinct is right: a passport is its owner's and nobody else's. But the stack in the safe and the notebook are also evidence of control, and handed out against signatures, with no protocol and no video, they are gone as evidence. Record them first, then return them.]
    ~ passports_back = true
    -> major_calls
* [Leave the passports with Kamol for now and note their numbers: the company needs them for the registration, and seizing them turns a migration check into a criminal case before a single man has complained. #id:ws-041 #score:identification-2 #score:protection-1 #std:ilo-2012 #std:seed-003-105 #feedback:It sounds like restraint. But a brigadier who keeps thirty-eight passports until the building is finished is the control the source describes. Left in his safe, the passports stay his lever over every man, and the men see the police leave them there.]
    ~ passports_left = true
    ~ trust = trust - 1
    -> major_calls

=== major_calls ===
Kamol goes out to smoke, and Ermek goes with him. At half past one Major Seitkali calls. #id:ws-042 #leave:kamol #leave:guardia #phone:major
"The buses leave at three. None of them has registration, am I right? Grown men who came here to earn money, not victims. Then what are you waiting for?" #id:ws-043 #speaker:major #mood:angry
* [Tell the major these may be victims of forced labour: passports in the safe, a debt that only grows, no wages, armed guards. Nobody boards a bus before each man is screened; call the anti-trafficking unit. #id:ws-044 #score:identification+2 #score:procedure+2 #std:ohchr-p7 #std:seed-003-159 #std:kz-supreme-court-2012 #feedback:The notebook shows a debt that only grows and no wages since October; with the passports and the guards, these are indicators enough. Grown men who came to earn can be held by a debt like anyone else. Putting them on a bus now would repeat the 120 of the source: deported, and the case gone with them.]
    -> screening
* [Tell the major the notebook shows a monthly advance for every man, so it is a wage dispute at most: load them on the buses as ordered, and hand the notebook to the labour inspection to deal with the company. #id:ws-045 #score:identification-2 #score:procedure-3 #critical:detain-or-deport-unscreened #std:seed-003-159 #std:ohchr-p7 #std:ilo-2012 #feedback:Read the notebook again: five thousand tenge of advance a month against forty thousand of food and cabin, and a debt that grows. That is debt bondage, not a wage dispute. Expelled, the men take the case with them, and Kamol hires new ones.]
    -> deported
* [Tell the major the company keeps the passports and pays no wages: cancel the buses, fine the company for illegal employment, and let the men go back to work. #id:ws-046 #score:procedure+1 #std:ohchr-p7 #std:ilo-2012 #feedback:Nobody is expelled, and the company is held to account, which is right. But treating it as illegal employment sends the men back to the same cabins, the same brigadier and the same debt. Passports held, wages withheld, guards at the gate: that calls for screening and the anti-trafficking unit.]
    ~ trust = trust - 1
    -> screening

=== deported ===
At three the buses leave with thirty-eight men. Bakhtiyor sits at the window and does not look at you. #id:ws-047 #leave:major #leave:bakhtiyor
The next day a judge orders every man expelled. The notebook goes to the labour inspection; with no worker left to question, the company pays a fine for illegal employment. #id:ws-048 #epilogue
In March a new bus arrives at the site from Karakalpakstan. Kamol meets it at the gate. #id:ws-049 #ending:deported-unscreened #epilogue
-> END

=== screening ===
"It's on you, then. I'll call the criminal police." #id:ws-050 #speaker:major #mood:angry
The major hangs up. #leave:major #id:ws-093
By four an investigator and an officer of the criminal police's anti-trafficking unit are on site, with an Uzbek interpreter engaged by the investigator. The men are talked to one by one in the warm office. #id:ws-051
{ via_kamol:
    Bakhtiyor answers the investigator with yes and no. He saw Kamol translate for you this morning. #id:ws-052
}
{ passports_left:
    Kamol tells the men in Uzbek, loudly enough to hear, that their passports are safe with him. Two men change their answers. #id:ws-053 #indicator:intimidation-threats
}
{ passports_back:
    "I have my passport now. I don't want any case. If they send me home with a stamp in it, I can never come back, and my family eats what I send." #speaker:bakhtiyor #mood:afraid #indicator:fears-authorities #id:ws-094
- else:
    "I just want my passport. No case. If they send me home with a stamp, I can never come back, and my family eats what I send." #id:ws-054 #speaker:bakhtiyor #mood:afraid #indicator:fears-authorities
}
* [Promise him that he will get every tenge of his wages and that there will be no expulsion and no stamp in his passport: you will see to it yourself. #id:ws-055 #score:protection-1 #score:procedure+2 #std:who-2003-3 #std:kz-supreme-court-2012 #feedback:Nobody should be punished for the papers, and he needs to hear that. But the wages depend on the labour inspection and a court, and expulsion is for a judge to decide, not you: a promise you cannot keep will feel like one more lie when it breaks.]
    ~ promised = true
    -> kamol_offer
* [Tell him plainly: no punishment for the papers; his passport is his, not Kamol's; a shelter and a free lawyer for his wages exist; a statement is his choice, with time to think. #id:ws-056 #score:protection+2 #score:procedure+2 #std:palermo-6 #std:kz-supreme-court-2012 #std:who-2003-3 #feedback:He needs plain words about what exists and what does not depend on him: no punishment for being trafficked, his passport, a shelter and a lawyer. Saying that a statement is his choice is what makes it possible for him to give one.]
    ~ informed = true
    ~ trust = trust + 1
    -> kamol_offer
* [Explain that the law protects victims who help the investigation: if he gives a statement about Kamol today, while it is fresh, expulsion will not be an issue for him or for the others. #id:ws-057 #score:protection-2 #score:procedure-1 #std:palermo-6 #std:ohchr-p7 #feedback:It sounds like a way to protect him, and cooperation does matter to the case. But protection that depends on a statement is pressure, and a statement given to avoid a bus is the first one a defence lawyer breaks. Help does not depend on testimony.]
    ~ conditioned = true
    ~ trust = trust - 1
    -> kamol_offer

=== kamol_offer ===
Kamol finds you by the cabins as it gets dark. He has lost his easy smile. #id:ws-058 #enter:kamol
"Let's end this like people. I pay every man what he's owed, cash, today. Tomorrow I drive them to the border myself. No case, no buses, everybody goes home." #id:ws-059 #speaker:kamol #mood:worried
* [Decline: what the men are owed goes through the investigator and the labour inspection, not cash at the gate; and put his offer in your report. #id:ws-060 #score:procedure+2 #score:protection+1 #std:ohchr-g2 #std:seed-003-105 #feedback:Cash at the gate from the man they fear, the evening after the check, buys silence, and a drive to the border in his car puts them back in his hands. What they are owed is real, and it has its own route: the labour inspection, and damages in the criminal case.]
    -> night
* [Accept: the men want their money and to go home, nobody is expelled, and a brigadier who pays them first and drives them to the border himself saves everyone weeks of procedure. #id:ws-061 #score:protection-3 #score:procedure-2 #critical:return-to-controller #std:who-2003-1 #std:seed-003-105 #feedback:It gives the men what they said they wanted, and nobody is expelled. But it hands them back to the man who held their passports, in his car, with whatever he chooses to pay, and the case ends before it starts.]
    -> with_kamol
* [Let him pay each man in front of you and write every amount down, but the men go nowhere with him, and the case goes ahead. #id:ws-062 #score:procedure+1 #std:ohchr-g2 #std:who-2003-1 #feedback:The money is theirs and they need it, and the men stay out of his car. But Kamol pays against a receipt that says no claims, in front of the police, and every man who signs it has been told what his silence is worth.]
    ~ cash_receipts = true
    ~ trust = trust - 1
    -> night

=== with_kamol ===
Kamol pays each man forty thousand tenge and takes their signatures. In the morning a minibus leaves with the men and their passports in the brigadier's bag. #id:ws-063 #leave:kamol #leave:bakhtiyor
Two weeks later one of the men calls the shelter from a site near Shymkent. The debt, Kamol said, had not been paid off after all. #id:ws-064 #ending:back-with-foreman #epilogue
-> END

=== night ===
{ cash_receipts:
    Kamol counts out forty thousand tenge to each man and holds out a paper that says no claims. Most sign it without reading. #id:ws-065 #indicator:intimidation-threats #evidence:receipt-no-claims
}
Kamol leaves the site. His guards stay: they work for the company. By seven it is minus thirty, and the stove in the cabins is still cold. #id:ws-066 #leave:kamol #indicator:abusive-conditions
In the third cabin an older man, Olim, lies under two coats, coughing; his forehead is burning. Kamol's number keeps ringing on the men's phones. #id:ws-067 #indicator:intimidation-threats
"We stay here tonight. Our things are here. Kamol says whoever leaves with the police will never see the rest of his money, and the makhalla will know we are thieves. Please. We decide ourselves." #id:ws-068 #speaker:bakhtiyor #mood:afraid #indicator:intimidation-threats
* [Respect their decision: they are adults, they know Kamol and the guards far better than you do, and they have said no. Leave your number, and promise to be back first thing in the morning. #id:ws-069 #score:protection-3 #score:procedure-1 #std:who-2003-9 #std:who-2003-7 #feedback:Respecting their own judgement has been right all day. But tonight Kamol knows they have talked, his guards are at the gate, it is minus thirty in an unheated cabin and a man has a high fever. That is imminent danger, and leaving is not respect.]
    -> gone_by_morning
* [Tell them honestly why you cannot leave them here tonight: the cold, Olim's fever, Kamol's calls. Call an ambulance for Olim; offer the others a warm place at the shelter for the night, not the department, with their things. #id:ws-070 #score:protection+2 #score:procedure+2 #std:who-2003-9 #std:palermo-6 #feedback:This is the moment when deferring is not enough. You say plainly what you see and why you act, a doctor comes for Olim, and the men get a warm, safe place, not a cell. Their things going with them answers one of their real fears.]
    ~ trust = trust + 1
    -> shelter
* [Leave a patrol car at the gate overnight so that the guards and Kamol cannot move anyone out, and let the men stay in the cabins as they ask. #id:ws-071 #score:protection+1 #std:who-2003-9 #std:who-2003-7 #feedback:A patrol keeps Kamol from moving them, and the men keep the choice they asked for. But it does nothing for the cold and for Olim's fever, and it leaves the men alone with a phone that keeps ringing. In imminent danger, a warm place and a doctor come first.]
    ~ patrol = true
    -> shelter

=== gone_by_morning ===
You drive back at eight. The cabins are empty and the guards have gone. The stove is still cold. #id:ws-072 #leave:bakhtiyor
Olim is found three days later in a hospital in Kosshy, brought in by strangers. Nobody knows where the others are. #id:ws-073 #ending:gone-by-morning #epilogue
-> END

=== shelter ===
{ patrol:
    In the night the patrol calls an ambulance for Olim after all: his fever is over forty. In the morning the men agree to go to the shelter. #id:ws-074
}
The next afternoon you visit the shelter. Gulnara, the shelter's social worker, brings Bakhtiyor into a small warm room; he has slept and eaten and looks younger. Kamol has been detained as a suspect. #id:ws-075 #scene:shelter-room #enter:ngo-worker #enter:bakhtiyor
"The investigator asked who brought us. A man called Doniyor, with our makhalla chairman. Please do not tell the chairman I said it. My mother lives next to him." #id:ws-076 #speaker:bakhtiyor #mood:afraid
"The investigator wants to phone the chairman today. He says the old man was deceived too, and will give him Doniyor's number in a minute." #id:ws-077 #speaker:ngo-worker #mood:worried
* [Ask the investigator not to call the chairman: Doniyor can be traced through an official request to the police in Uzbekistan, and what is shared about Bakhtiyor is agreed with him first. #id:ws-078 #score:protection+2 #score:procedure+1 #std:who-2003-5 #std:who-2003-6 #std:seed-003-121 #feedback:The chairman may well have been deceived, but he lives next door to Bakhtiyor's mother and knows the recruiter. One call tells the village who talked. Cross-border cooperation is slower, and it protects the witness the case depends on.]
    -> statement
* [Agree with the investigator: the chairman is a respected man who meant well, and a call to him will give Doniyor's number faster than any official request to Uzbekistan. #id:ws-079 #score:protection-3 #critical:expose-identity #std:coe-11 #std:palermo-6 #std:who-2003-5 #std:seed-003-121 #feedback:The source says it: an elderly, respected man of the makhalla often helps recruiters in good faith. But a call from the Kazakh police tells him, and through him Doniyor and the whole makhalla, who talked, while Bakhtiyor's mother lives next door. It was the one thing he asked.]
    -> exposed

=== exposed ===
The chairman is polite on the phone and gives a number that no longer answers. By evening Bakhtiyor's mother has had a visit from Doniyor's brother. #id:ws-080 #epilogue #indicator:intimidation-threats
Bakhtiyor refuses to give a statement and asks to go home. He leaves with his passport and nothing else, and the case against Kamol stalls without him. #id:ws-081 #ending:identity-exposed #leave:bakhtiyor
-> END

=== statement ===
"One more thing. Kamol has seventy-two hours. The investigator wants a confrontation tomorrow morning: Bakhtiyor and the others face to face with him." #id:ws-082 #speaker:ngo-worker #mood:worried
* [Agree: a confrontation is the quickest way to hold Kamol before the seventy-two hours run out, Bakhtiyor is calmer today, and the shelter's lawyer can sit beside him. #id:ws-083 #score:protection-3 #score:procedure-1 #std:seed-003-163 #std:who-2003-8 #feedback:The deadline is real, and it is the investigator's procedure. But in the source the case was lost exactly this way: after the cross-interrogation the victims refused to testify. What was recorded on the site is already evidence; separate statements with the lawyer do not need Kamol in the room.]
    ~ confronted = true
    -> endings
* [Ask the investigator for separate statements instead, with the shelter's lawyer and the interpreter, and without Kamol in the room. #id:ws-084 #score:protection+2 #score:procedure+1 #std:seed-003-163 #std:who-2003-8 #feedback:Separate statements, with a lawyer and an interpreter they trust, are what keep witnesses. Facing the man who held their passports is what lost the case in the source. What was recorded on the site and the other men's accounts carry much of the proof.]
    -> endings

=== endings ===
{ confronted: -> end_silent }
{ trust <= -2: -> end_silent }
{ conditioned: -> end_silent }
-> end_own_decision

=== end_own_decision ===
{ evidence_kept:
    Bakhtiyor takes two days to think, talks to the lawyer, and gives his statement. Nine other men give theirs. The notebook and the passports are in the case file; Kamol is charged. #id:ws-085
- else:
    Bakhtiyor takes two days to think, talks to the lawyer, and gives his statement. Without the passports and the notebook on record, it is the men's word against Kamol's, and the case takes months. #id:ws-086
}
{ promised:
    "You said there would be no stamp. There was a fine from the migration service in the end; the lawyer got it cancelled." #id:ws-087 #speaker:bakhtiyor #mood:angry
}
In April Bakhtiyor goes home with his passport, by train, with part of his wages, which the labour inspection made the company pay. He decided not to tell the makhalla why. #id:ws-088 #ending:own-decision #leave:bakhtiyor #leave:ngo-worker
-> END

=== end_silent ===
Bakhtiyor and the others are safe and warm, and their passports are returned. But the help came on other people's terms, and after a week they ask only to go home. #id:ws-089 #leave:bakhtiyor
Nobody gives a statement, and that is the men's right. Kamol is released after seventy-two hours; the company pays a fine for illegal employment. #id:ws-090 #ending:safe-but-silent #leave:ngo-worker
-> END

=== evidence ===
// Documents the trainee can open; never played, collected by the build.
Squared notebook from the brigadier's safe #id:ws-e01 #evidence-text:ledger-kamol #kind:ledger
Site 3. Kamol's brigade. From Khorezm, 38 men. Arrived 14 October. #id:ws-e02 #evidence-text:ledger-kamol
Passports: 38, in the safe. Given back when the building is handed over. #id:ws-e03 #evidence-text:ledger-kamol #indicator:retention-of-documents
Anyone who leaves before that gets his passport when his debt is paid. #id:ws-e04 #evidence-text:ledger-kamol #indicator:debt-bondage
Each man owes: the road from Urgench 90,000 tenge; registration 20,000. #id:ws-e05 #evidence-text:ledger-kamol
Every month: cabin 15,000; food 25,000; advance 5,000 (phone card). #id:ws-e06 #evidence-text:ledger-kamol
Wages 150,000 a month, paid when the building is handed over. #id:ws-e07 #evidence-text:ledger-kamol #indicator:withholding-wages
Bakhtiyor R.: owes 245,000 on 1 January. Signature. #id:ws-e08 #evidence-text:ledger-kamol #indicator:debt-bondage
Olim S.: sick six days, fine 30,000. Owes 275,000 on 1 January. Signature. #id:ws-e09 #evidence-text:ledger-kamol
Troublemakers: call the migration police, they deport. #id:ws-e10 #evidence-text:ledger-kamol #indicator:intimidation-threats
Receipt, one of thirty-eight, signed at the cabins #id:ws-e11 #evidence-text:receipt-no-claims #kind:letter
I, the undersigned, have received 40,000 tenge from brigadier Kamol in full settlement for my work on site 3. #id:ws-e12 #evidence-text:receipt-no-claims
I have no claims against the brigadier or the company, and I leave of my own free will. #id:ws-e13 #evidence-text:receipt-no-claims
Signature. No date. #id:ws-e14 #evidence-text:receipt-no-claims
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/winter-site.md, reworded to fit the decision they are asked at.
Kamol is fluent, quick and cooperative; Sergeant Ermek speaks Uzbek too. What would you want to know about an interpreter before an interview like this? #id:ws-q01 #discuss:ws-017
What happens to the passports now? What will the men see in what you do with them? #id:ws-q02 #discuss:ws-039
The major says: "grown men who came here to earn money, not victims". What in what you have seen speaks for his view, and what against it? Would the same facts weigh differently if the workers were women? #id:ws-q03 #discuss:ws-044
At night the men ask to stay. What has changed since earlier in the day, and what has not? How could you keep their trust, whatever you decide? #id:ws-q04 #discuss:ws-070
Bakhtiyor wanted his passport and no case. What could you honestly tell him, and what would have been a promise you could not keep? #id:ws-q05 #discuss:end
In another real case, the victims refused to testify after a confrontation, and the case was closed. Why, and what makes witnesses stay? #id:ws-q06 #discuss:end
-> END
