# scenario: tobacco-harvest
# role: labour-inspection
# role: police
# source: 003_fa9b57731bfef90f.txt:72-74
# source: 003_fa9b57731bfef90f.txt:99-103
# source: 003_fa9b57731bfef90f.txt:115-117
# source: 003_fa9b57731bfef90f.txt:163
# content-note: child-exploitation
# content-note: labour-exploitation
# content-note: coercion-threats
# minutes: 15
# setting: tobacco-farm

// tobacco-harvest: a joint check by the labour inspection and the police at a tobacco farm
// in Kazakhstan at the end of the harvest. Source case: 003 line 72 (two teenagers left by
// their mother on a tobacco farm to "work off" her debt; the farmer says the police would
// arrest them if they left without her). The farmer's voice echoes the exploiters of
// 003 lines 99-103 ("Where could they go without passports? Police would arrest them...
// I dressed them and fed them"; "Why should I pay her?"). 003 line 163: a case lost after a
// cross-interrogation. 003 lines 115-117: the definition; for a child no means are needed. Names, the district, the receipt, the notebook and
// everything after the check are invented: see docs/scenarios/tobacco-harvest.md.

// How the trainee first read the case: 2 trafficking of children, 1 labour violations only, 0 a debt dispute.
VAR qualified = 0
// Where and how the children were first heard: 2 away from the farm with a guardianship specialist and a psychologist, 1 behind the car, 0 in the yard with the farmer's wife.
VAR talk = 0
// The children's trust in the people who took over; below 0 they stop talking.
VAR trust = 0
// The first night was spent in the police station's juvenile room.
VAR police_night = false
// Nurbek was treated as an adult and taken to the migration police's centre for foreigners.
VAR detained = false
// The mother's "debt" was written off against the children's work and recorded as a settled wage claim.
VAR settled = false
// The children were confronted with the farmer, or heard again at the police department.
VAR confronted = false

-> arrival

