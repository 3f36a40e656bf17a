/**
 * English valence words, our own list (-3..3), lower case. Short by design; negation and
 * intensifiers are handled by the scorer, not by listing phrases.
 */
import { EN_EVERYDAY } from './lexicon-en-everyday';
import { EN_NEGATIVE } from './lexicon-en-negative';
import { EN_POSITIVE } from './lexicon-en-positive';
import { EN_SLANG } from './lexicon-en-slang';

const WORDS = `
good 2|great 3|nice 2|love 3|loved 3|lovely 3|like 0|liked 1|awesome 3|amazing 3|excellent 3
best 3|better 1|perfect 3|beautiful 3|pretty 2|gorgeous 3|happy 3|glad 2|enjoy 2|enjoyed 2
fun 2|cool 2|fantastic 3|wonderful 3|brilliant 3|superb 3|delicious 3|tasty 2|fresh 1|clean 1
friendly 2|helpful 2|fast 1|quick 1|easy 1|smooth 2|comfortable 2|cozy 2|cute 2|fine 1|ok 0
okay 0|recommend 2|recommended 2|worth 2|thanks 1|thank 1|grateful 2|appreciate 2|excited 3
exciting 3|congrats 2|congratulations 2|win 2|won 2|winner 2|success 2|proud 2|yay 2|wow 2
obsessed 2|impressed 2|impressive 3|fabulous 3|stunning 3|incredible 3|solid 1|reliable 2
kind 2|sweet 1|blessed 3|lucky 2|hope 1|hopefully 1|safe 1|strong 1|smart 2|clever 2|fair 1
favorite 2|favourite 2|legit 2|lit 2|fire 0|goat 2|slay 2|thrilled 3|delighted 3|relaxing 2
bad -2|worst -3|terrible -3|awful -3|horrible -3|poor -2|hate -3|hated -3|disappointed -3
disappointing -3|disappointment -3|sad -2|angry -3|mad -2|annoyed -2|annoying -2|frustrated -2
frustrating -2|slow -2|late -1|broken -2|broke -2|crash -2|crashes -2|crashed -2|bug -1|buggy -2
useless -3|unusable -3|waste -2|wasted -2|expensive -1|overpriced -2|rude -3|dirty -2|ugly -2
boring -2|fail -2|failed -2|failure -2|wrong -1|problem -1|issue -1|issues -1|scam -3|fraud -3
fake -2|stolen -3|lost -2|missing -2|never -1|sucks -3|suck -3|stupid -3|idiot -3|idiots -3
clowns -2|joke -1|pathetic -3|ridiculous -2|disgusting -3|gross -2|sick -1|hurt -2|pain -2
sorry -1|unfortunately -2|sadly -2|shame -2|worse -2|lame -2|meh -1|tired -1|cry -1|crying -1
damn -1|hell -1|shit -2|fuck -2|fucking -1|wtf -2|ugh -2|sigh -1|fml -2|cancelled -1|delayed -1
refund 0|nobody -1|lol 1|lmao 1|haha 1|kill -2|killed -3|dead -1|died -2|death -3|war -2|die -2
evil -3|nasty -3|miserable -3|depressed -3|lonely -2|scared -2|afraid -2|worried -2|worry -2
stress -2|stressed -2|hard -1|difficult -1|cheap 0|bored -2|hungry -1|alone -1|miss 0|ruined -3
bland -2|crackling -2|simple 1|filthy -3|regret -2|regrets -2|tiring -2|lazy -2|jealous -1|confused -1|confusing -2|disappointments -3
disappoint -3|mediocre -2|average 0|crowded -1|packed -1|noisy -2|smelly -2|stale -2|soggy -2|greasy -1|salty -1|cold 0
lukewarm -1|overcooked -2|undercooked -2|burnt -2|tasteless -2|pricey -1|unfriendly -2|unprofessional -3|incompetent -3
careless -2|slowest -3|delay -1|delays -1|waiting 0|waited -1|complain -2|complaint -2|complaints -2|refused -2|ignore -2
ignored -2|unacceptable -3|shameful -3|hopeless -3|cheated -3|liar -3|lies -2|lying -2|corrupt -3|corruption -3|crime -2
violence -3|violent -3|foul -2|litter -1|trash -2|garbage -2|dumb -2|crap -2|awkward -1|upset -2|furious -3|hate -3
hates -3|irritating -2|tired -1|exhausted -2|sick -2|ill -2|painful -2|damage -2|damaged -2|leak -2|leaks -2|leaking -2
cracked -2|defective -3|faulty -3|fails -2|failing -2|errors -2|glitch -2|lag -2|laggy -2|unstable -2|scary -2|dangerous -2
unfair -2|poorly -2|badly -2|barely -1|fault -2|blame -2|mess -2|messy -2|chaotic -2|ruin -3|torture -3|torturing -3
delicious 3|yummy 3|flavorful 2|flavourful 2|savory 2|crispy 1|tender 1|juicy 2|authentic 1|affordable 2|reasonable 1
spacious 2|cozy 2|cosy 2|neat 2|tidy 2|attentive 2|polite 2|welcoming 2|warm 1|satisfied 2|satisfying 2|satisfy 2
pleased 2|pleasant 2|enjoyable 2|memorable 2|unforgettable 3|recommendable 2|must 0|worthy 2|value 1|generous 2
convenient 2|strategic 1|beautifully 3|nicely 2|well 1|awesome 3|superb 3|outstanding 3|exceptional 3|terrific 3
marvelous 3|delightful 3|lovely 3|charming 2|elegant 2|fancy 1|romantic 2|calm 1|peaceful 2|relaxed 2|comfy 2|fresh 1
thankful 2|blessing 2|hero 2|heroes 2|support 1|supportive 2|helped 2|helps 1|inspiring 2|inspired 2|creative 2
proud 2|love 3|loves 3|loving 3|adore 3|enjoying 2|fan 1|fans 1|interesting 2|clear 1|improve 1|improved 2|upgrade 1
tastiness 2|tastier 2|tastiest 3|cheaper 1|faster 2|easier 2|nicer 2|prettier 2|unique 1|special 2|famous 1|popular 1
jerk -3|jerks -3|cruel -3|addiction -1|bastard -3|asshole -3|bitch -3|loser -2|losers -2|creep -2|creepy -2|weird -1
terrifying -3|terrified -3|horror -2|nightmare -3|disaster -3|tragic -3|tragedy -3|sorrow -3|grief -3|mourn -2|funeral -2
cancer -2|nausea -2|sore -2|cough -1|fever -2|injured -2|injury -2|bleeding -2|ache -2|headache -2|sucked -2|sucky -2
despair -3|wasteland -2|barren -1|lonely -2|heartbroken -3|heartbreaking -3|tears -1|sobbing -2|weep -2
shitty -3|fucked -3|bullshit -3|pissed -3|hating -3|hatred -3|rage -3|outrage -3|outraged -3|disgusted -3|disgrace -3
insult -2|insulting -3|offensive -2|offended -2|abuse -3|abusive -3|harass -3|threat -2|threatened -2|attack -2|attacked -2
guilty -2|ashamed -2|embarrassed -2|embarrassing -2|humiliating -3|stuck -1|trapped -2|suffer -2|suffering -3|struggle -1
struggling -2|fear -2|panic -2|anxious -2|anxiety -2|nervous -1|unhappy -2|miserable -3|gloomy -2|bleak -2|grim -2
lose -2|losing -2|loss -2|defeat -2|defeated -2|fails -2|flop -2|boo -2|booo -2|yuck -2|ew -2|eww -2|smh -2|meh -1|blah -1
hopeless -3|worthless -3|pointless -2|helpless -2|clueless -2|stupidity -3|ignorant -2|arrogant -2|selfish -2|greedy -2
annoy -2|bother -1|bothered -1|hassle -2|inconvenience -2|inconvenient -2|complicated -1|mistake -2|mistakes -2|error -2
fantastic 3|fab 2|epic 2|legendary 3|magical 3|magic 2|brilliant 3|genius 3|wicked 1|rad 2|sweetest 3|cutest 3|adorable 3
beloved 3|darling 2|sweetheart 2|hug 2|hugs 2|kiss 2|kisses 2|smile 2|smiles 2|smiling 2|laugh 2|laughing 2|laughed 2
joy 3|joyful 3|cheer 2|cheers 2|cheerful 2|celebrate 3|celebrating 3|celebration 3|party 1|holiday 1|vacation 1|gift 2
gifts 2|treat 1|bonus 2|prize 2|victory 3|triumph 3|champion 2|champions 2|achieve 2|achievement 2|accomplished 2
excellent 3|perfection 3|ideal 2|paradise 3|heaven 2|heavenly 3|bliss 3|blissful 3|peace 2|free 1|freedom 2|relief 2
relieved 2|rest 1|fresh 1|refreshing 2|energized 2|motivated 2|motivation 2|inspiration 2|passion 2|passionate 2
honored 2|honor 2|privilege 2|respect 2|trust 2|faith 1|believe 1|wish 1|wishes 1|dream 1|dreams 1|promising 2
favorite 2|highlight 1|recommend 2|approve 2|agree 1|yes 1|welcome 2|welcomed 2|fortunate 2|luck 1|wins 2|winning 2
thrilling 3|stoked 3|pumped 2|psyched 2|hyped 2|ecstatic 3|overjoyed 3|elated 3|content 0|cheery 2|jolly 2|merry 2
handsome 2|sexy 2|hot 0|fit 0|healthy 2|strong 1|brave 2|courage 2|wise 2|talented 3|skilled 2|gifted 2|awesomeness 3
excite 2|excitement 3|amaze 3|amazed 3|amazingly 3|wow 2|woohoo 3|woo 2|hooray 3|haha 1|hahaha 2|lmfao 2|rofl 2
abandon -2|abandoned -2|absurd -2|accident -2|accused -2|aching -2|afraid -2|aggressive -2|agony -3|alarm -2|alarmed -2
alarming -2|anger -3|angrier -3|annoyance -2|apathy -2|appalling -3|argue -2|argument -2|arrest -2|arrested -2|ashamed -2
assault -3|atrocious -3|avoid -1|awkwardly -1|backfire -2|bankrupt -3|bashing -2|beaten -2|beg -1|betray -3|betrayed -3
bitter -2|blamed -2|bleak -2|blind -1|bloody -1|blocked -1|blunder -2|bored -2|boredom -2|bothering -2|brutal -3|bully -3
bummer -2|burden -2|busted -2|chaos -2|cheat -3|cheating -3|choke -2|collapse -2|collapsed -2|complaining -2|condemn -3
conflict -2|confusion -2|costly -1|coward -3|crappy -3|crazy -1|crisis -3|critical -1|criticize -2|crushed -2|cursed -2
damn -2|damned -2|danger -2|dead -2|deadly -3|deceit -3|decline -1|defect -2|deficit -2|deny -1|denied -2|depressing -3
depression -3|deprived -2|desperate -2|destroy -3|destroyed -3|destruction -3|devastated -3|devastating -3|dirt -1
disadvantage -2|disagree -2|disappear -1|disappeared -1|disaster -3|discomfort -2|discouraged -2|disease -2|dislike -2
dismal -3|dismayed -2|disrespect -3|distress -3|distrust -2|disturbed -2|disturbing -3|doom -3|doubt -1|dread -3|dreadful -3
drop -1|drown -2|dull -2|dumped -2|dying -3|enemy -2|enraged -3|envy -1|evil -3|exhausting -2|expire -1|fail -2|fake -2
fatal -3|fatigue -2|fear -2|fearful -2|feeble -2|fight -1|fighting -2|filth -3|fired -2|flawed -2|fool -2|foolish -2
forbidden -2|forgotten -1|frantic -2|fraudulent -3|freak -2|frighten -2|frightened -2|frowning -1|fuming -3|funky 1|gloom -2
greed -2|grief -2|grieving -3|grouchy -2|grumpy -2|guilt -2|harm -2|harmed -2|harmful -3|harsh -2|hatred -3|haunted -2
heartless -3|heavy -1|hell -2|helpless -2|hesitant -1|horrific -3|horrified -3|hostile -2|hungover -2|hurts -2|hurting -2
idiotic -3|ignorance -2|illegal -2|impatient -2|impossible -2|inadequate -2|inferior -2|insane -1|insecure -2|insensitive -2
irate -3|irritated -2|isolated -2|jealousy -2|kidding 0|killing -3|lack -2|lacking -2|liars -3|limited -1|lonely -2|lousy -3
mad -2|madness -2|mean 0|meaningless -2|mess -2|messed -2|misery -3|misfortune -2|mislead -2|misleading -3|miss -1|missed -1
mistaken -2|moan -2|mocked -2|monster -2|mourning -2|murder -3|murdered -3|nasty -3|needy -1|negative -2|neglect -2|neglected -2
nervous -2|nonsense -2|numb -1|objection -2|obnoxious -3|obsolete -1|offend -2|oppressed -2|outdated -1|overload -2|overwhelmed -2
panic -3|paranoid -2|penalty -2|pessimistic -2|petty -2|pissed -3|pity -2|poison -3|poisoned -3|poverty -2|powerless -2|prison -2
problems -2|protest -2|punish -2|punished -2|quit -1|racist -3|rage -3|regretful -2|reject -2|rejected -2|rejection -2|reluctant -1
resent -2|restless -2|revenge -2|rip -1|risk -2|risky -2|rotten -3|ruined -3|sadness -2|sarcastic -1|scandal -3|scare -2
scream -2|screwed -2|shaky -1|shame -2|shattered -3|shock -2|shocked -2|shocking -2|shoot -1|shot 0|sickening -3|sickness -2
sinful -2|skeptical -2|slap -2|sloppy -2|smash -1|snob -2|sob -2|sorrow -3|spam -2|spoiled -2|stab -3|starving -2|steal -2
stink -2|stinks -2|strange -1|stressful -2|stuck -2|stupidest -3|suck -3|sucks -3|suicide -3|suspicious -2|tense -2|terror -3
terrorist -3|thief -3|threatening -3|tired -2|toxic -3|trapped -2|trauma -3|trouble -2|troubled -2|tragic -3|ugliest -3
unable -1|uncomfortable -2|unconvincing -2|underestimated -1|unequal -2|unfortunate -2|unhappy -2|unhealthy -2|unkind -2
unlucky -2|unpleasant -2|unreliable -2|unsafe -2|unsure -1|upsetting -2|urgent -1|vague -1|victim -3|vile -3|violate -2
vomit -3|vulnerable -2|warn -1|warning -2|weak -2|weakness -2|weary -2|weird -1|whine -2|whining -2|wicked -2|woe -3|worried -3
worse -3|worthless -3|wreck -2|wrecked -2|yell -2|yelled -2|anxious -2
accept 1|accepted 1|accomplish 2|admire 3|admired 3|adorable 3|adore 3|advantage 2|adventure 2|affection 3|agreeable 2
alive 1|amazed 3|amusing 2|amused 2|appreciated 2|appreciation 2|approval 2|attractive 2|awarded 3|awesome 3|beautiful 3
benefit 2|benefits 2|best 3|bless 2|blessing 3|bold 1|boost 1|brave 2|breathtaking 3|bright 1|brilliance 3|calm 2|capable 1
care 1|caring 2|celebrated 3|charm 2|cherish 2|chill 1|classy 3|comfort 2|comforting 2|compassion 2|confidence 2|confident 2
congratulate 2|cool 1|courageous 2|creative 2|cure 2|curious 1|dear 2|dedicated 2|deserve 1|desirable 2|determined 2|devoted 3
dignity 2|eager 2|ease 2|easygoing 2|ecstatic 3|effective 2|efficient 2|elegant 2|encourage 2|encouraged 2|encouraging 2
energetic 2|engaged 1|entertaining 2|enthusiastic 3|excellence 3|exclusive 2|faithful 3|fame 2|fancy 1|fascinating 3|festive 2
fine 1|flawless 3|flexible 1|focused 2|fond 2|forgive 1|fortune 2|friend 1|friends 1|friendship 2|fulfilled 2|funny 2|generous 2
gentle 2|genuine 2|glamorous 3|glorious 2|glory 2|goodness 3|gorgeous 3|grace 1|graceful 2|gracious 3|grand 3|gratitude 3
great 3|greatest 3|grin 2|groovy 3|growing 1|handy 2|harmony 2|heal 2|healing 2|heartfelt 3|heartwarming 3|helpful 2|hilarious 2
honest 2|honesty 2|hooray 2|hopeful 2|hoping 1|hug 2|humor 2|humour 2|importance 2|important 2|improvement 2|innovative 2
intelligent 2|interested 1|joke 1|jokes 2|joking 1|kindness 2|kudos 2|laughs 2|leading 2|liberty 2|lively 2|loveliest 3|lovelies 3
loyal 3|loyalty 3|lucky 3|luxury 2|marvelous 3|master 2|masterpiece 3|miracle 3|nice 2|nicest 3|novel 2|okay 1|opportunity 2
optimism 2|optimistic 2|outstanding 3|paradise 3|perfectly 3|pleasure 3|plenty 1|positive 2|powerful 2|praise 3|precious 3
prestigious 2|pride 2|productive 2|prosperous 2|protect 1|proud 2|rainbow 2|ready 1|reassuring 2|recovered 2|rejoice 3|relax 2
relaxed 2|remarkable 2|rescue 2|resolved 2|respected 2|reward 2|rewarding 2|rich 2|romance 2|safety 1|save 2|saved 2|secure 2
sensational 3|serene 2|sincere 2|smiled 2|soothing 3|sparkling 3|splendid 3|stable 2|strength 2|stunning 3|succeed 3|successful 3
sunshine 2|super 3|support 2|supported 2|supporting 1|sure 1|surprise 1|surprised 1|sweet 2|sympathy 2|thankful 2|thanks 2
thoughtful 2|thrilled 3|thriving 2|top 2|tranquil 2|treasure 2|tremendous 3|true 2|trusted 2|truth 2|unbelievable 1|upbeat 2
useful 2|valuable 2|vibrant 3|vivid 2|warmth 2|wealthy 2|welcome 2|well 1|wholesome 3|wisdom 2|won 3|wonder 0|wonderful 3
worthwhile 2|wow 3|yummy 3|zest 2|blast 2|dope 2|sick 0|killer 0|badass 2|bomb 1|epic 3|fire 0|lovin 3|luv 3|amazin 3
piss -2|pissing -2|hangover -2|coolest 3|bastards -3|fucks -2|tgif 2|woot 3|amazes 3|freaking -1|damnit -2|dizzy -2
allergies -2|keyed -2|convicted -2|offender -2|steals -2|flogged -3|rainy -1|gloomy -2|sunny 2|weekend 1|yummm 3|mmm 1
congratz 2|gratz 2|bday 1|birthday 1|xoxo 3|hugz 2|luvs 3|awww 2|aww 2|yayy 3|booyah 3|ftw 2|omfg -1|argh -2|grr -2|grrr -2
dammit -2|crappy -3|sucked -2|bummed -2|rip -2|rest 0|condolences -1|prayers 1|pray 1|praying 1|ugh -2|meh -1|nah -1
`;

