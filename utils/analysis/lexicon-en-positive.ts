/**
 * English words that lean positive, our own list for general talk (tweets, posts, comments), not
 * only brand talk. Valence 1..3. "stem/suffix/suffix value" lists the stem and the stem with each
 * suffix ("admire/s/d 3" is admire, admires, admired); lexicon-en.ts expands it.
 */
export const EN_POSITIVE = `
able 1|abundant 2|abundance 2|acclaim/ed 2|accomplish/ed/ment/ments 2|ace 2|acing 2|achievable 1|achiever 2
acknowledge/d 1|active 1|adept 2|admirable 3|admiration 3|admire/s/d 3|admiring 2|adorably 3|adored 3|adores 3
adoring 3|advance/d 1|adventurous 2|adventures 2|advocate 1|affectionate 3|affordable 2|agreed 1|agreeing 1|alright 1
aloha 2|altruistic 2|amazement 3|amazingness 3|ambitious 1|amiable 2|amicable 2|amuse/s 2|amusement 2|angel 2
angelic 2|angels 2|applaud/s/ed 2|applause 2|appreciate/s 2|appreciating 2|appreciative 2|approved 2|apt 1|ardent 2
aspire 1|aspiring 1|assurance 1|assured 1|astonishing 2|astounding 3|attentively 2|attraction 1|attractively 2
authentic 1|autumnal 1|awe 2|awed 2|awesomely 3|awesomest 3|awestruck 2|babe 2|balanced 1|bargain 1|bargains 1
beaming 3|beautify 2|beauties 2|beauty 3|bestest 3|bestie 2|besties 2|bff 2|blessed 3|blesses 2|blessings 3|blissfully 3
bloom/ing 1|blossom/ing 1|bonding 2|bountiful 2|bravery 2|bravo 3|breakthrough 2|breeze 1|breezy 1|brighten/s/ed 2
brightest 2|brilliantly 3|buddies 1|buddy 1|bubbly 2|calming 2|calmly 1|carefree 2|cared 1|cares 1|carefully 1|celebrity 1
celebrate/s/d 3|celebratory 2|champ 2|championship 1|charismatic 2|charmed 2|charming 2|cheerfully 2|cheers 2|cheered 2
cheering 2|cherished 3|cherry 1|chuckle/d/s 2|chuckling 2|clarity 1|classic 1|cleanly 1|cleverly 2|coherent 1|comedy 1
comical 2|comforted 2|comfortably 2|commend/ed 2|commendable 2|compassionate 2|compatible 1|competent 2|complement 1
compliment/s/ed 2|congrat 2|congratulated 2|congratulating 2|considerate 2|constructive 1|content 0|contented 2|cool 2
cooler 1|cooperative 1|cordial 2|correct 1|correctly 1|courteous 2|cozier 2|crafty 1|credible 1|cuddle/s 2|cuddly 2
cuddling 2|cuter 2|cutie 2|cuties 2|dandy 2|daring 1|dazzle 2|dazzling 3|dashing 2|decent 1|delectable 3|delicately 1
delight 3|delighting 3|delights 3|dependable 2|deserved 1|deserving 1|desire 1|devotion 2|dignified 2|diligent 2|dreamy 2
dynamic 1|earnest 1|easiest 2|easily 1|ecstasy 3|edgy 1|educational 1|effortless 2|effortlessly 2|elated 3|elegance 2
eloquent 2|embrace/d 2|eminent 1|empathy 2|empower/ed/ing 2|enchanted 3|enchanting 3|encouragement 2|endearing 2|energize 2
energy 0|engaging 2|enhance/d 1|enjoyably 2|enjoyment 2|enjoys 2|enlighten/ed/ing 2|enrich/ed/ing 2|entertain/ed 2
entertainment 1|enthusiasm 2|enthusiast 1|enthusiastically 3|envious 0|epicness 3|equality 1|ethical 1|euphoria 3
euphoric 3|evolve 1|exalted 2|excel/s/led 2|excellently 3|exceptionally 3|excitedly 3|exhilarated 3|exhilarating 3
exquisite 3|extraordinary 3|exuberant 3|fabulously 3|facilitate 1|fairness 1|famed 2|fancier 1|fantasize 1|fantastically 3
fascinate/d 2|fav 2|fave 2|faves 2|favorable 2|favored 2|favorites 2|favourites 2|favs 2|fearless 2|feisty 1|fiesta 2
fine 1|finer 1|finest 3|firmly 1|fitting 1|flattered 2|flattering 2|flourish/ing 2|fond 2|fondly 2|fondness 2|fortunately 2
fragrant 2|frank 1|freebie 2|freebies 2|fresher 1|freshest 2|friendlier 2|friendliest 3|friendly 2|frolic 2|fulfilling 2
fulfillment 2|fun 2|funnier 2|funniest 2|gain/s/ed 1|galore 1|gem 2|gems 2|generosity 2|generously 2|genial 2|geniuses 2
gently 1|giddy 2|giggle/s/d 2|giggling 2|glad 2|gladly 2|glee 3|gleeful 3|glorified 1|glow/ing 2|godsend 3
goodies 2|goodly 1|goody 1|gooood 3|gorgeously 3|gracefully 2|graciously 2|grandeur 2|grateful 2|gratefully 2|gratified 2
gratifying 2|greatness 3|greatly 2|grins 2|grinning 2|groundbreaking 2|guarantee 1|gush 1|ha 1|handsomely 2|happier 3
happiest 3|happily 3|happiness 3|hardworking 2|harmless 1|harmonious 2|headway 1|healed 2|healthier 2|healthiest 2|heartily 2
hearty 2|heavens 1|hehe 1|heehee 1|helping 1|heroic 2|heroine 2|highlights 1|hilarity 2|hilariously 2|holy 0|homey 2
honorable 2|honored 3|honoring 2|honors 2|hope/s 1|hoped 1|hospitable 2|huggable 2|hugged 2|hugging 2|humble 1|humorous 2
hurray 3|hurrah 3|hype 1|hyped 2|ideal 2|idol 2|idolize 2|illuminating 2|imaginative 2|immaculate 3|immense 1|improves 2
improving 2|incredibly 2|indebted 1|independence 1|informative 2|ingenious 3|innocent 1|insightful 2|inspirational 2
inspire/s 2|instrumental 1|integrity 2|interest 1|interests 1|intrigued 2|intriguing 2|invaluable 3|invigorating 2|invincible 2
invite 1|invited 1|inviting 2|irresistible 3|jackpot 3|jammin 1|jazzed 2|jest 1|jewel 2|jocular 2|jovial 2|joyfully 3|joyous 3
jubilant 3|justice 1|keen 1|kickass 2|kind 1|kinder 2|kindest 3|kindly 1|kissed 2|kissing 2|knowledgeable 2|laudable 2
laughter 3|lavish 2|legend 2|legends 2|lighthearted 2|likable 2|likeable 2|liked 1|likes 1|liking 1|lol 1|lols 1|lovable 3
loveable 3|loved 3|lovelier 3|loveliness 3|lover 2|lovers 2|lovey 2|lucid 1|luckily 2|luckiest 3|lush 2|luxurious 2
magnificent 3|majestic 3|marvel 3|marvellous 3|masterful 3|matured 1|meaningful 2|mellow 1|memories 1|mercy 1|merrier 2
merriment 2|mighty 1|mindful 1|miracles 2|miraculous 3|mirth 3|modest 1|motivate/s 2|motivating 2|neatest 2
nifty 2|noble 2|nourish/ing 1|nurture 1|nurturing 2|nutritious 1|ok 0|openness 1|optimal 2|optimist 2|opulent 2
organized 1|outgoing 1|overjoy 3|paramount 1|pardon 0|partying 2|patient 1|patience 1|patriotic 1|peaceful 2|peacefully 2
perfected 3|perfecting 2|perky 2|persevere 2|pleasantly 2|pleased 2|pleases 2|pleasing 2|pleasurable 3|pleasures 3|poetic 2
poise 1|polished 2|popularity 1|positively 2|positivity 2|praised 3|praises 3|praising 3|prefer 1|preferred 1|premier 1
pretty 1|prettiest 3|prettiness 2|priceless 3|pride 2|prize/s/d 2|prodigious 2|proficient 2|profit 1|progress 1
progressing 1|prominent 1|promise 1|promised 0|promote 1|prosper/s/ing 2|prosperity 2|proudest 3|proudly 2|prudent 1
pumped 2|pure 1|purity 1|qualified 1|quality 1|radiant 3|rapture 3|ravishing 3|readily 1|reassured 2|recommendation 1
reconcile 1|recover/y 1|refined 2|refresh 1|refreshed 2|refreshes 2|reinvigorated 2|rejoicing 3|relaxation 2|relaxes 2
relaxin 2|relish 2|reliable 2|remedy 1|renewed 1|renowned 2|resilient 2|resolve 1|resourceful 2|respectful 2|restful 2
revitalize 2|revive/d 1|rewarded 2|righteous 1|robust 1|rock/s 1|rockin 2|rocking 2|rocked 2|rockstar 2|romantically 2
rose 1|roses 1|rules 1|safely 1|salute 1|sassy 1|satisfaction 2|satisfactory 1|saviour 2|savior 2|savour 2|savor 2
scenic 2|scrumptious 3|seamless 2|selfless 2|sensible 1|sensitive 0|serenity 2|sharp 1|shine 2|shines 2|shining 2|shiny 1
simplicity 1|sincerely 2|skillful 2|sleek 2|smartest 2|smashing 2|smitten 3|snuggle/s 2|snuggly 2|snuggling 2|soulful 2
soulmate 3|sparkle/s 2|spectacular 3|spirited 2|splendidly 3|sporty 1|spotless 2|stellar 3|steady 1|sterling 2|stoke/d 2
straightforward 1|stronger 1|strongest 1|sunrise 1|sunset 1|sunsets 1|stud 1|studly 1|stylish 2|sublime 3|succeeded 2|succeeding 2|succeeds 2|success 2
successes 2|successfully 2|suitable 1|sunnier 2|sunniest 2|superstar 2|superior 2|supportive 2
supreme 2|surreal 1|survive/d 1|swag 1|sweeter 2|sweetie 2|sweetly 2|sweetness 2|sweets 1|swell 2|sympathetic 1|talent 2
tasteful 2|tempting 1|tenderness 2|terrifically 3|thank 2|thanked 2|thankfully 2|thanking 2|thanx 2|therapeutic 1
thoughtfully 2|thrill/s 3|thrive 2|thrives 2|tidy 2|timeless 2|together 1|tolerant 1|topnotch 3|treasured 3
treasures 2|triumphant 3|trophy 2|trust/s/ed 2|trusting 1|trustworthy 2|trusty 2|truthful 2|unbeatable 3|uplift/ed/ing 2
unreal 2|upbeat 2|useful 2|valiant 2|validated 1|valued 2|verified 1|versatile 1|vibe 1|vibes 1|victorious 3|vigorous 1
virtue 2|virtuous 2|visionary 2|vital 1|vitality 2|vivacious 2|warmer 1|warmest 2|warmly 2|wealth 1|welcoming 2
wellness 1|whee 2|wheee 2|willing 1|wisely 1|witty 2|won 2|wonderfully 3|wonderland 2|wondrous 3|wooo 3|worked 1|works 1
worthy 2|wow 2|wowed 2|yaaay 3|yaay 3|yahoo 2|yay 2|yeah 1|yep 1|yes 1|yesss 2|yippee 3|youthful 1|yum 3|yumm 3|yummy 3
zeal 1|zen 2|zing 1
fridays 1|refreshingly 2|bffs 2|dreamed 1|dreaming 1|politely 2|deliciousness 3|favorited 1|treating 1|spectacularly 3|humbled 1|charms 2|surviving 1|importantly 1|eases 1|quickly 1|recommends 2|promotions 2|saves 2|cleaned 1|smarter 2|greater 2|babes 2|guaranteed 1|cuteness 2|deserves 1|careful 1|volunteering 2|achieving 2|truths 2|winners 2|supports 2|honestly 1|promises 1|wishing 1|surprising 1|scholarships 2|quicker 1|confidently 2|saving 1|fastest 1
tireless 1|painless 1|breathless 1|speechless 1|wholehearted 2|heartening 2|energizing 2|enthralling 3|captivating 3
riveting 2|gripping 2|compelling 2|engrossing 2|kindhearted 3|warmhearted 3|goodhearted 3|bighearted 2|charitable 2
benevolent 2|empathetic 2|practical 1|zesty 2|peppy 2|bouncy 1|gleaming 2|privileged 2|amped 2|buzzing 2
`;