=== arrival ===
Early October, Enbekshikazakh district, Almaty region. The last tobacco of the season hangs in long strings under the roof of the drying shed. #id:th-001 #scene:tobacco-farm #ambient:countryside
You are on the district's joint harvest check: the labour inspection and the police, looking for children at work in the fields. Captain Dauletov, the local beat officer, drives you. #id:th-002 #enter:guardia
"Bolat Kasymovich has grown tobacco here for twenty years. A decent man. Today he pays off his seasonal workers, so everyone is here." #id:th-003 #speaker:guardia #mood:calm
A queue of hired workers stands at a table by the shed, where the farmer counts out money. The farmer comes over, smiling, wiping his hands. #id:th-004 #enter:bolat
Behind the table, away from the queue, a boy and a girl thread wet tobacco leaves onto cords. They wear no gloves; their hands are stained dark to the wrist. They do not look up. #id:th-005 #indicator:abusive-conditions #situation
"Welcome, welcome. All my people are registered, all are paid, see for yourselves." #id:th-006 #speaker:bolat #mood:calm
* [Ask the farmer, by the car and out of the teenagers' hearing, who the two are, how old, where their parents are, and for his records of everyone working here. #score:identification+2 #score:protection+1 #std:unicef-2006 #std:unodc-indicators #feedback:Two teenagers working apart from the paid queue are the first thing to ask about. Asking the farmer first, out of their hearing, gives you his account without making them answer in front of him, and his records will show what he has written about them. #id:th-070]
    -> farmer_version
* [Walk over to the two at the shed, crouch beside them and ask them kindly how old they are, who brought them here, and whether they go to school. #score:identification+2 #score:protection-1 #std:unicef-2006 #std:unodc-indicators #feedback:The right questions, and asking the children themselves matters. But the farmer is three steps away: in front of him they can only repeat what they have been told, and he learns at once that the check is about them. #id:th-071]
    -> asked_at_shed
* [Leave the two for now: children helping relatives at harvest is normal in any village. Start with the hired adults' contracts and pay, which is what the check can prove today. #score:identification-2 #std:palermo-3c #std:unicef-2006 #feedback:Family help at harvest is common, and the adults' contracts matter too. But two teenagers working apart from the paid queue, without gloves, in school time, are exactly what a harvest check is for. Whether they are relatives is a question to ask, not an answer to assume. #id:th-072]
    -> adults_first

=== asked_at_shed ===
The farmer answers before either of them can. #id:th-100
"My wife's relatives. They help us a little, in the holidays." #id:th-009 #speaker:bolat #mood:calm #indicator:others-speak-for-them
The boy glances at him, then at you. #enter:nurbek #id:th-101
"I'm eighteen. We help. Everything is fine." #id:th-010 #speaker:nurbek #mood:guarded #indicator:acts-as-instructed
The girl keeps threading leaves and says nothing. #id:th-011 #enter:aizada
The farmer puts a hand on your elbow and leads you back towards the table. #id:th-012 #leave:nurbek #leave:aizada
-> farmer_version

=== adults_first ===
You go through the hired workers' list and pay with the farmer. Everyone in the queue gets an envelope. The two at the shed do not come to the table. #id:th-013
A woman from the queue, folding her money into her pocket, says quietly as she passes you: "Those two are not his relatives. Their mother left them here. They get nothing." #id:th-014 #indicator:withholding-wages
-> farmer_version

=== farmer_version ===
"Their mother, Gulmira, worked the season for me, from Kyrgyzstan, with her three children. In September she asked me for money to buy them clothes and went to the oblast centre with the little one. She has not come back." #id:th-015 #speaker:bolat #mood:worried
"What should I do, put them on the road? She agreed: the children stay and work off what she took. She wrote me a receipt. Everything is honest, here." #id:th-016 #speaker:bolat #mood:calm #indicator:debt-bondage #evidence:receipt-gulmira #situation
"I feed them, I clothed them, that costs money. Why should I pay them on top of it?" #id:th-017 #speaker:bolat #mood:angry #indicator:withholding-wages
"And where would they go without their mother? The police would pick them up at the first post." #speaker:bolat #mood:calm #indicator:restriction-of-movement #id:th-103
* [The mother signed, nobody is locked in or beaten, and the debt is on paper: so far this is a debt dispute between adults. Stop the children's field work and find the mother. #score:identification-2 #std:palermo-3c #std:palermo-3b #feedback:Stopping the work and finding the mother are right, and you see no force. But for a child no force, threat or deception has to be proved: harbouring children and putting them to work against a debt is trafficking, and a parent's signature does not make it lawful. Reading it as a debt dispute leaves the children with the creditor. #id:th-073]
    ~ qualified = 0
    -> separate
* [Children kept to work off their mother's debt: for a child that is trafficking, whatever she signed and with or without force. Treat them as possible victims. #score:identification+3 #score:procedure+1 #std:palermo-3c #std:ilo-2012 #std:seed-003-72 #feedback:Under the Palermo Protocol, art. 3(c), the harbouring of a child for exploitation is trafficking even without any means: no threat, force or deception has to be shown, and the mother's agreement changes nothing. The receipt shows the purpose in the farmer's own terms: the children work until the debt is paid. #id:th-074]
    ~ qualified = 2
    -> separate
* [It is hazardous work by minors, unpaid: record the violations in an act, order the farmer to stop the children's work today, and find the mother. #score:identification+1 #std:ilo-2012 #std:palermo-3c #feedback:The violations are real and the act is needed. But children held to work off a parent's debt are more than a labour violation: for a child that is trafficking, with no means required. Recorded only as a labour breach, the case ends in a fine and the children are not treated as victims. #id:th-075]
    ~ qualified = 1
    -> separate

=== separate ===
"Let us talk to the children here, quietly, at the table in the yard. His wife looks after them." #id:th-018 #speaker:guardia #mood:calm
"By law a minor is questioned with an adult present." #speaker:guardia #mood:neutral #id:th-104
* [Sit with them at the table in the yard with the farmer's wife beside them: a minor is questioned with the adult responsible for him, and she is the one caring for them now. #score:protection-2 #score:procedure-1 #std:unicef-2006 #std:who-2003-1 #feedback:A minor is indeed heard with an adult who represents him. But the farmer's wife is part of the arrangement that keeps them: with her beside them they can only give the farmer's version. The adult a child needs is a guardianship specialist, and a psychologist, away from the farm. #id:th-076]
    ~ talk = 0
    -> children_talk
* [Take the two round the far side of your car with Captain Dauletov and ask them right now, out of the farmer's earshot, while they still seem ready to talk. #score:protection+1 #std:unicef-2006 #std:who-2003-1 #feedback:Out of the farmer's earshot is right. But two officials by a car on the farm, with no guardianship specialist and no psychologist, is still an interrogation to a child; they can see the farmer's house over the roof of the car, and they say little. #id:th-077]
    ~ talk = 1
    -> children_talk
* [Tell the two who you are and that they are in no trouble. Call the guardianship specialist and a psychologist, and talk with them at the village school. #score:protection+2 #score:procedure+2 #std:unicef-2006 #std:who-2003-1 #feedback:Children are heard away from the person who controls them, with a guardianship specialist to represent them and a psychologist to make the talk bearable. Saying first that they are in no trouble answers the fear the farmer planted: that the police arrest children without their mother. #id:th-078]
    ~ talk = 2
    -> school_room

=== school_room ===
The school psychologist lends you her room. Raushan Amirovna from the district guardianship sector arrives within the hour, with a psychologist from the centre for the adaptation of minors. #id:th-019 #scene:shelter-room #enter:raushan #enter:guardia
Nurbek and Aizada sit close together on the sofa. The psychologist pours them tea and explains who everyone is and that they may stop at any time. #id:th-020 #enter:nurbek #enter:aizada
~ trust = trust + 1
-> children_talk

=== children_talk ===
{ talk == 0:
    You sit at the table under the vine. The farmer's wife sits down beside the girl and puts bread in front of them. #id:th-021 #enter:nurbek #enter:aizada
    "We are relatives. We help a little. Auntie feeds us well." #id:th-022 #speaker:nurbek #mood:guarded #indicator:acts-as-instructed
    When you ask the girl her name, the farmer's wife answers: "Aizada. She is shy." Aizada looks at the table. #id:th-023 #indicator:others-speak-for-them
    ~ trust = trust - 1
}
{ talk == 1:
    Behind the car the boy stands in front of his sister. The farmer's roof shows over the car. #id:th-024 #enter:nurbek #enter:aizada
    "I'm Nurbek. I'm eighteen. We help, and Mama will come back." #id:th-025 #speaker:nurbek #mood:guarded #indicator:acts-as-instructed
    "Bolat-aga said if we go anywhere without Mama, the police will take us." #id:th-026 #speaker:aizada #mood:afraid #indicator:fears-authorities
    Nurbek touches her arm, and she stops. #id:th-027
}
{ talk == 2:
    "Mama went to the oblast centre to buy us clothes, with Bermet, our little sister. She didn't come back. Her phone is switched off." #id:th-028 #speaker:nurbek #mood:worried #indicator:isolation
    "Bolat-aga says he gave her money for the clothes, so now we work it off. We thread leaves from when it gets light until it's dark." #id:th-029 #speaker:aizada #mood:tired #indicator:debt-bondage #indicator:excessive-overtime
    "The others got paid today. We didn't. He says the food costs money too, so the debt doesn't get smaller." #id:th-030 #speaker:nurbek #mood:worried #indicator:withholding-wages
    "He said the police arrest children who go anywhere without their mother. We don't even know what the village is called." #id:th-031 #speaker:aizada #mood:afraid #indicator:fears-authorities #indicator:intimidation-threats #indicator:unaware-of-address
    "At the farm I said I'm eighteen. Bolat-aga told me to say that. I'm fifteen. Aizada is fourteen." #id:th-032 #speaker:nurbek #mood:ashamed #indicator:acts-as-instructed
}
"We can't go away from here. If we go, Mama won't know where to find us. And Bolat-aga says then the debt goes to Mama, and she goes to prison." #id:th-033 #speaker:nurbek #mood:afraid #indicator:intimidation-threats #situation
"I'm not going anywhere without Nurbek." #id:th-034 #speaker:aizada #mood:guarded
-> placement

=== placement ===
Captain Dauletov takes you aside. #id:th-035
"Let us not make orphans of them. Bolat will sign that they stop working and go to school on Monday, and the guardianship can visit." #id:th-036 #speaker:guardia #mood:calm
"The centre in town is full of kids from broken homes: these two would run from there the first night." #speaker:guardia #mood:neutral #id:th-105
* [Let them stay as they ask, under the farmer's written undertaking: no field work, school from Monday, a guardianship visit every week. They are nearly grown and they know their own mother. #score:protection-3 #score:procedure-2 #critical:child-to-exploiter #std:unicef-2006 #std:palermo-3c #feedback:They did ask to stay, and an undertaking sounds like control. But it leaves two children with the man who holds them by their mother's debt, on his word. Their wish comes from fear: of losing their mother and of the debt. In a child's case their views are heard, and their best interests decide. #id:th-079]
    -> left_on_farm
* [Tell them plainly they cannot stay at the farm and why: the debt is not theirs. Say they will stay together, and ask the guardianship for a place tonight that takes both. #score:protection+2 #score:procedure+2 #std:unicef-2006 #std:palermo-3c #std:seed-003-72 #feedback:This is where their wish is not enough: staying means staying under the debt. You do not decide over their heads; you explain why, you answer their fear of being split up, and the guardianship, which represents them now, finds a place for both. #id:th-080]
    ~ trust = trust + 1
    -> centre
* [Take them for the night to the juvenile inspectors' room at the district police department, under watch, and hand them to the guardianship in the morning. #score:procedure+1 #std:unicef-2006 #std:ohchr-p7 #feedback:They are out of the farm, which is what matters most tonight. But a police station is no place for children who have done nothing wrong, and to these two it confirms what the farmer told them: that the police take children away. The centre for the adaptation of minors takes children at any hour for exactly this. #id:th-081]
    ~ police_night = true
    ~ trust = trust - 1
    -> centre

=== left_on_farm ===
The farmer signs the undertaking on the bonnet of your car. The children go back to the shed. #id:th-037 #scene:tobacco-farm #enter:bolat #enter:guardia
The next morning you come back with Raushan Amirovna from the guardianship sector. The shed is empty. #id:th-038 #enter:raushan
"Their uncle came last night and took them home to Kyrgyzstan. Their mother sent him." #id:th-039 #speaker:bolat #mood:calm #situation
"His name? They called him aga, that's all I know." #speaker:bolat #mood:neutral #id:th-106
* [Report them as missing children at once: to the police duty unit, the border crossings and the consulate of Kyrgyzstan, with names, ages and the farmer's story. #score:procedure+2 #score:protection+1 #std:unicef-2006 #std:ohchr-g2 #feedback:An unknown man taking two children at night is a reason to search, not a family matter closed. The alert goes where they could be stopped, and the consulate can check whether anyone from the family really came. #id:th-082]
    -> gone
* [Ask the farmer for the uncle's phone number and call him yourself, to hear from the children themselves that they are safe and on their way home. #score:procedure+1 #std:unicef-2006 #std:who-2003-2 #feedback:Trying to reach the children is right. But the number comes from the farmer, and a voice on it proves nothing; meanwhile the border crossings are not told, and hours go by. #id:th-083]
    -> gone
* [Accept it: the family has taken them back, which the undertaking was meant to allow. Close the child-labour part and finish the adults' contracts. #score:procedure-2 #score:identification-1 #std:unicef-2006 #std:palermo-3c #feedback:It sounds like the end everyone wanted. But nobody has seen this uncle, and the children were taken at night by a man the farmer cannot name. Closing the case here means nobody will ever look for them. #id:th-084]
    -> gone

=== gone ===
Nobody knows where Nurbek and Aizada are. The consulate of Kyrgyzstan finds no uncle in the family, and their mother has not seen them. The undertaking is still in your file, with the farmer's signature on it. #id:th-040 #ending:gone #leave:bolat
-> END

=== centre ===
{ police_night:
    The next morning, the centre for the adaptation of minors in town. A room with a sofa, a lamp and a kettle. Aizada did not sleep at the police department; Nurbek asks twice whether they are under arrest. #id:th-042 #scene:shelter-room #enter:raushan #enter:guardia #enter:nurbek #enter:aizada
- else:
    Late evening, the centre for the adaptation of minors in town. A room with a sofa, a lamp and a kettle. #id:th-041 #scene:shelter-room #enter:raushan #enter:guardia #enter:nurbek #enter:aizada
}
{ talk < 2:
    Raushan Amirovna from the district guardianship sector has found them this place; a psychologist from the centre sits with them. #id:th-067
}
Captain Dauletov has taken the farmer's notebook for the file. He opens it on the table. #id:th-043 #evidence:ledger-bolat
"The centre takes children. Nurbek says he is eighteen, and he has no papers: his mother has their birth certificates. If he is an adult, the director cannot keep him here." #id:th-044 #speaker:raushan #mood:worried #situation
{ talk == 2:
    "At the school I said fifteen. But I can be eighteen." #id:th-068 #speaker:nurbek #mood:guarded
"Keep Aizada, and I'll go and work and pay the debt, so Mama won't have to." #speaker:nurbek #mood:worried #id:th-107
- else:
    "I am eighteen. Keep Aizada. I'll go and work and pay the debt, so Mama won't have to." #id:th-045 #speaker:nurbek #mood:guarded
}
* [He says he is an adult: a foreign worker without a permit goes to the migration police's centre for foreigners until his identity is established, and his sister stays here. #score:protection-3 #score:procedure-3 #critical:detain-or-deport-unscreened #std:unicef-2006 #std:ohchr-p7 #feedback:An adult without papers does go through the migration police, and the boy said eighteen himself. But the farmer's own notebook says fifteen, and a boy who says he is an adult so that he can pay his mother's debt is not giving his age. When age is uncertain a person is presumed a child, and a possible victim is not detained. #id:th-085]
    ~ detained = true
    ~ trust = trust - 2
    -> debt_talk
* [Ask the centre to keep him tonight, and send him for a medical age assessment at the district hospital tomorrow, so the file has an answer before he is placed. #score:procedure+1 #std:unicef-2006 #std:palermo-3c #feedback:Keeping him with his sister tonight is right. But the file already has an answer: the farmer's own notebook says fifteen, and so did he, away from the farm. A medical examination is a last resort, imprecise at his age, and he is treated as a child while it is pending. #id:th-086]
    -> debt_talk
* [Treat him as a child until his age is established: ask the consulate for his birth record, and keep him here with his sister. #score:identification+1 #score:protection+1 #score:procedure+2 #std:unicef-2006 #std:palermo-3c #feedback:When age is uncertain, the person is presumed a child until it is established. Here there is more than doubt: the farmer wrote fifteen himself. The consulate can confirm it from the records at home, and the siblings stay together. #id:th-087]
    ~ trust = trust + 1
    -> debt_talk

=== debt_talk ===
{ detained:
    The next afternoon the consulate sends Nurbek's birth record: he is fifteen. He is brought from the centre for foreigners to his sister and does not say a word all evening. #id:th-046
}
Captain Dauletov puts his phone away. #id:th-047
"Bolat called me. He proposes to write off the mother's debt against the children's work, and we call it quits. He will even give them money for the road. Sign the act as a settled wage matter and everyone is happy." #id:th-048 #speaker:guardia #mood:calm #situation
Nurbek has heard. #id:th-102
"So Mama owes nothing then? Then they won't put her in prison?" #id:th-049 #speaker:nurbek #mood:worried
* [Refuse the settlement. Tell Nurbek plainly that he and Aizada owe nothing. Record their days and hours from the notebook as evidence for the case and for compensation. #score:identification+2 #score:procedure+2 #std:ilo-2012 #std:palermo-3c #std:palermo-6 #feedback:Their work was exploitation, not payment of a debt. The notebook records it day by day: that is evidence for the case and for compensation. And the boy hears the one thing he needs: the debt is not his. #id:th-088]
    -> mother_call
* [Make the farmer pay the children in full, at the adults' rate, before you sign the act. Their wages are theirs; the debt is their mother's business with him. #score:identification+1 #score:procedure+1 #std:ilo-2012 #std:palermo-6 #feedback:Refusing to offset their wages against the debt is right, and the money is theirs. But a cash payment signed off in the act turns a case of trafficking into an employment dispute the farmer has settled. And nobody tells Nurbek that the debt is not his. #id:th-089]
    -> mother_call
* [Accept the settlement: the debt is written off against their work, the children leave owing nothing, and their mother is free of it. Record it in the act as a settled wage claim. #score:identification-2 #score:procedure-2 #std:ilo-2012 #std:palermo-3c #feedback:It sounds like everyone wins, and Nurbek would sleep tonight. But the act would say that children's work paid off a parent's debt, which is debt bondage made lawful. The farmer's lawyer will show it to the court as proof that it was a wage matter, settled. #id:th-090]
    ~ settled = true
    -> mother_call

=== mother_call ===
Two days later the consulate of Kyrgyzstan finds the mother. Raushan Amirovna has her on the line, on speaker. #id:th-050 #phone:gulmira
"Are they all right? I couldn't come back. Bermet fell ill in town, I had no money, I went home with her. Bolat-aga said he would put them on a bus after the harvest." #id:th-051 #speaker:gulmira #mood:ashamed
"Bolat-aga says his brother-in-law drives to Bishkek every week and can bring them. I'll send a paper from the notary. Please give them to him." #id:th-052 #speaker:gulmira #mood:worried #situation
"Can we talk to Mama?" #id:th-053 #speaker:aizada #mood:worried
* [Agree that the driver takes them home if he brings her power of attorney from a notary: she is their legal representative, and it is her decision who brings her children home. #score:protection-3 #score:procedure-2 #critical:child-to-exploiter #std:unicef-2006 #std:palermo-8 #feedback:She is their mother and the paper would be in order. But the driver is the farmer's brother-in-law: the lift home goes through the man who held them. Children are handed over only to someone checked, after their home has been assessed; until then the guardianship represents them. #id:th-091]
    -> handed_over
* [Tell her they are safe, together, in the guardianship's care; their return will go through the consulate and child protection at home. Ask the children if they want to talk to her. #score:protection+2 #score:procedure+2 #std:unicef-2006 #std:palermo-8 #feedback:She hears what she needs: they are safe and together. The return goes through people who can check the family and the road home, not through the farmer's relative. And the children decide whether they talk to her now. #id:th-092]
    ~ trust = trust + 1
    -> mother_talks
* [Tell her they are safe and together, and that she must come to the centre herself, with her passport, to collect them: nobody else can take them, not even with a paper. #score:procedure+1 #std:unicef-2006 #std:palermo-8 #feedback:Refusing the farmer's relative is right. But handing the children straight back to the mother who left them on the farm, with no check of their home, skips the assessment their return needs. And the children, who asked to talk to her, were not answered. #id:th-093]
    -> investigator

=== mother_talks ===
Nurbek and Aizada take the phone to the corner and talk to their mother for a long time, in Kyrgyz, the phone held between them. #id:th-069
-> investigator

=== handed_over ===
Four days later a man with a notarised paper signs for the children at the centre and drives off with them. #id:th-054 #leave:gulmira
-> end_handed_over

=== investigator ===
{ qualified < 2:
    The prosecutor's office reads your act and the mother's receipt, and asks the police to open a case of trafficking in minors. #id:th-055
- else:
    The investigator opens a case of trafficking in minors on your report. #id:th-056
}
"The investigator wants their statements tomorrow at the department." #id:th-057 #speaker:guardia #mood:neutral #leave:gulmira #situation
"And a confrontation with Bolat: Bolat says the mother begged him to keep them." #speaker:guardia #mood:neutral #id:th-108
* [Agree to the statements at the department tomorrow, with the psychologist from the centre present, but refuse the confrontation with the farmer. #score:protection+1 #std:unicef-2006 #std:seed-003-163 #feedback:Refusing the confrontation is right, and the psychologist helps. But a second full interview at a police department makes them tell it all again in the place they were taught to fear. One recorded interview, where they live now, would have done. #id:th-094]
    -> return_home
* [Agree to both: a confrontation is the quickest way to break the farmer's story, and the children were clear today. #score:protection-3 #score:procedure-1 #std:seed-003-163 #std:unicef-2006 #feedback:The farmer's story does need answering. But face to face with the man who held them, children repeat what he taught them or fall silent, as the victims in the source did after their cross-interrogation. The notebook, the receipt and the hired workers can answer him instead. #id:th-095]
    ~ confronted = true
    ~ trust = trust - 2
    -> return_home
* [Ask for one recorded interview at the centre, with the psychologist and Raushan Amirovna, deposited with the investigating judge, and no confrontation. #score:protection+2 #score:procedure+1 #std:unicef-2006 #std:seed-003-163 #feedback:One interview, recorded, in a place the children know, with the people who represent them, spares them telling it again and again. Deposited with the investigating judge, it stands in court after they have gone home. And the case does not rest on their words alone: the farmer's own papers and the adult workers say the same. #id:th-096]
    -> return_home

=== return_home ===
Three weeks later. The consulate has sent the birth certificates. Child protection in their home town has visited the mother: she lives with her sister, Bermet is well, and there is a school nearby. #id:th-058
"We want to go home. But not on Bolat-aga's bus. And Aizada wants to go to school." #id:th-059 #speaker:nurbek #mood:calm
* [Keep them at the centre until the trial: without the two of them in the country, the case against the farmer will fall apart, and here at least they are safe and at school. #score:protection-1 #score:procedure-2 #std:unicef-2006 #std:palermo-8 #feedback:The case does matter, and they are safe at the centre. But help for a child is not conditional on testimony, and months in an institution to keep witnesses at hand are not in their best interests. Their testimony can be deposited with the investigating judge; the court can hear them through it. #id:th-097]
    -> end_kept
* [Support their return together, escorted, with a plan agreed with child protection at home for school and visits; tell them each step before it happens. #score:protection+1 #score:procedure+2 #std:palermo-8 #std:unicef-2006 #std:seed-001-456 #feedback:A return that is safe and, where possible, voluntary: they want to go, the family has been visited, and school and follow-up are arranged before they leave. Being told each step gives back some of the control the farm took from them. #id:th-098]
    -> endings
* [Put them on the first bus home with the consulate's letter, now that the documents are ready: they want to go, and every week at the centre is a week lost. #score:procedure+1 #std:palermo-8 #std:unicef-2006 #feedback:They want to go home, and the delay is real. But two children alone on a bus, with no escort and no plan with child protection at home, is the same road they came by. The return is the guardianship's responsibility until they are handed over. #id:th-099]
    -> end_bus

=== endings ===
{ confronted: -> end_silent }
{ trust < 0: -> end_silent }
{ settled: -> end_settled }
-> end_home

=== end_home ===
{ qualified == 2:
    Nurbek and Aizada go home together with a social worker from the centre. Aizada starts school in November. The farmer is charged with trafficking in minors; their statements, his notebook and the receipt are the evidence. #id:th-060 #ending:home-together #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
- else:
    Nurbek and Aizada go home together with a social worker from the centre. Aizada starts school in November. The case against the farmer began only when the prosecutor read the receipt, weeks late; it goes to court in spring. #id:th-061 #ending:home-together #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
}
-> END

=== end_settled ===
Nurbek and Aizada go home together with a social worker. At the trial the farmer's lawyer shows your act: a wage claim, settled. The charge of trafficking in minors becomes a fine for illegal employment. #id:th-062 #ending:home-case-lost #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
-> END

=== end_silent ===
Nurbek and Aizada go home together. But they have stopped talking to anyone official: Nurbek takes back what he said, they were only helping relatives, and Aizada says nothing. The case against the farmer is closed. Their silence is their right; the fear behind it came from the way they were treated after the farm. #id:th-063 #ending:home-silent #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
-> END

=== end_kept ===
The trial is set for March. Nurbek and Aizada spend the winter at the centre, asking every week when they can go home. In January Nurbek runs away to look for work to send money to his mother. He is found at a bus station two days later. #id:th-064 #ending:kept-as-witnesses #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
-> END

=== end_bus ===
The bus crosses the border at night. At the bus station in their home town a man meets them and offers work at a market. Nurbek says no and they walk home, because he remembered the farm. Child protection hears of it only a week later. #id:th-065 #ending:home-unescorted #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
-> END

=== end_handed_over ===
The children never reach home. Two weeks later a check in the next district finds them in the brother-in-law's greenhouses, working off the cost of the journey. The notary's paper was real; the lift home was the farmer's idea. #id:th-066 #ending:handed-over #leave:raushan #leave:guardia #leave:nurbek #leave:aizada
-> END

=== evidence ===
// Documents the trainee can open; never played, collected by the build.
// Both are invented (the source says only that the farmer "borrowed her money to buy the clothes"): see docs/scenarios/tobacco-harvest.md.
Receipt, handwritten on a page from a school exercise book #id:th-e01 #evidence-text:receipt-gulmira #kind:contract
I, Gulmira Toktosunova, have received from Bolat Kasymovich 40,000 (forty thousand) tenge for clothes for my children. #id:th-e02 #evidence-text:receipt-gulmira
Until the money is returned, my children Nurbek and Aizada stay with Bolat Kasymovich and work off the debt in full. #id:th-e03 #evidence-text:receipt-gulmira #indicator:debt-bondage
I have no claims. 12 September. Signature: G. Toktosunova. #id:th-e04 #evidence-text:receipt-gulmira
The text is written in Russian in a firm hand; only the signature is in a different, uneven hand. #id:th-e05 #evidence-text:receipt-gulmira
Bolat Kasymovich's exercise book: "Workers, season" #id:th-e06 #evidence-text:ledger-bolat #kind:ledger
20 August. Arrived: Gulmira (Kyrgyzstan) with three children: Nurbek 15, Aizada 14, the little one 5. #id:th-e07 #evidence-text:ledger-bolat
12 September. To Gulmira for clothes: 40,000. Nurbek and Aizada to work it off. #id:th-e08 #evidence-text:ledger-bolat #indicator:debt-bondage
Food for two, 12 September to 5 October, 24 days at 1,000: 24,000, added to the debt. #id:th-e09 #evidence-text:ledger-bolat #indicator:debt-bondage
Nurbek and Aizada, field and shed, 24 days without a day off, credited at 1,500 a day for the two of them: 36,000. #id:th-e10 #evidence-text:ledger-bolat #indicator:excessive-overtime
Remaining on 5 October: 28,000. #id:th-e11 #evidence-text:ledger-bolat #indicator:withholding-wages
Hired team, 5 October: 14 people, paid in full, 5,000 a day each. #id:th-e12 #evidence-text:ledger-bolat
-> END

=== discussion ===
// Questions for a group session (docs/authoring.md, "Discussion questions for a group"); never played, collected by the build.
// From the discussion questions of docs/scenarios/tobacco-harvest.md, reworded to fit the decision they are asked at.
The farmer says the mother agreed, and shows her receipt. What does the receipt prove, and what does it not? What would each reading of the situation mean for the two children? #id:th-q01 #discuss:th-074
"By law a minor is questioned with an adult present." Which adult, and where? #id:th-q02 #discuss:th-078
Nurbek and Aizada ask to stay. What might they fear? How do you hear a child's wish, and explain whatever you decide? #id:th-q03 #discuss:th-080
Nurbek says he is eighteen, and he has no papers. Why might a boy say that? What should decide his age while it is uncertain? #id:th-q04 #discuss:th-087
Which details at the shed and in the notebook told you this was more than children helping relatives? Which did you notice only afterwards, in the discussion? #id:th-q05 #discuss:end
What does a safe return home need that a bus ticket does not? #id:th-q06 #discuss:end
-> END
