/**
 * English valence words, our own list (-3..3), lower case, as "value word word …" lines. Short
 * by design; negation and intensifiers are handled by the scorer, not by listing phrases.
 */
import { EN_NEGATIVE } from './lexicon-en-negative';
import { EN_POSITIVE } from './lexicon-en-positive';
import { EN_SLANG } from './lexicon-en-slang';

const WORDS = `
3 loved amazing perfect happy excited exciting impressive fabulous incredible blessed delighted
3 delicious unforgettable beautifully superb exceptional terrific delightful lovely love loves
3 loving tastiest fantastic legendary magical brilliant genius sweetest cutest beloved joy joyful
3 celebrate celebrating celebration victory triumph excellent perfection heavenly bliss blissful
3 thrilling stoked overjoyed elated talented awesomeness excitement amaze amazingly woohoo admire
3 admired adorable adore affection amazed awarded awesome beautiful best blessing breathtaking
3 brilliance celebrated classy devoted ecstatic enthusiastic excellence faithful fascinating
3 flawless glamorous goodness gorgeous gracious grand gratitude great greatest groovy heartfelt
3 heartwarming loveliest lovelies loyal loyalty lucky marvelous masterpiece miracle nicest
3 outstanding paradise perfectly pleasure praise precious rejoice sensational soothing sparkling
3 splendid stunning succeed successful super thrilled tremendous vibrant wholesome won wonderful wow
3 yummy epic lovin luv amazin coolest woot amazes yummm xoxo luvs yayy booyah
2 good pretty glad enjoy enjoyed fun tasty friendly smooth comfortable cute recommended worth
2 grateful appreciate congrats congratulations win winner success yay obsessed impressed reliable
2 kind smart clever favourite legit lit goat slay relaxing flavorful flavourful savory juicy
2 affordable spacious cozy cosy neat tidy attentive polite welcoming satisfied satisfying satisfy
2 pleased pleasant enjoyable memorable recommendable worthy convenient nicely charming romantic
2 peaceful comfy hero heroes supportive helped inspiring inspired enjoying interesting improved
2 tastiness tastier faster easier nicer prettier special fab magic rad darling sweetheart hugs kiss
2 kisses smile smiles smiling laugh laughing laughed cheer cheers cheerful gift gifts bonus prize
2 champion champions achieve achievement accomplished ideal heaven peace freedom relief relieved
2 refreshing energized motivated motivation inspiration passion passionate honored honor privilege
2 respect trust promising favorite recommend approve welcomed fortunate wins winning pumped psyched
2 hyped cheery jolly merry handsome sexy healthy courage wise skilled gifted excite woo hahaha lmfao
2 rofl accomplish advantage adventure agreeable amusing amused appreciated appreciation approval
2 attractive benefit benefits bless brave calm caring charm cherish comfort comforting compassion
2 confidence confident congratulate courageous creative cure dear dedicated desirable determined
2 dignity eager ease easygoing effective efficient elegant encourage encouraged encouraging
2 energetic entertaining exclusive fame festive focused fond fortune friendship fulfilled funny
2 generous gentle genuine glorious glory graceful grin handy harmony heal healing helpful hilarious
2 honest honesty hooray hopeful hug humor humour importance important improvement innovative
2 intelligent jokes kindness kudos laughs leading liberty lively luxury master nice novel
2 opportunity optimism optimistic positive powerful prestigious pride productive prosperous proud
2 rainbow reassuring recovered relax relaxed remarkable rescue resolved respected reward rewarding
2 rich romance save saved secure serene sincere smiled stable strength sunshine support supported
2 sweet sympathy thankful thanks thoughtful thriving top tranquil treasure true trusted truth upbeat
2 useful valuable vivid warmth wealthy welcome wisdom worthwhile zest blast dope badass tgif sunny
2 congratz gratz hugz awww aww ftw
1 liked better clean fast quick easy thank solid hope hopefully safe fair lol lmao simple crispy
1 tender authentic reasonable warm value strategic helps fan fans clear improve upgrade cheaper
1 unique famous popular party holiday vacation treat free fresh faith believe wish wishes dream
1 dreams highlight agree yes luck strong haha funky accept accepted alive bold boost bright capable
1 care chill cool curious deserve engaged fancy fine flexible forgive friend friends grace growing
1 hoping interested joke joking okay plenty protect ready safety supporting sure surprise surprised
1 unbelievable well bomb weekend mmm bday birthday prayers pray praying
0 like ok refund cheap average cold waiting must content hot fit kidding mean shot wonder sick
0 killer fire rest
-1 late bug expensive wrong problem issue issues never sorry cry crying fucking sigh cancelled
-1 delayed nobody hard difficult hungry alone jealous confused crowded packed greasy salty lukewarm
-1 pricey delay delays waited litter awkward barely addiction cough barren tears struggle blah
-1 bother bothered complicated avoid awkwardly beg blind bloody blocked costly crazy critical
-1 decline deny dirt disappear disappeared doubt drop envy expire fight forgotten frowning heavy
-1 hesitant insane limited miss missed needy numb obsolete outdated quit reluctant sarcastic shaky
-1 shoot smash strange unable underestimated unsure urgent vague warn weird freaking rainy omfg
-1 condolences meh nah
-2 bad poor sad annoyed annoying frustrated frustrating slow broken broke crash crashes crashed
-2 buggy waste wasted overpriced dirty ugly boring failed failure lost missing clowns ridiculous
-2 gross hurt pain unfortunately sadly lame shit fuck wtf fml kill died war die scared worry stress
-2 stressed bland crackling regret regrets tiring lazy confusing mediocre noisy smelly stale soggy
-2 overcooked undercooked burnt tasteless unfriendly careless complain complaint complaints refused
-2 ignore ignored lies lying crime foul trash garbage dumb crap upset irritating exhausted ill
-2 painful damage damaged leak leaks leaking cracked failing errors glitch lag laggy unstable scary
-2 dangerous unfair poorly badly fault blame messy chaotic loser losers creep creepy horror mourn
-2 funeral cancer nausea sore fever injured injury bleeding ache headache sucky wasteland sobbing
-2 weep insult offensive offended threat threatened attack attacked guilty embarrassed embarrassing
-2 suffer struggling anxiety grim lose losing loss defeat defeated fails flop boo booo yuck ew eww
-2 smh pointless clueless ignorant arrogant selfish greedy annoy hassle inconvenience inconvenient
-2 mistake mistakes error abandon abandoned absurd accident accused aching afraid aggressive alarm
-2 alarmed alarming annoyance apathy argue argument arrest arrested ashamed backfire bashing beaten
-2 bitter blamed bleak blunder bored boredom bothering bummer burden busted chaos choke collapse
-2 collapsed complaining conflict confusion criticize crushed cursed damn damned danger dead defect
-2 deficit denied deprived desperate disadvantage disagree discomfort discouraged disease dislike
-2 dismayed distrust disturbed drown dull dumped enemy exhausting fail fake fatigue fear fearful
-2 feeble fighting fired flawed fool foolish forbidden frantic freak frighten frightened gloom greed
-2 grief grouchy grumpy guilt harm harmed harsh haunted hell helpless hostile hungover hurts hurting
-2 ignorance illegal impatient impossible inadequate inferior insecure insensitive irritated
-2 isolated jealousy lack lacking lonely mad madness meaningless mess messed misfortune mislead
-2 mistaken moan mocked monster mourning negative neglect neglected nervous nonsense objection
-2 offend oppressed overload overwhelmed paranoid penalty pessimistic petty pity poverty powerless
-2 prison problems protest punish punished regretful reject rejected rejection resent restless
-2 revenge risk risky sadness scare scream screwed shame shock shocked shocking sickness sinful
-2 skeptical slap sloppy snob sob spam spoiled starving steal stink stinks stressful stuck
-2 suspicious tense tired trapped trouble troubled uncomfortable unconvincing unequal unfortunate
-2 unhappy unhealthy unkind unlucky unpleasant unreliable unsafe upsetting violate vulnerable
-2 warning weak weakness weary whine whining wicked wreck wrecked yell yelled anxious piss pissing
-2 hangover fucks damnit dizzy allergies keyed convicted offender steals gloomy argh grr grrr dammit
-2 sucked bummed rip ugh
-3 worst terrible awful horrible hated disappointed disappointing disappointment angry useless
-3 unusable rude scam fraud stolen stupid idiot idiots pathetic disgusting killed death depressed
-3 filthy disappointments disappoint unprofessional incompetent slowest unacceptable shameful
-3 cheated liar corrupt corruption violence violent furious hate hates defective faulty ruin torture
-3 torturing jerk jerks cruel bastard asshole bitch terrifying terrified nightmare tragedy despair
-3 heartbroken heartbreaking shitty fucked bullshit hating outrage outraged disgusted disgrace
-3 insulting abuse abusive harass humiliating suffering miserable hopeless stupidity agony anger
-3 angrier appalling assault atrocious bankrupt betray betrayed brutal bully cheat cheating condemn
-3 coward crisis deadly deceit depressing depression destroy destroyed destruction devastated
-3 devastating disaster dismal disrespect distress disturbing doom dread dreadful dying enraged evil
-3 fatal filth fraudulent fuming grieving harmful hatred heartless horrific horrified idiotic irate
-3 killing liars lousy misery misleading murder murdered nasty obnoxious panic pissed poison
-3 poisoned racist rage rotten ruined scandal shattered sickening sorrow stab stupidest suck sucks
-3 suicide terror terrorist thief threatening toxic trauma tragic ugliest victim vile vomit woe
-3 worried worse worthless bastards flogged crappy
`;

