/**
 * English words that lean positive, our own list for general talk (tweets, posts, comments), not
 * only brand talk. Valence 1..3. Each line is "value word word …"; "stem/suffix/suffix" lists the
 * stem and the stem with each suffix ("3 admire/s/d" is admire, admires, admired); lexicon-en.ts
 * expands it.
 */
export const EN_POSITIVE = `
3 admirable admiration admire/s/d adorably adored adores adoring affectionate amazement amazingness
3 astounding awesomely awesomest beaming beauty bestest blessed blessings blissfully bravo
3 brilliantly celebrate/s/d cherished dazzling delectable delight delighting delights ecstasy elated
3 enchanted enchanting enthusiastically epicness euphoria euphoric excellently exceptionally
3 excitedly exhilarated exhilarating exquisite extraordinary exuberant fabulously fantastically
3 finest friendliest glee gleeful godsend gooood gorgeously greatness happier happiest happily
3 happiness honored hurray hurrah immaculate ingenious invaluable irresistible jackpot joyfully
3 joyous jubilant kindest laughter lovable loveable loved lovelier loveliness luckiest magnificent
3 majestic marvel marvellous masterful miraculous mirth overjoy perfected pleasurable pleasures
3 praised praises praising prettiest priceless proudest radiant rapture ravishing rejoicing
3 scrumptious smitten soulmate spectacular splendidly stellar sublime terrifically thrill/s topnotch
3 treasured triumphant unbeatable victorious wonderfully wondrous wooo yaaay yaay yippee yum yumm
3 yummy deliciousness spectacularly enthralling captivating kindhearted warmhearted goodhearted
2 abundant abundance acclaim/ed accomplish/ed/ment/ments ace acing achiever adept admiring
2 adventurous adventures affordable aloha altruistic amiable amicable amuse/s amusement angel
2 angelic angels applaud/s/ed applause appreciate/s appreciating appreciative approved ardent
2 astonishing attentively attractively awe awed awestruck babe beautify beauties bestie besties bff
2 blesses bonding bountiful bravery breakthrough brighten/s/ed brightest bubbly calming carefree
2 celebratory champ charismatic charmed charming cheerfully cheers cheered cheering chuckle/d/s
2 chuckling cleverly comical comforted comfortably commend/ed commendable compassionate competent
2 compliment/s/ed congrat congratulated congratulating considerate contented cool cordial courteous
2 cozier cuddle/s cuddly cuddling cuter cutie cuties dandy dazzle dashing dependable devotion
2 dignified diligent dreamy easiest effortless effortlessly elegance eloquent embrace/d empathy
2 empower/ed/ing encouragement endearing energize engaging enjoyably enjoyment enjoys
2 enlighten/ed/ing enrich/ed/ing entertain/ed enthusiasm exalted excel/s/led famed fascinate/d fav
2 fave faves favorable favored favorites favourites favs fearless fiesta flattered flattering
2 flourish/ing fond fondly fondness fortunately fragrant freebie freebies freshest friendlier
2 friendly frolic fulfilling fulfillment fun funnier funniest gem gems generosity generously genial
2 geniuses giddy giggle/s/d giggling glad gladly glow/ing goodies gracefully graciously grandeur
2 grateful gratefully gratified gratifying greatly grins grinning groundbreaking handsomely
2 hardworking harmonious healed healthier healthiest heartily hearty heroic heroine hilarity
2 hilariously homey honorable honoring honors hospitable huggable hugged hugging humorous hyped
2 ideal idol idolize illuminating imaginative improves improving incredibly informative insightful
2 inspirational inspire/s integrity intrigued intriguing invigorating invincible inviting jazzed
2 jewel jocular jovial kickass kinder kissed kissing knowledgeable laudable lavish legend legends
2 lighthearted likable likeable lover lovers lovey luckily lush luxurious meaningful merrier
2 merriment miracles motivate/s motivating neatest nifty noble nurturing optimal optimist opulent
2 partying peaceful peacefully perfecting perky persevere pleasantly pleased pleases pleasing poetic
2 polished positively positivity prettiness pride prize/s/d prodigious proficient prosper/s/ing
2 prosperity proudly pumped reassured refined refreshed refreshes reinvigorated relaxation relaxes
2 relaxin relish reliable renowned resilient resourceful respectful restful revitalize rewarded
2 rockin rocking rocked rockstar romantically satisfaction saviour savior savour savor scenic
2 seamless selfless serenity shine shines shining sincerely skillful sleek smartest smashing
2 snuggle/s snuggly snuggling soulful sparkle/s spirited spotless sterling stoke/d stylish succeeded
2 succeeding succeeds success successes successfully sunnier sunniest superstar superior supportive
2 supreme sweeter sweetie sweetly sweetness swell talent tasteful tenderness thank thanked
2 thankfully thanking thanx thoughtfully thrive thrives tidy timeless treasures trophy trust/s/ed
2 trustworthy trusty truthful uplift/ed/ing unreal upbeat useful valiant valued virtue virtuous
2 visionary vitality vivacious warmest warmly welcoming whee wheee witty won wonderland worthy wow
2 wowed yahoo yay yesss zen refreshingly bffs politely charms recommends promotions saves smarter
2 greater babes cuteness volunteering achieving truths winners supports scholarships confidently
2 wholehearted heartening energizing riveting gripping compelling engrossing bighearted charitable
2 benevolent empathetic zesty peppy gleaming privileged amped buzzing
1 able achievable acknowledge/d active advance/d advocate agreed agreeing alright ambitious apt
1 aspire aspiring assurance assured attraction authentic autumnal balanced bargain bargains
1 bloom/ing blossom/ing breeze breezy buddies buddy calmly cared cares carefully celebrity
1 championship cherry clarity classic cleanly coherent comedy compatible complement constructive
1 cooler cooperative correct correctly crafty credible daring decent delicately deserved deserving
1 desire dynamic earnest easily edgy educational eminent enhance/d entertainment enthusiast equality
1 ethical evolve facilitate fairness fancier fantasize feisty fine finer firmly fitting frank
1 fresher gain/s/ed galore gently glorified goodly goody guarantee gush ha harmless headway heavens
1 hehe heehee helping highlights hope/s hoped humble hype immense indebted independence innocent
1 instrumental interest interests invite invited jammin jest justice keen kind kindly liked likes
1 liking lol lols lucid matured mellow memories mercy mighty mindful modest nourish/ing nurture
1 nutritious openness organized outgoing paramount patient patience patriotic poise popularity
1 prefer preferred premier pretty profit progress progressing prominent promise promote prudent pure
1 purity qualified quality readily recommendation reconcile recover/y refresh remedy renewed resolve
1 revive/d righteous robust rock/s rose roses rules safely salute sassy satisfactory sensible sharp
1 shiny simplicity sporty steady straightforward stronger strongest sunrise sunset sunsets stud
1 studly suitable surreal survive/d swag sweets sympathetic tempting therapeutic together tolerant
1 trusting validated verified versatile vibe vibes vigorous vital warmer wealth wellness willing
1 wisely worked works yeah yep yes youthful zeal zing fridays dreamed dreaming favorited treating
1 humbled surviving importantly eases quickly cleaned guaranteed deserves careful honestly promises
1 wishing surprising quicker saving fastest tireless painless breathless speechless practical bouncy
0 content energy envious holy ok pardon promised sensitive
`;