/** Adds each "word value" or "stem/s/ed value" entry (the stem and the stem with each suffix) of
 * a list separated by | and newlines. One pass with indexOf and slices, no regex or array per
 * entry: the content script builds the map at start-up, a few thousand words. */
function addAll(list: string, out: Map<string, number>): void {
  const n = list.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = list.charCodeAt(j);
      if (c === 124 || c === 10) break;
      j++;
    }
    const sp = list.lastIndexOf(' ', j - 1);
    if (sp > i) {
      const value = Number(list.slice(sp + 1, j));
      const w = list.slice(i, sp);
      let k = w.indexOf('/');
      if (k < 0) out.set(w, value);
      else {
        const stem = w.slice(0, k);
        out.set(stem, value);
        while (k >= 0) {
          const e = w.indexOf('/', k + 1);
          out.set(stem + w.slice(k + 1, e < 0 ? w.length : e), value);
          k = e;
        }
      }
    }
    i = j + 1;
  }
}

function build(): Map<string, number> {
  const out = new Map<string, number>();
  addAll(EN_EVERYDAY, out);
  addAll(EN_POSITIVE, out);
  addAll(EN_NEGATIVE, out);
  addAll(EN_SLANG, out);
  // The hand-tuned core list comes last: where a word is in two lists, the core list's value wins.
  addAll(WORDS, out);
  return out;
}

export const LEXICON_EN: ReadonlyMap<string, number> = build();