/** Adds each line "value word word stem/s/ed ..." (a stem with suffixes stands for the stem and
 * the stem with each suffix). One pass with indexOf and slices, no regex or array per entry:
 * the content script builds the map at start-up, a few thousand words. Grouping words by value
 * keeps the lists small: they ship in the content script. */
function addAll(list: string, out: Map<string, number>): void {
  const n = list.length;
  let i = 0;
  while (i < n) {
    let end = list.indexOf('\n', i);
    if (end < 0) end = n;
    const sp = list.indexOf(' ', i);
    if (sp > i && sp < end) {
      const value = Number(list.slice(i, sp));
      for (let s = sp + 1; s < end;) {
        let e = list.indexOf(' ', s);
        if (e < 0 || e > end) e = end;
        if (e > s) addWord(list.slice(s, e), value, out);
        s = e + 1;
      }
    }
    i = end + 1;
  }
}

function addWord(w: string, value: number, out: Map<string, number>): void {
  let k = w.indexOf('/');
  if (k < 0) {
    out.set(w, value);
    return;
  }
  const stem = w.slice(0, k);
  out.set(stem, value);
  while (k >= 0) {
    const e = w.indexOf('/', k + 1);
    out.set(stem + w.slice(k + 1, e < 0 ? w.length : e), value);
    k = e;
  }
}

function build(): Map<string, number> {
  const out = new Map<string, number>();
  addAll(EN_POSITIVE, out);
  addAll(EN_NEGATIVE, out);
  addAll(EN_SLANG, out);
  // The hand-tuned core list comes last: where a word is in two lists, the core list's value wins.
  addAll(WORDS, out);
  return out;
}

export const LEXICON_EN: ReadonlyMap<string, number> = build();
