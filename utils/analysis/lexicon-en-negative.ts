/**
 * English words that lean negative, our own list for general talk (tweets, posts, comments).
 * Valence -1..-3, same "stem/suffix value" form as lexicon-en-positive.ts.
 */
export const EN_NEGATIVE = `
abandonment -2|abhor -3|abhorrent -3|abnormal -1|abominable -3|abrasive -2|abrupt -1|absence -1|absent -1|abused -3
abuses -3|abusing -3|accidental -1|accidents -2|accusation -2|accuse/s -2|ache/s -2|aches -2|acrimonious -2|adverse -2
adversity -2|afflicted -2|aggravate/d/s -2|aggravating -2|aggression -2|aggressively -2|aghast -2|agitated -2|agonizing -3
agonising -3|ailing -2|ailment -2|aimless -1|alienated -2|allergic -1|aloof -1|ambush -2|angered -2|angers -2|angrily -3
angriest -3|angst -2|anguish -3|animosity -2|annoys -2|annoyingly -2|antagonistic -2|anxiously -2|apocalypse -2|appall/ed -3
apprehensive -1|arduous -2|arrogance -2|ashes -1|assaulted -3|atrocity -3|attacking -2|attacks -2|avoided -1|awfully -2
awfulness -3|backward -1|baddest 0|badder -2|baffled -1|bait -1|banned -2|bankruptcy -3|barbaric -3|bashed -2
battered -2|battle -1|beat 0|beg/ged -1|begging -1|belittle -2|belligerent -2|bereaved -3|berserk -2|betrayal -3|bewildered -1
bias -1|biased -2|bickering -2|bigot -3|bigoted -3|bills -1|bitchy -3|bitterly -2|bitterness -2|bizarre -1|blah -1|blamed -2
blames -2|blaming -2|bleed/s -2|blight -2|blizzard -1|bloated -2|bloodbath -3|bloodshed -3|blues 0|bogus -2|bomb/s/ed -2
bombing -3|bondage -2|bored -2|boring -2|botched -2|bothers -2|bothersome -2|brat -2|bratty -2|breakdown -2|breakup -2
brokenhearted -3|bruise/d/s -2|brutally -3|brutality -3|bugged -2|bugger -2|bugs -1|bullied -3|bullies -3|bullying -3|bum -1
bummed -2|bump -1|burdened -2|burglar -2|burglary -2|burn/s/ed -1|burned -2|burnout -2|bust -1|cancel/s -1|cancellation -1
cancelling -1|cant 0|careless -2|carelessness -2|casualty -3|casualties -3|catastrophe -3|catastrophic -3|caught -1|cautious 0
cavity -1|censor/ed -2|chaotic -2|cheap 0|cheater -3|cheats -3|cheesy -1|chilly -1|choked -2|choking -2|clash -2|clumsy -1
clingy -1|clogged -2|clueless -2|clutter -1|coerce -2|cold 0|collision -2|combat -1|commotion -1|complained -2|complains -2
complicate -1|conceited -2|concern/s -1|concerned -1|condemned -3|confront -1|confrontation -2|confuse/s -1|confused -1
congested -2|congestion -2|conspiracy -1|contagious -1|contempt -3|contemptuous -3|contradict -1|controversial -1|corrupted -3
cough/ing -1|coughs -1|cowardly -3|cramp/s -2|cramped -2|cranky -2|crap -2|crash/es/ed -2|crashing -2|craziness -1|crazy 0
creepier -2|cried -2|cries -2|criminal -3|criminals -3|cringe -2|cringey -2|cringy -2|cripple/d -2|crises -3|criticism -2
criticized -2|crook -3|crooked -2|crude -2|cruelty -2|crumble/d -2|crushing -2|crybaby -2|cursing -2|curse/s -2|cut/s 0
cutback -2|cynical -2|damaging -2|damn -2|damnation -3|damning -2|dang -1|darn -1|deadline -1|deaf -1|deceived -3
deceitful -3|deceive -3|deception -3|deceptive -3|defaced -2|defeatist -2|defective -3|defenseless -2|deficient -2
degrading -3|dejected -2|delayed -1|demeaning -3|demise -2|demolish/ed -2|demon -2|demoralized -2|denial -1|dental 0
depress -2|depresses -2|deprivation -2|deranged -3|derogatory -3|desolate -2|despairing -3|desperately -2|desperation -3
despicable -3|despise -3|despised -3|despondent -3|destitute -3|destroys -3|destructive -3|detached -1|deter -1
deteriorate/d -2|detest -3|detestable -3|devastate -3|devil 0|diabolical -3|died -3|dies -2|difficulty -2|dilemma -1
dire -2|dirtier -2|dirtiest -2|disabled -1|disappoints -3|disapproval -2|disapprove -2|disarray -2|disastrous -3|discard/ed -1
discord -2|discouraging -2|discredit -2|discriminate -2|discrimination -3|disgust -3|disgusting -3|disgustingly -3
dishearten/ed/ing -2|dishonest -3|dishonesty -3|disillusioned -2|disliked -2|dislikes -2|dismay -2|dismissed -2
disobey -1|disorder -2|disorganized -2|disoriented -2|disparage -2|displeased -2|displeasure -2|disputes -1|disregard -1
disrespectful -3|disrupt/ed -2|disruption -2|disruptive -2|dissatisfied -2|dissatisfaction -2|distort/ed -2|distract/ed -1
distraught -3|distressed -3|distressing -3|distrusted -2|disturb/s -2|ditched -2|divorce -2|dizziness -2|dodgy -2|doomed -3
dork -1|doubtful -1|doubts -1|douche -3|douchebag -3|downcast -2|downer -2|downfall -2|downhill -1|downside -1|downtrodden -2
drained -2|drama -1|dramatic 0|drastic -1|dread/ed -2|dreary -2|dropped -1|drowning -2|drunk 0|dud -2|dumbass -3|dumbest -3
dump -1|dumps -1|dunce -2|dysfunctional -2|eerie -1|egregious -3|egotistical -2|embarrass/es/ed -2|embarrassment -2
emergency -2|empty -1|enrage -3|enraging -3|envious -1|epidemic -2|eroded -1|erratic -1|evict/ed -2|exaggerate/d -1
exasperated -2|exasperating -2|exclude/d -1|excruciating -3|excuse/s 0|exhaust/s -2|exhaustion -2|expel -2|exploit/ed -2
explode/d/s -1|explosion -2|exposed -1|extinct -1|fail/s/ed -2|failures -2|fainted -2|fallen -1|falsely -2|falsify -2
famine -3|fat -1|fatalities -3|fatally -3|faulted -2|faults -2|fearing -2|fears -2|fearsome -2|feck -2|fiasco -3
fibbing -2|fiend -2|filthy -3|fishy -1|flaw -2|flaws -2|flimsy -2|flood/s/ed -2|flooding -2|flu -2|foe -2|fool/s -2|forced -1
forfeit -2|forgetful -1|forgot -1|forgotten -1|forlorn -2|fracture/d -2|fragile -1|frail -1|fraud/s -3|freaked -2|freakin -1
freaking -1|freakish -2|friggin -1|fright -2|frightening -3|frightens -2|frigid -1|fruitless -2|frustrate/s -2|frustration -2|fuck/s -2
fucked -3|fucker -3|fuckers -3|fuckin -2|fucking -2|fume/s -2|fuss -1|futile -2|gaffe -2|gag -2|garbage -2|gash -2|ghastly -3
gloomier -2|glum -2|goddamn -2|goddam -2|gory -2|gossip -1|grave -1|grievance -2|grieve/d -3|grim -2|gripe -2|grisly -3
groan/s/ed -2|gross -2|grossed -2|grouch -2|grudge -2|gruesome -3|grumble -2|grumpy -2|gunshot -2|hack/ed -1|haggard -2
hampered -1|handicap -1|harassed -3|harassment -3|hardship -2|harmful -3|harms -2|hassles -2|hastily -1|hatefull -3
hateful -3|hater -2|haters -2|haunt/s -1|havoc -2|hazard -2|hazardous -2|headache/s -2|heartache -3|heartbreak -3
heartburn -2|hectic -1|hell 0|hellish -3|helplessness -2|hideous -3|hindrance -2|hoax -2|homeless -2|homesick -2|hopelessly -3
horrendous -3|horribly -3|horrid -3|horrify -3|horrifying -3|hostage -3|hostility -2|humiliated -3|humiliation -3|hunger -2
hurtful -3|hypocrite -3|hypocritical -3|hysteria -2|idiocy -3|ignorant -2|ignores -2|ignoring -2|ill -2|illness -2|imbecile -3
immoral -3|impair/ed -2|impatience -1|imperfect -1|impolite -2|impotent -2|imprisoned -2|inability -2|inaccurate -2
inactive -1|incapable -2|incompetence -3|incomplete -1|inconsiderate -2|inconsistent -1|incorrect -2|indecisive -1
indifferent -1|indignant -2|ineffective -2|inefficient -2|inept -2|inexcusable -3|infected -2|infection -2|inferior -2
inflamed -2|injure -2|injuries -2|injustice -3|insanely 0|insanity -2|insecurity -2|insignificant -2|insomnia -2|instability -2
insufficient -2|insulted -2|insults -2|intimidate/d -2|intolerable -3|invalid -1|irrational -2|irresponsible -2
irritable -2|irritate/s -2|irritation -2|itchy -1|jail -2|jailed -2|jeopardy -2|jerked -1|jinx -1|junk -2|kidnap/ped -3
kills -3|lackluster -2|lacks -2|lame -2|lamest -3|laments -2|lawsuit -2|layoff/s -2|leaked -2|leaves 0|lethal -3|lethargic -2
liar -3|lied -2|limp -1|litigation -1|livid -3|loathe -3|loathing -3|lonelier -2|loneliness -3|longing -1|loom/s -1|loose 0
loses -2|lost -2|lousy -3|lowest -1|lunatic -3|lurking -1|mad -2|madder -2|maddening -3|malicious -3|malfunction -2
manipulative -2|massacre -3|meaner -2|meanest -2|meltdown -2|menace -2|menacing -2|mess -2|messes -2|messing -1|midterms -1
migraine -2|misbehave -2|miscarriage -3|mischief -1|miserably -3|misfortunes -2|misguided -2|misinformed -2|mishap -2
misled -2|misread -1|miss/es -1|missing -1|mistakenly -2|mistreat/ed -3|misunderstand -1|misunderstood -2|mock/s/ed -2
mocking -2|molest -3|monday 0|moody -1|moron -3|morons -3|moronic -3|mourned -3|mournful -3|mugged -3|murderer -3|murky -1
mutilate -3|nagging -2|naive -1|narcissist -2|nasty -3|nauseous -2|needless -1|negativity -2|neglectful -2|nerd 0|nervously -2
nightmares -3|noisy -1|nuisance -2|obese -1|obnoxious -3|obscene -3|obsessive -1|obstacle -1|odd -1|offence -2|offense -2
oops -1|oppress -2|oppressive -3|ordeal -2|outage -2|outburst -2|outrageous -3|overcharged -2|overdue -1|overpaid -1|overrated -2
overreact -1|overwhelm -1|owe -1|owed -1|pain/s -2|pained -2|painfully -2|panicked -3|panicking -3|paralyzed -2|paranoia -2
parasite -2|pathetically -3|penalized -2|perish -2|perplexed -1|persecute -3|pervert -3|pest -2|pestilence -2|phobia -2|phony -2
pissy -2|pitiful -2|plague -3|pneumonia -2|poisonous -3|pollute/d -2|pollution -2|poorest -2|poorer -2|pout -1|powerless -2
precarious -1|prejudice -2|pressure -1|pressured -2|pretend -1|pretentious -2|prick -3|problematic -2|procrastinate -1
procrastinating -1|prosecute/d -2|protested -2|provoke/d -2|psycho -2|psychopath -3|puke/d -2|punch/ed -2|punishment -2
puzzled -1|quarrel -2|quitter -2|racism -3|rainy -1|ranting -2|rape -3|raped -3|rash -1|rat 0|rats -2|raw 0|reckless -2|recession -2
refuse/s -2|regret/ted -2|regrettable -2|rejects -2|relapse -2|remorse -2|repulsive -3|resentful -2|resentment -2|resign/ed -1
retard -3|retarded -3|revolting -3|ridicule/d -2|rigged -2|riot/s -2|rob/s/bed -3|robbery -3|rot -2|rough -1|rubbish -2|rude -3
rudely -3|ruins -3|ruthless -3|sabotage -2|sad -2|sadder -2|saddest -3|sadistic -3|sadly -2|sarcasm -1|savage -1|scam/s/med -3
scammer -3|scandalous -3|scar/red -2|scared -2|scarier -2|scariest -2|scary -2|scold/ed -2|scorn -2|scowl -2|scratched -1
screams -2|screaming -2|screw -1|screwing -2|scum -3|seasick -2|selfishness -2|senseless -2|severe -2|severely -2|sexist -3
shaken -2|shaking -1|shameless -2|shamelessly -2|shatter -2|shithead -3|shitting -2|shoddy -2|shooting -2|shortage -2
shortcoming -2|shoved -2|shut 0|shutdown -2|sicker -2|sickly -2|sighs -1|sighed -1|sinister -2|skeptic -1|slammed -2|slander -3
slaughter -3|slave -2|sleazy -2|sleepless -2|sleepy -1|slipped -1|sloppy -2|slow -1|slowly -1|sluggish -2|slump -2|smelled -1
smother -2|snapped -1|snarky -1|sneaky -2|snob -2|sob -2|sobbed -2|somber -2|soreness -2|sorely -2|sorrowful -3|sorry -1
sour -1|spammer -2|spammy -2|spiteful -3|spoilt -2|squander -2|stabbed -3|stagnant -1|stalker -2|stall/ed -1|starve/d -2
stench -2|sterile -1|stingy -2|stinky -2|stolen -3|stormy -1|strained -2|strangled -3|stressing -2|strict -1|strife -2
stubborn -2|stumble -1|stunk -2|stupidly -3|subpar -2|suffered -2|suffers -2|suffocate -2|suicidal -3|sulk -2|sullen -2
sunburn -2|suspect -1|suspended -2|sweaty -1|swear -1|swearing -2|tantrum -2|tarnish -2|tattered -2|tearful -2|tease -1
tedious -2|temper -1|tension -1|terminal -2|terribly -3|terrorism -3|terrorize -3|testy -2|thieves -3|thirsty -1|thorny -1
thrash/ed -2|threaten/s -2|threats -2|thwart/ed -2|timid -1|tiresome -2|tormented -3|torment -3|tortured -3|tragically -3
traitor -3|trashed -2|trashy -2|traumatic -3|traumatized -3|treacherous -3|trembling -2|tricked -2|troll/s -2|trolling -2
troubles -2|troublesome -2|turmoil -2|typo -1|ugliness -2|ugly -2|unanswered -1|unappealing -2|unappreciated -2|unattractive -2
unavailable -1|unaware -1|unbearable -3|uncertain -1|uncertainty -1|uncool -2|undesirable -2|undeserving -2|uneasy -2
unemployed -2|unemployment -2|unethical -2|unexpected 0|unfit -2|unforgivable -3|unfortunately -2|unfriendly -2|ungrateful -2
unhappily -2|unhappiness -2|unhelpful -2|unimpressed -2|uninspired -2|uninteresting -2|unjust -2|unlikely -1|unloved -3
unmotivated -2|unnecessary -1|unpaid -1|unpopular -2|unproductive -2|unprofessional -3|unqualified -2|unreal 0|unreasonable -2
unresolved -1|unresponsive -2|unruly -2|unsatisfied -2|unsettled -1|unstable -2|unsuccessful -2|unsupportive -2|untrue -2
unwanted -2|unwelcome -2|unwell -2|unwilling -1|unworthy -2|upset/s -2|useless -3|uselessness -3|vain -1|vandal/s -2
vandalism -2|vengeance -2|vexed -2|vicious -3|victims -3|villain -2|violated -3|violation -2|viral 0|virus -2|vomiting -3
wail -2|war/s -2|warfare -2|wary -1|wasting -2|weakest -2|weakened -2|weary -2|weep/ing -2|weirdo -2|whack -1
whatever -1|whined -2|whiny -2|wimp -2|wimpy -2|withdrawal -2|woes -2|worrisome -2|worries -2|worrying -2|worsen -2
worsening -2|wounded -2|wounds -2|wrath -3|wrecks -2|wretched -3|wrongly -2|wtf -2|yawn -1|yelling -2|yikes -2
zombie -1
bitching -3|bitches -3|ruining -3|typos -1|offends -2|lacked -2|discomforts -2|discriminated -2|coughed -1|fussy -1|overwhelming -1|obstacles -1|warns -1|warned -1|ridiculousness -2|stinking -2|hardest -1|migraines -2|alarms -2|abhors -3|stalls -1|whores -3|dreading -3|worsens -2|violating -2|neglecting -2|denying -1|hazards -2|drowned -2|accidentally -1|sucking -3|crippling -2|arguing -2|assaults -3|trashes -2|distracting -1|monsters -2|declined -1|defeating -2|terrorists -3|poisoning -3|criticisms -2|freaks -2|ridiculously -2|evils -3|rioting -2|creeping -2|punching -2|deteriorating -2|carelessly -2|unpleasantly -2|fooled -2|suffocating -2|declining -1|slower -1|hoaxes -2|earthquakes -2|thunderstorms -1|fights -1|battles -1|oddly -1
terrify -3|terrifies -3|imposter -2|impostor -2|kooky -1|trap -2|trapping -2|staring -1|seized -1|injunction -1
unproductivity -2|resigns -1|resignation -1|cheaters -3|disasters -3|mishaps -2|blunders -2|nag -2|nags -2|nagged -2
pester -2|pestering -2|annoyances -2|bugging -2|peeved -2|miffed -2|ticked -1|sulking -2|moping -2|mope -2|gutted -3
letdown -2|setback -2|setbacks -2|drawback -1|drawbacks -1|mediocrity -2|rickety -2|clunky -2|glitchy -2|freezes -2
froze -1|ripoff -3|dubious -2|questionable -1|propaganda -2|hypocrisy -3|drivel -2|mindless -2|brainless -2
thoughtless -2|merciless -3|relentless -1|penniless -2|tactless -2|gutless -2|spineless -2|lifeless -2|loveless -2
friendless -2|joyless -2|cheerless -2|hapless -2|luckless -2|groundless -1|baseless -2|wailing -2|howling -1
shouting -1|seething -3|raging -3|incensed -3|crabby -2|surly -2|morose -2|melancholy -2|woeful -3|downhearted -2
deflated -2|dispirited -2|crestfallen -2|heartsick -3|lovesick -1|lonesome -2|overlooked -1|manipulated -2
petrified -3|startled -1|spooked -1|jittery -1|jumpy -1|frazzled -2|swamped -1|overworked -2|fatigued -2|queasy -2
feverish -2|achy -2|agonized -3
`;
