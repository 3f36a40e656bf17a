/**
 * English valence words, our own list (-3..3), lower case. Short by design; negation and
 * intensifiers are handled by the scorer, not by listing phrases.
 */
const WORDS = `
good 2|great 3|nice 2|love 3|loved 3|lovely 3|like 1|liked 1|awesome 3|amazing 3|excellent 3
best 3|better 1|perfect 3|beautiful 3|pretty 2|gorgeous 3|happy 3|glad 2|enjoy 2|enjoyed 2
fun 2|cool 2|fantastic 3|wonderful 3|brilliant 3|superb 3|delicious 3|tasty 2|fresh 1|clean 1
friendly 2|helpful 2|fast 1|quick 1|easy 1|smooth 2|comfortable 2|cozy 2|cute 2|fine 1|ok 0
okay 0|recommend 2|recommended 2|worth 2|thanks 1|thank 1|grateful 2|appreciate 2|excited 3
exciting 3|congrats 2|congratulations 2|win 2|won 2|winner 2|success 2|proud 2|yay 2|wow 2
obsessed 2|impressed 2|impressive 3|fabulous 3|stunning 3|incredible 3|solid 1|reliable 2
kind 2|sweet 1|blessed 3|lucky 2|hope 1|hopefully 1|safe 1|strong 1|smart 2|clever 2|fair 1
favorite 2|favourite 2|legit 2|lit 2|fire 1|goat 2|slay 2|thrilled 3|delighted 3|relaxing 2
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
`;

export const LEXICON_EN: ReadonlyMap<string, number> = new Map(
  WORDS.split(/[|\n]/)
    .filter((e) => e.trim() !== '')
    .map((e) => {
      const [w, v] = e.trim().split(' ');
      return [w ?? '', Number(v)] as const;
    }),
);
