/**
 * English internet slang, interjections, text emoticons read as words and swearing, our own
 * list (-3..3, same form as lexicon-en-positive.ts). Words only: ":)" and friends that the
 * scanner reads as emoticons get their valence from emoji.ts; "xD" reads as the word "xd".
 */
export const EN_SLANG = `
xd 2|xdd 2|lolz 2|lul 1|lulz 1|kek 1|lolol 2|lololol 2|lmaoo 2|lmfaoo 2|roflmao 2|hah 1|hahah 2|haha 2|hahaha 2
hehehe 1|teehee 2|tehe 1|yass 2|yasss 2|yaas 2|ayy 1|ayyy 2|woohoo 3|wooho 3|whoo 2|whoop 2|whoopee 2|yeehaw 2|huzzah 2
booya 2|boom 1|noice 2|nicee 2|gud 1|gr8t 2|kewl 2|cuz 0|awsome 3|awesum 3|amazeballs 3|dank 1|fab 2|fabu 2
fav 2|fave 2|fabby 2|luvly 3|lovee 3|luvv 3|ilu 3|ily 3|ilysm 3|iloveyou 3|xo 2|xx 2|xxx 2|muah 2|mwah 2|smooch 2
hugss 2|thnks 1|thanku 2|thankyou 2|tyvm 2|thankz 2|grats 2|gz 1|gg 1|props 2|kudos 2|shoutout 1|rockstar 2|baller 2
bae 2|boo 0|hun 1|hon 1|cutie 2|sweetie 2|hottie 2|swoon 2|swooning 2|dreamy 2|fangirl 1|fangirling 2|squee 3|eee 1
omg 0|omgg 0|ohmygod 0|zomg 0|oml 0|smh -2|smdh -2|fml -3|ffs -2|wth -2|wtff -2|stfu -3|gtfo -3|pos -1|bs -2|bullcrap -2
crapola -2|crud -2|dammit -2|damnit -2|goddammit -2|shite -2|shat -2|shitload 0|shitshow -3|clusterfuck -3|effing -2
frickin -1|fricking -1|frigging -1|flipping 0|bloody 0|bollocks -2|arse -2|arsehole -3|ass -1|asshat -3|jackass -3
dipshit -3|dumbfuck -3|motherfucker -3|mofo -2|scumbag -3|skank -3|slut -3|whore -3|twat -3|wanker -3|tosser -3|prat -2
twit -2|nitwit -2|dimwit -2|numbskull -2|bonehead -2|lameass -3|lamer -2|loserr -2|noob -1|n00b -1|scrub -1|fail -2
epicfail -3|facepalm -2|headdesk -2|ugh -2|ughh -2|ughhh -2|uggh -2|argh -2|arghh -2|aargh -2|grr -2|grrr -2|gah -2
bah -1|meh -1|mehh -1|blech -2|bleh -2|bleugh -2|ew -2|eww -2|ewww -2|yuck -2|yuk -2|ick -2|icky -2|gross -2|yikes -2
oof -1|ouch -2|ow -2|oww -2|owie -2|boohoo -2|sob -2|waah -2|wah -1|whine -2|aww 2|awww 2|awe 1|d'aw 2|daww 2|aw 1
hmph -1|humph -1|psh -1|pfft -1|tsk -2|tut -1|sigh -1|sighhh -2|yawn -1|zzz 0|meow 0|woot 3|w00t 3|yeay 2
yey 2|yayyy 3|hurrah 3|hooray 3|congratz 2|congrats 2|gratz 2|bday 1|hbd 2|xmas 1|tgif 2|tgi 1|fab 2|legit 1
dope 2|sick 0|siick 1|wicked 1|rad 2|tight 0|fly 0|clutch 1|lit 2|fire 0|goat 2|goated 3|slaps 2|bussin 2|vibing 2
vibin 2|chillin 1|chilling 1|chillax 1|relaxin 2|partyin 2|lovin 3|luvin 3|enjoyin 2|rockin 2|killin 1|hatin -2
hatin' -2|trippin -1|buggin -1|stressin -2|sucky -2|sux -3|suxx -3|blows -2|bites 0|crappy -3|craptastic -2|fugly -3
wack -2|whack -1|janky -2|sketchy -2|shady -2|busted -2|borked -2|fubar -3|snafu -2|derp -1|herp 0|duh -1|doh -1|d'oh -1
oops -1|whoops -1|welp -1|jeez -1|geez -1|sheesh -1|yeesh -1|gosh 0|golly 1|dang -1|darn -1|drat -1|heck -1|crikey 0
blimey 0|shucks -1|phew 1|whew 1|yum 3|yummo 3|nom 2|noms 2|nomnom 2|delish 3|scrummy 3|mmmm 2|mmm 2|mm 1
ty 2|thx 1|ta 1|np 1|gl 1|bgl 0|rip -2|imho 0|fyi 0|jk 1|haters -2|hater -2|troll -2|rekt -2|pwned -1|owned 0
bummer -2|bummin -2|blah -2|sadface -2|sadness -2|qq -2|t_t -2|tt -1|o_o 0
n_n 2|nope -1|smiley 2|smilies 2|amen 1|heh 1|busy 0
`;
