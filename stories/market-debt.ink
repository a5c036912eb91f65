# scenario: market-debt
# role: ngo
# source: 003_fa9b57731bfef90f.txt:54-58
# source: 003_fa9b57731bfef90f.txt:181-185
# source: 003_fa9b57731bfef90f.txt:194
# source: 003_fa9b57731bfef90f.txt:163
# source: 003_fa9b57731bfef90f.txt:231-235
# content-note: labour-exploitation
# content-note: coercion-threats
# minutes: 15
# setting: market

// market-debt: an outreach worker of a crisis centre in Taraz meets, at the central market,
// an ethnic Kazakh mother from Russia held by a "debt" for spoiled fish (seed 003 lines 54-58):
// she sleeps in the fish seller's barn, works for his family and his stall, and is not allowed
// to see her five-year-old son, who lives in his house. She has only an expired Soviet passport.
// Non-punishment and fear of the police follow seed 003 lines 181-185 and 194; media exposure and
// return documents follow lines 231-235. Names, the begging at the gate, the ledger, the night
// call and the police are invented: see docs/scenarios/market-debt.md.

// Zhanar's trust in the centre; at -2 or below she does not come to the centre.
VAR trust = 0
// Zhanar told her story (at the tap, or after the gate).
VAR told = false
// The gate scene is over.
VAR gate_done = false
// The patrol officer took her to the police station for begging and the passport.
VAR detained = false
// The trainee let the police hand her over to Serik.
VAR returned = false
// The trainee asked how the debt is counted, and so learnt how she lives.
VAR asked_debt = false
// The trainee showed Serik that the centre is after him (photographed the book, threatened him).
VAR serik_warned = false
// The passport was read right: the lawyer asks the Russian consulate first.
VAR papers_right = false
// In the night the trainee waited, as Zhanar asked.
VAR waited = false
// In the night the trainee sent her to the centre and left the boy to the morning (ending found-late).
VAR late = false
// The boy was taken to a children's centre for the night.
VAR separated = false
// The trainee agreed to a television report.
VAR exposed = false

-> opening

