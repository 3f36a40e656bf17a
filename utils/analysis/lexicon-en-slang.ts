/**
 * English internet slang, interjections, text emoticons read as words and swearing, our own
 * list (-3..3, same form as lexicon-en-positive.ts). Words only: ":)" and friends that the
 * scanner reads as emoticons get their valence from emoji.ts; "xD" reads as the word "xd".
 */
export const EN_SLANG = `
3 woohoo wooho awsome awesum amazeballs luvly lovee luvv ilu ily ilysm iloveyou squee woot w00t
3 yayyy hurrah hooray goated lovin luvin yum yummo delish scrummy
2 xd xdd lolz lolol lololol lmaoo lmfaoo roflmao hahah haha hahaha teehee yass yasss yaas ayyy whoo
2 whoop whoopee yeehaw huzzah booya noice nicee gr8t kewl fabu fav fave fabby xo xx xxx muah mwah
2 smooch hugss thanku thankyou tyvm thankz grats props kudos rockstar baller bae cutie sweetie
2 hottie swoon swooning dreamy fangirling aww awww d'aw daww yeay yey congratz congrats gratz hbd
2 tgif fab dope rad lit goat slaps bussin vibing vibin relaxin partyin enjoyin rockin nom noms
2 nomnom mmmm mmm ty n_n smiley smilies
1 lul lulz kek hah hehehe tehe ayy boom gud dank thnks gz gg shoutout hun hon fangirl eee awe aw
1 bday xmas tgi legit siick wicked clutch chillin chilling chillax killin golly phew whew mm thx ta
1 np gl jk amen heh
0 cuz boo omg omgg ohmygod zomg oml shitload flipping bloody zzz meow sick tight fly fire bites herp
0 gosh crikey blimey bgl imho fyi owned o_o busy
-1 pos frickin fricking frigging ass noob n00b scrub bah meh mehh oof wah hmph humph psh pfft tut
-1 sigh yawn trippin buggin whack derp duh doh d'oh oops whoops welp jeez geez sheesh yeesh dang
-1 darn drat heck shucks pwned tt nope
-2 smh smdh ffs wth wtff bs bullcrap crapola crud dammit damnit goddammit shite shat effing bollocks
-2 arse mofo prat twit nitwit dimwit numbskull bonehead lamer loserr fail facepalm headdesk ugh ughh
-2 ughhh uggh argh arghh aargh grr grrr gah blech bleh bleugh ew eww ewww yuck yuk ick icky gross
-2 yikes ouch ow oww owie boohoo sob waah whine tsk sighhh hatin hatin' stressin sucky blows
-2 craptastic wack janky sketchy shady busted borked snafu rip haters hater troll rekt bummer bummin
-2 blah sadface sadness qq t_t
-3 fml stfu gtfo shitshow clusterfuck arsehole asshat jackass dipshit dumbfuck motherfucker scumbag
-3 skank slut whore twat wanker tosser lameass epicfail sux suxx crappy fugly fubar
`;