=== opening ===
Saturday morning at the central market in Taraz. You are on your outreach round for the crisis centre, with a bag of leaflets and a flask of tea. #id:md-001 #scene:market
In the fish row, a woman of about forty carries crates of fish and ice from a van to a stall. She does not stop between crates. #id:md-002 #enter:zhanar
The stall owner, a heavy man in a white apron, counts money and calls to her without looking up. #id:md-003 #enter:serik
"Faster, Zhanar, the ice won't wait! At this rate you'll be working off that fish till next Nauryz." #id:md-004 #speaker:serik #mood:neutral #indicator:debt-bondage #situation
Her trainers are split at the toes and she wears a man's jacket far too big for her. A small boy runs past with his mother; she turns and watches him until Serik calls her again. #id:md-005
* [Wait until she takes the empty buckets to the water tap behind the row, out of sight of the stall, and speak to her there, quietly, as if you were asking the way. #id:md-006 #score:protection+2 #score:identification+1 #std:who-2003-1 #std:unodc-indicators #feedback:In front of the man she owes, she can only repeat his version. At the tap, alone, she can decide for herself whether to talk, and nobody sees her talking to the centre.]
    -> tap
* [Go up to the stall and hand the leaflet on workers' rights to everyone there, Serik and her alike, as you do along the whole row. #id:md-007 #score:procedure+1 #std:who-2003-1 #std:seed-003-54 #feedback:Handing out the same leaflet to the whole row does not single her out, and she gets the centre's number. But in front of Serik she cannot say a word, and a leaflet about workers' rights in his hands tells him who you are.]
    ~ serik_warned = true
    -> stall_leaflet
* [Ask Serik, in a friendly way, who the woman is and whether she is paid and registered: owners talk freely to an NGO that is not the police. #id:md-008 #score:protection-2 #score:identification-1 #std:who-2003-1 #std:unodc-indicators #feedback:Owners do talk, and this one does. But what you hear is his version, told in front of her, and now he knows that someone is asking about her. She will pay for your question, not him.]
    ~ serik_warned = true
    ~ trust = trust - 1
    -> serik_answers

=== stall_leaflet ===
"Rights! Zhanar, you hear? Now you have rights." Serik reads the title of the leaflet and laughs. #id:md-009 #speaker:serik #mood:neutral
She puts hers in her pocket without looking at it and goes back to the van. #id:md-010
-> tap

=== serik_answers ===
"Her? A relative of my wife's, from Russia. She owes me for a crate of fish, she's working it off. It's all fair: I feed her, and her boy lives in my own house." #id:md-011 #speaker:serik #mood:calm #indicator:others-speak-for-them
Zhanar stands still with a crate in her arms and looks at the ground until he tells her to go on. #id:md-012
-> tap

=== tap ===
An hour later she carries two buckets to the tap behind the row. There is nobody else there. #id:md-013 #leave:serik
{ serik_warned:
    "He saw you. Tonight he'll ask me what you wanted." #id:md-014 #speaker:zhanar #mood:afraid #indicator:intimidation-threats
}
"Who are you? From the akimat? The migration service? I'm not doing anything wrong, I'm working." #id:md-015 #speaker:zhanar #mood:afraid #indicator:fears-authorities
* [Tell her you are from an NGO and she can trust you completely: whatever she tells you will stay between the two of you, whatever happens. #id:md-017 #score:protection+1 #std:who-2003-3 #std:who-2003-5 #feedback:Confidentiality is the right thing to offer. But whatever happens is a promise you cannot keep: if a child is in danger, you will have to act. Say what stays confidential and where its limits are.]
    -> her_story
* [Ask to see her passport first, so that you know which help she can get: a place at the crisis centre and the lawyer's time depend on whether she is a citizen. #id:md-018 #score:protection-2 #score:procedure-1 #std:seed-003-181 #std:ohchr-p7 #feedback:It sounds practical, and documents will matter later. But the first thing she hears from you is the question she fears most. Help at the centre does not depend on papers, and nothing about her status needs to be asked at a water tap.]
    ~ trust = trust - 1
    -> no_story
* [Give your name and say you are from a crisis centre, not the police or the akimat: she need not show or tell you anything, and you will go if she asks. #id:md-016 #score:protection+2 #score:procedure+1 #std:who-2003-6 #std:seed-003-181 #feedback:Like many victims in the source, she fears the authorities as much as the man who holds her. Saying who you are not, and that she decides, is what lets her talk at all.]
    ~ trust = trust + 1
    -> her_story

=== no_story ===
"I knew it. Everyone wants papers." #id:md-019 #speaker:zhanar #mood:guarded
She picks up the buckets and goes back to the row. #leave:zhanar #id:md-117
-> gate

=== her_story ===
~ told = true
"I'm Zhanar. I grew up in Russia, in the Orenburg region. I came here with my son after the divorce, but my relatives here had nothing to give us." #id:md-020 #speaker:zhanar #mood:guarded
"I sold fish for Serik. One day the power was off at the market all day, and all the fish spoiled. He said it was my fault: five thousand tenge." #id:md-021 #speaker:zhanar #mood:ashamed
"I didn't have it. He said I could work it off painting his house, and live there with my son and save the rent. I agreed." #id:md-022 #speaker:zhanar #mood:ashamed
"It's my own fault, I owe him. I only want to see my son. He is five." #id:md-023 #speaker:zhanar #mood:ashamed
* [Ask how the debt has been counted since: how much it is now, who writes it down, whether she is paid anything, where she and her son sleep, when she last saw him. #id:md-024 #score:identification+3 #std:ilo-2012 #std:seed-003-54 #feedback:These questions go to control: wages, a debt that grows, where she sleeps, contact with her son. Her answers show debt bondage and domestic servitude, not a woman paying off a fair debt.]
    ~ asked_debt = true
    -> debt_counted
* [Tell her plainly that a power cut was not her fault, and that no court would make her pay for fish that spoiled without electricity. #id:md-025 #score:identification+1 #score:protection+1 #std:ilo-2012 #std:who-2003-8 #feedback:True, and she needs to hear that she is not to blame. But you learn nothing of how the debt is used to hold her, and telling her she is wrong about what she believes does not yet change what she believes.]
    -> debt_disputed
* [Offer to help her pay it off faster: the centre knows a canteen that needs a dishwasher in the evenings, and once she has paid him, she is free of him with her head high. #id:md-026 #score:identification-2 #score:protection-1 #std:ilo-2012 #std:seed-003-54 #feedback:It respects her sense of honour, and work is what she asked for. But a debt that grows whatever she does is a means of control, not an obligation: more work only feeds it, and she is not free to take another job anyway.]
    ~ trust = trust - 1
    -> debt_more_work

=== debt_counted ===
"He writes it in a book. Every month there's more: the barn, our food, the boy's clothes. I don't get any money, it all goes to the debt." #id:md-027 #speaker:zhanar #mood:tired #indicator:debt-bondage #indicator:withholding-wages
"I sleep in the barn, by the chickens. My son sleeps in their house. They say he's fine, they're bringing him up well. They don't let me see him." #id:md-028 #speaker:zhanar #mood:tired #indicator:abusive-conditions #indicator:isolation
"Once I went into the house to see him. Serik threw me out and said if I try again, I'll never see him at all." #id:md-029 #speaker:zhanar #mood:afraid #indicator:intimidation-threats
-> after_story

=== debt_disputed ===
"You don't know Serik. He has it all written down in a book. It only gets bigger." #id:md-030 #speaker:zhanar #mood:guarded #indicator:debt-bondage
"And my son is in their house. They don't let me see him." #id:md-031 #speaker:zhanar #mood:ashamed #indicator:isolation
-> after_story

=== debt_more_work ===
"In the evenings? He won't let me go anywhere. And it's never less, whatever I do. He writes it all in a book." #id:md-032 #speaker:zhanar #mood:tired #indicator:debt-bondage #indicator:restriction-of-movement
"My son is in their house. They don't let me see him." #id:md-033 #speaker:zhanar #mood:ashamed #indicator:isolation
-> after_story

=== after_story ===
{ gate_done: -> ledger }
"I have to go back. He counts the minutes." #id:md-034 #speaker:zhanar #mood:afraid
She picks up the buckets and hurries back towards the stall. #leave:zhanar #id:md-118
-> gate

=== gate ===
In the afternoon, when the market is quiet, you pass the main gate: Serik has sent Zhanar there with a plastic cup. His nephew stands by the melon stalls and watches her. #id:md-035 #enter:zhanar #indicator:restriction-of-movement
Every hour the nephew walks over, empties her cup into his pocket and walks back. #id:md-036 #indicator:withholding-wages
A patrol police officer stops in front of her. #id:md-037 #enter:guardia
"Citizen, no begging at the market. Your documents." #id:md-038 #speaker:guardia #mood:neutral
Zhanar hands him a worn red booklet. He turns the pages and frowns. #id:md-039
"A Soviet passport? That hasn't been valid for years. No registration, begging at the gate... You're coming with me to the station; the migration service can work out who you are." #id:md-040 #speaker:guardia #mood:neutral #situation
Zhanar looks at you, then at the nephew by the melons. #id:md-041
* [Ask the officer to let her off with a warning this time: begging is not worth his afternoon, and you will make sure she does not come back to the gate. #id:md-043 #score:procedure+1 #std:ohchr-p7 #std:seed-003-194 #feedback:It keeps her out of the station, which matters most today. But you have made yourself the one who keeps her from the gate, as if begging were her offence, and the police learn nothing about the man who sends her there.]
    -> gate_warned
* [Let him take her: a begging report means a fine, not prison, and at the station, away from the nephew and from Serik, she can tell the police what is being done to her, and then they have to act. #id:md-044 #score:protection-2 #score:procedure-3 #critical:detain-or-deport-unscreened #std:ohchr-p7 #std:seed-003-181 #std:seed-003-194 #feedback:Getting her away from the nephew sounds like a chance. But she is taken to the station as an offender, by an officer who sees an expired passport and a beggar. Victims charged with such offences hide what happened to them, as the source says: she will not say a word there.]
    ~ detained = true
    ~ trust = trust - 2
    -> gate_taken
* [Take the officer aside, away from the nephew: say you are from the crisis centre and believe she is held by a debt, and ask him to let her come with you; give him the director's number. #id:md-042 #score:procedure+2 #score:protection+1 #std:kz-supreme-court-2012 #std:ohchr-p7 #feedback:A possible victim is not taken to the station for begging or an old passport: a trafficked person is not to be punished for irregular stay or for what she was made to do, and for crimes Kazakhstan's Supreme Court has ruled so. You say the least that is needed, out of the nephew's hearing, and the centre is there to answer for it.]
    -> gate_freed

=== gate_freed ===
The officer listens, looks at the nephew, and writes down the centre's number. #id:md-045
"All right. But if she's at this gate again, she's coming with me." #speaker:guardia #mood:neutral #id:md-119
He gives the passport back to her and walks on. #leave:guardia #id:md-120
~ trust = trust + 1
-> gate_end

=== gate_warned ===
"All right, a warning. Don't let me see you here again." #id:md-046 #speaker:guardia #mood:neutral
He writes her name in his notebook and walks on. #leave:guardia #id:md-121
-> gate_end

=== gate_taken ===
The officer takes her by the elbow towards the patrol car. The nephew is already running to the fish row. #id:md-047 #leave:guardia #leave:zhanar
At seven in the evening the duty officer of the police station calls the centre: she asked them to call you. #id:md-048 #sfx:phone-ring #phone:guardia
"We're writing her up for begging and for the rules of stay; the migration service will look at expulsion. A man called Serik is here, says she works for him, he'll pay the fine and take her home. Any objection from your side?" #id:md-109 #speaker:guardia #mood:neutral
* [Say the centre has no grounds to interfere: he is her employer, he is paying the fine and will take her home tonight, and a night at the station would only make things worse for her. #id:md-111 #score:protection-3 #score:procedure-1 #critical:return-to-controller #std:who-2003-1 #std:seed-003-181 #feedback:A night at the station would indeed be hard on her. But the man offering to pay is the one who holds her by a debt, and the fine goes into his book. Letting the police hand her to him is handing her back to her controller.]
    ~ returned = true
    -> station_returned
* [Go to the station now: tell the duty officer, out of Serik's hearing, that she is a possible victim of debt bondage held by that man, and ask that the report be stopped and that she leave with you, not with him. #id:md-110 #score:procedure+2 #score:protection+1 #std:kz-supreme-court-2012 #std:who-2003-1 #std:seed-003-181 #feedback:The man who holds her is standing in the station offering to pay. Whatever went wrong at the gate, she must not leave with him, and a possible victim is not written up for what she was sent to do.]
    ~ trust = trust + 1
    -> station_freed

=== station_freed ===
At the station the report is torn up after a call to the chief. Zhanar walks out with you, then stops at the corner. #id:md-112 #leave:guardia #enter:zhanar
"My son is in that house. I'm going back. Don't follow me." #id:md-113 #speaker:zhanar #mood:guarded
She walks away towards the market without looking back. #leave:zhanar #id:md-122
~ gate_done = true
-> ledger

=== station_returned ===
"As you say." #id:md-114 #speaker:guardia #mood:neutral
The duty officer hangs up. Serik pays the fine and takes her home. #leave:guardia #id:md-123
~ gate_done = true
-> ledger

=== gate_end ===
~ gate_done = true
{ told: -> ledger }
The nephew has gone to tell Serik. For a moment Zhanar is alone with you. #id:md-049
"Thank you. I didn't think anyone would stand up for me. I'll tell you how it is, but quickly." #id:md-050 #speaker:zhanar #mood:guarded
~ trust = trust + 1
-> her_story

=== ledger ===
Next morning Serik walks up to you in the fish row with a school exercise book under his arm. #id:md-051 #scene:market #enter:serik
{ returned:
    "See what your centre did? Now she has a fine as well, and I paid it. It's all in here." #id:md-052 #speaker:serik #mood:angry
}
{ detained and not returned:
    "So your centre pulls her out of the police station. Clever. But a debt is a debt, and it's all in here." #speaker:serik #mood:angry #id:md-126
}
{ not detained:
    "You're the one from the centre? You think I'm a bad man? Look, it's all written down. Honest." #id:md-053 #speaker:serik #mood:calm
}
He opens the book at a page headed with her name and holds it out to you. #id:md-054 #evidence:ledger-serik
"Five thousand for the fish, that was in April. Now look at it. She eats, the boy eats, the barn isn't free. And where would she go without me, with that passport of hers?" #id:md-055 #speaker:serik #mood:calm #indicator:abuse-of-vulnerability #indicator:debt-bondage
* [Offer to settle it: the centre's emergency fund can pay the five thousand for the fish today, if he writes in the book that the debt is closed and lets the boy go back to his mother. #id:md-058 #score:identification-2 #score:protection-1 #std:ilo-2012 #std:seed-003-54 #feedback:Paying seems the quickest way out, and the sum for the fish is small. But read the page: the debt is now thirty-six thousand and grows every month with rent, food and fines. Paying confirms that the debt is real and that someone will pay it; it frees nobody.]
    -> offer_paid
* [Tell him plainly that holding a woman by a debt is a crime, and that unless he lets her and the boy go today, you are calling the police. #id:md-059 #score:protection-3 #std:seed-003-163 #std:who-2003-1 #feedback:What he does is a crime, and saying so feels like the least you owe her. But a confrontation warns him before anyone can protect her or the boy; he can move the child, hide the book and punish her, and she is not the one who decided to take that risk.]
    ~ serik_warned = true
    ~ trust = trust - 1
    -> after_ledger
* [Look at the page, say only that you hand out leaflets to everyone at the market, and leave: nothing of what she told you, nothing about the book. #id:md-056 #score:protection+2 #score:identification+1 #std:who-2003-1 #std:seed-003-163 #feedback:He is testing what you know, and whatever you say he takes out on her. What the book shows, a debt that grew from five thousand to thirty-six thousand with rent for a barn and a fine for seeing her son, goes into your notes, not into an argument with him.]
    -> after_ledger

=== offer_paid ===
"Five thousand? Read it. Thirty-six thousand. And from today I'll count interest." He closes the book. #id:md-060 #speaker:serik #mood:angry #indicator:debt-bondage
-> after_ledger

=== after_ledger ===
Serik puts the book under his arm and goes back to his stall. #id:md-061 #leave:serik
{ detained: -> end_punished }
{ trust <= -2: -> end_alone }
-> office

=== office ===
Two days later Zhanar comes into the crisis centre with one of your leaflets folded small in her hand. She told Serik's wife she was going to the pharmacy, and she has half an hour. #id:md-062 #scene:shelter-room #ambient:quiet #enter:zhanar
Dinara, the centre's lawyer, pours her tea and sits a little apart. #id:md-063 #enter:ngo-worker
{ serik_warned:
    "He asked me all night what I told you. He said if I talk to strangers again, the boy goes to his sister in the village." #id:md-064 #speaker:zhanar #mood:afraid #indicator:intimidation-threats
}
{ not asked_debt:
    "I sleep in the barn, with the chickens. Since spring I've seen my son only through the window." #id:md-065 #speaker:zhanar #mood:tired #indicator:abusive-conditions
}
"Maybe I should just keep paying, and one day it will be over. Or take my son one night and run. But where to, without papers?" #id:md-066 #speaker:zhanar #mood:ashamed
* [Tell her not to go back today: she can stay at the centre, and tomorrow Dinara will go with the police to bring the boy here. #id:md-068 #score:procedure+1 #std:who-2003-6 #std:unicef-2006 #feedback:A safe place and the police are the right offers, and the boy does need to be with her. But you decided for her: she has not agreed to the police, nor to strangers fetching a child who has not seen his mother for months. The way back to her son has to be hers.]
    -> office_decided
* [Advise her gently to keep working for now, while Dinara builds a case against Serik: if she runs without papers, she and the boy end up on the street, and Serik will tell the police she stole the boy from him. #id:md-069 #score:identification-1 #score:protection-2 #std:ilo-2012 #std:who-2003-7 #feedback:The risk of the street is real: in the source she and her son slept rough and begged after they fled. But sending her back to unpaid work in a barn, away from her son, so that a case can be built, makes her the price of the evidence.]
    ~ trust = trust - 1
    -> office_stay
* [Tell her what the centre can offer: a room for her and her son, the lawyer, help with papers, the police only if she wants; she decides, and the room does not depend on the police. #id:md-067 #score:procedure+2 #score:protection+1 #std:palermo-6 #std:who-2003-6 #feedback:She needs to know what exists before she can choose: a safe place for both of them, legal help, papers, and the police only if she wants them. Help that does not depend on a statement is help she can accept.]
    ~ trust = trust + 1
    -> office_options

=== office_options ===
"A room, with him? Both of us?" She is quiet for a while. "I'd go. But I go back today: he's there, and they'd know at once. I'll come when I can bring him." #id:md-070 #speaker:zhanar #mood:guarded
-> passport

=== office_decided ===
"The police, at their house? He'll be terrified. He hasn't seen me for months, he'll think I sent strangers." She shakes her head. "I'll go back today. I'll think." #id:md-071 #speaker:zhanar #mood:afraid
-> passport

=== office_stay ===
"So I work. That's what everyone says." She puts her cup down. #id:md-072 #speaker:zhanar #mood:tired
-> passport

=== passport ===
She takes a red booklet out of the lining of her jacket and puts it on the table. "This is all I have. My son's birth certificate is in their cupboard." #id:md-073 #evidence:passport-zhanar #indicator:retention-of-documents
"I'm Kazakh. Why can't I just live here, like everyone?" #id:md-074 #speaker:zhanar #mood:ashamed
* [Point out that the passport is Soviet and shows no Russian citizenship: with her consent, Dinara first writes to the Russian consulate in Almaty to ask about her status; no office visit until then. #id:md-075 #score:procedure+2 #score:protection+1 #std:palermo-8 #std:ohchr-p7 #std:seed-003-54 #feedback:The passport was issued by the USSR, and nothing in it shows Russian citizenship: that has to be established first, by the consulate of the country she lived in. A letter from the lawyer puts nobody at risk; an office visit with an expired passport can end in a report for breaking the rules of stay.]
    ~ papers_right = true
    -> passport_answer
* [Tell her the passport says Kazakh under nationality, so as an ethnic Kazakh she can apply for citizenship here; if she agrees, the centre will take her to the public service centre next week to start. #id:md-076 #score:procedure+1 #std:seed-003-54 #std:who-2003-3 #feedback:Ethnic Kazakhs do have a way to settle in Kazakhstan, so the direction is not wrong. But nationality in a Soviet passport means ethnicity, not citizenship, and her present citizenship must be settled first. In the source the NGO could not get her a Kazakh passport: do not promise next week.]
    -> passport_answer
* [Go with her to the migration service tomorrow morning and put her case on record: with someone from the centre beside her, they will not detain her, and the sooner she is on record, the sooner she can work legally. #id:md-077 #score:protection-2 #score:procedure-2 #std:ohchr-p7 #std:seed-003-181 #feedback:Being on record is the goal, and going with her is kind. But nobody from the centre can promise that an expired passport and months of irregular stay will not end in a report or an expulsion order. Her status is established first, in writing, without putting her in front of an officer.]
    -> passport_answer

=== passport_answer ===
{ papers_right:
    "A letter first. And nobody takes me anywhere." She nods slowly. "Then yes. Write to them." #id:md-078 #speaker:zhanar #mood:calm
- else:
    "An office?" She puts the passport back into the lining. "I've been to offices. Let me think." #id:md-079 #speaker:zhanar #mood:guarded
}
Dinara writes the centre's duty number on the back of a pharmacy receipt. Zhanar learns it by heart, then gives the receipt back. #id:md-080
She goes back to the market at ten to twelve. #id:md-081 #leave:zhanar #leave:ngo-worker
-> night

=== night ===
That night you are on duty at the centre. At twenty to midnight the phone rings: Zhanar, from the phone of a night shop near Serik's house. #id:md-082 #scene:shelter-room #sfx:phone-ring #phone:zhanar
"Serik's wife found out I was here. He locked the house. He says at six in the morning he takes my son to his sister in a village, and I'll never find him." #id:md-083 #speaker:zhanar #mood:afraid #indicator:intimidation-threats #indicator:isolation
"Please don't call the police. They'll take me away for the passport, and then I'll lose him for sure." #id:md-084 #speaker:zhanar #mood:afraid #indicator:fears-authorities
* [Respect what she asks: she knows Serik and you do not, and police at the door could make him worse. Tell her to stay near the house, watch, and call you again at five, before the car leaves. #id:md-086 #score:protection-3 #score:procedure-2 #std:who-2003-9 #std:unicef-2006 #feedback:Respecting her judgement has been right until now. But a child about to be taken to an unknown village by a man who has already threatened her is an emergency, and at five it may be too late. In imminent danger you act, and you tell her honestly that you do.]
    ~ waited = true
    -> waited_night
* [Tell her to come to the centre now, on foot, and leave the boy to the morning: she will be safe here, and the police can go to the house at seven, when the day shift comes on. #id:md-087 #score:procedure+1 #std:who-2003-9 #std:unicef-2006 #feedback:Getting her to safety is right, and the police are the right call. But the danger tonight is to the boy, and the car leaves at six. Calling the police now, not at seven, is what keeps a mother and a child in the same town.]
    ~ late = true
    ~ trust = trust - 1
    -> police_night
* [Tell her you are calling the police now, because her son may be taken tonight; say what you will tell them and that the centre is with her, and ask her to wait in the shop. #id:md-085 #score:procedure+2 #score:protection+2 #std:who-2003-9 #std:unicef-2006 #std:kz-supreme-court-2012 #feedback:This is the moment when her wish is not enough: a five-year-old is about to be taken away by people with no right to him, and she may be hurt. You act, tell her honestly what you do and why, and stand between her and the fear of arrest.]
    -> police_night

=== waited_night ===
At five she does not call. At six the shop phone does not answer. #id:md-088
In the morning you learn that Serik left at dawn with the boy in his car. Zhanar is gone from the barn too. #id:md-089 #epilogue
-> end_waited

=== police_night ===
{ late: -> late_morning }
You call 102 and the duty officer of the district police, and stay on the line with Zhanar until a patrol car stops at the shop. The officers go to the house with her. #id:md-091 #leave:zhanar
A police car stops outside the centre. Zhanar comes in with her son asleep on her shoulder; an inspector follows her. #id:md-092 #enter:zhanar #enter:guardia
"The mother has no valid documents and no address. The boy goes to the children's centre until the guardianship department has looked into her situation. She comes to the station about her passport." #id:md-093 #speaker:guardia #mood:neutral #situation
Zhanar holds her son tighter and says nothing. #id:md-094
* [Ask the inspector to let the boy stay with his mother at the centre, in the centre's care, with the guardianship department called in the morning; remind him she is a possible victim and her passport is not a matter for tonight. #id:md-095 #score:procedure+2 #score:protection+2 #std:unicef-2006 #std:kz-supreme-court-2012 #std:ohchr-p7 #feedback:The boy has just got his mother back: his best interests are to stay with her, in a safe place, while the guardianship department does its work. Her passport is not an offence to be settled tonight: she is a possible victim of trafficking.]
    -> together_night
* [Agree to the children's centre for one night so that the paperwork is clean and nobody can question the centre later, and promise Zhanar she will have him back tomorrow after the guardianship check. #id:md-096 #score:protection-2 #score:procedure-1 #std:unicef-2006 #std:who-2003-3 #feedback:Clean paperwork protects the centre, and one night sounds short. But a boy who has just been given back to his mother is taken from her again, and you promised what the guardianship department decides. A mother and child belong together unless the child is at risk with her.]
    ~ separated = true
    -> end_separated

=== together_night ===
The inspector thinks, then writes down the centre's address. #id:md-097
"All right, in your care. Tomorrow the investigator will want to talk to her." #id:md-115 #speaker:guardia #mood:neutral
The inspector leaves. Zhanar carries her son to the room at the end of the corridor. #leave:guardia #leave:zhanar #id:md-124
-> journalist

=== late_morning ===
She arrives at half past midnight, shivering. At seven the police go to the house; the car has left. The juvenile police find the boy at Serik's sister's in a village the next afternoon. #id:md-090 #leave:zhanar
A juvenile police inspector brings him to the centre with an officer of the guardianship department. For a moment he stands in the doorway and only looks at his mother. #id:md-125
-> end_late

=== journalist ===
A week later Zhanar and her son share a room at the centre. Dinara comes into the office with her phone in her hand. #id:md-098 #enter:ngo-worker
"A journalist from a Taraz TV channel called. Someone at the market told her about the slave in the barn. She wants to film Zhanar and the boy, faces blurred, and says a report would get her papers in a week: officials hate bad press." #id:md-099 #speaker:ngo-worker #mood:worried
* [Agree, as long as the faces are blurred and the names changed: press pressure is often the only thing that moves a passport office, and this is her best chance. #id:md-101 #score:protection-3 #critical:expose-identity #std:coe-11 #std:seed-003-235 #feedback:The press does move offices sometimes. But the source names exactly this: media trying to unveil victims despite their safety. At the market, changed names and blurred faces hide nobody, Serik's family included, and a five-year-old is filmed without any say.]
    ~ exposed = true
    -> endings
* [Give the journalist a general interview about debt bondage at markets, with no names and no details of this case, and do not tell Zhanar, so as not to worry her. #id:md-102 #score:protection+1 #std:coe-11 #std:who-2003-5 #feedback:A general interview without details protects her identity, and it may help others. But the journalist already knows the story from the market, and keeping from Zhanar that she is being looked for takes away her chance to decide what to do about it.]
    -> endings
* [Refuse for the centre, and tell Zhanar only that a journalist asked: she may say no, and even with blurred faces, everyone at the market would know her and her son at once. #id:md-100 #score:protection+2 #score:procedure+1 #std:coe-11 #std:seed-003-235 #std:who-2003-5 #feedback:Publicity can move officials, and the journalist may mean well. But at a market where everyone knows the story, a blurred face hides nothing, and the boy would carry it too. The choice is Zhanar's, and she needs the truth about the risk to make it.]
    -> endings

=== endings ===
{ exposed: -> end_exposed }
-> end_together

=== end_together ===
{ papers_right:
    Zhanar and her son stay at the centre for two months. The Russian consulate confirms her citizenship and issues certificates for return for both of them. She decides to go back to the Orenburg region, where a partner NGO meets them; in time she gives a statement against Serik, because she decided to. #id:md-103 #ending:together-own-choices #leave:ngo-worker
- else:
    Zhanar and her son stay at the centre. Her papers take months longer than anyone said, and for weeks she is afraid of every office. In time she gives a statement against Serik, because she decided to, and she is still waiting for a document that lets her choose where to live. #id:md-104 #ending:together-own-choices #leave:ngo-worker
}
-> END

=== end_punished ===
{ returned:
    Zhanar does not come to the tap again while you are at the market. The fine is in Serik's book now, with the barn and the food. When she passes you in the fish row, she looks away. #id:md-116 #ending:back-to-the-barn
- else:
    Zhanar does not come to the centre. She was taken away from the gate in front of the whole market, and since then she keeps away from anyone who might bring the police back. When she passes you in the fish row, she looks away. #ending:back-to-the-barn #id:md-127
}
-> END

=== end_late ===
Zhanar and her son are together at the centre. For a night and a day she did not know where he was, and for weeks she does not let him out of her sight. Her papers and a statement can wait until she is ready; the centre will be there when she is. #ending:found-late #id:md-128
-> END

=== end_alone ===
Zhanar does not come to the centre. Three weeks later a priest brings a woman and a small boy to the door: she took her son from the house one night, and they slept at the station and begged. Whether she trusts the centre this time, she will decide. #id:md-105 #ending:on-her-own
-> END

=== end_waited ===
Nobody knows where the boy is. Zhanar has gone to look for him on her own, with nothing but the centre's number in her head. She asked you to wait, but the decision to wait was yours, not hers. #id:md-106 #ending:son-taken
-> END

=== end_separated ===
The boy spends four nights at the children's centre while the papers go from office to office. Zhanar sits outside it every day. When he comes back, he does not let go of her hand, and she no longer believes what the centre promises. #id:md-107 #ending:separated-again #leave:zhanar #leave:guardia
-> END

=== end_exposed ===
The report runs on Friday. By Saturday everyone at the market knows whose boy it is, and Serik's relatives know where the centre is. Zhanar asks to be moved to another town, and stops talking to anyone from the centre. #id:md-108 #ending:identity-exposed #leave:ngo-worker
-> END

=== evidence ===
// Documents the trainee can open; never played, collected by the build.
Exercise book from Serik's stall: the page headed Zhanar #id:md-e01 #evidence-text:ledger-serik #kind:ledger
April. Fish, spoiled (no electricity): 5,000. #id:md-e02 #evidence-text:ledger-serik #indicator:debt-bondage
April. Paint for the walls of the house: 3,400. #id:md-e03 #evidence-text:ledger-serik
April. Walls painted, two weeks: minus 1,500. #id:md-e04 #evidence-text:ledger-serik
May. Barn: 5,000. Food, her and the boy: 7,000. #id:md-e05 #evidence-text:ledger-serik #indicator:abusive-conditions
May. Clothes and sandals for the boy: 3,100. #id:md-e06 #evidence-text:ledger-serik
June. Barn: 5,000. Food, her and the boy: 7,000. #id:md-e07 #evidence-text:ledger-serik
June. Fine, went into the house without asking: 2,000. #id:md-e08 #evidence-text:ledger-serik #indicator:isolation
(Nothing is written on the page for her work in the house or at the stall in May and June.) #id:md-e09 #evidence-text:ledger-serik #indicator:withholding-wages
Total on 1 July: 36,000. #id:md-e10 #evidence-text:ledger-serik
Passport of a citizen of the USSR #id:md-e11 #evidence-text:passport-zhanar #kind:passport
Union of Soviet Socialist Republics. Passport. #id:md-e12 #evidence-text:passport-zhanar
Surname: Temirbayeva. Name: Zhanar. Patronymic: Bolatovna. #id:md-e13 #evidence-text:passport-zhanar
Date of birth: 12 May 1974. Place of birth: Akbulak district, Orenburg region, RSFSR. #id:md-e14 #evidence-text:passport-zhanar
Nationality: Kazakh. #id:md-e15 #evidence-text:passport-zhanar
Issued on 3 June 1990 by the Department of Internal Affairs of the Akbulak district executive committee, Orenburg region. #id:md-e16 #evidence-text:passport-zhanar
Residence registration: Akbulak, Orenburg region, 1990. #id:md-e17 #evidence-text:passport-zhanar
Pages for the new photographs at 25 and at 45: empty. #id:md-e18 #evidence-text:passport-zhanar
(There is no insert or stamp on citizenship of the Russian Federation anywhere in the passport.) #id:md-e19 #evidence-text:passport-zhanar
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/market-debt.md, reworded to fit the decision they are asked at.
Zhanar works without a break, a few steps from Serik. How could you reach her, and what could each way of approaching her cost her? #id:md-q01 #discuss:md-006
"It's my own fault, I owe him." What would you say to that, and what would you still need to know about this debt? #id:md-q02 #discuss:md-024
The officer sees begging and an invalid passport; the nephew is watching. What would each outcome mean for Zhanar, and what would Serik learn from it? #id:md-q03 #discuss:md-042
In the night she asks again: no police. What has changed since her earlier choices, and what has not? How could you keep her trust, whatever you decide? #id:md-q04 #discuss:md-085
The inspector wanted the boy in a children's centre for the night; the journalist wanted a story. Whose interests did each serve, and what did the boy need? #id:md-q05 #discuss:end
Which indicators did you note, and which did you find only in Serik's book? #id:md-q06 #discuss:end
-> END
