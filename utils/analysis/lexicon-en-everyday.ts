/**
 * English words of everyday life that carry a mood (weather, health, work, food, travel, sport,
 * family, news), our own list, same form as lexicon-en-positive.ts. Mostly mild (±1): people
 * mention these in passing, and a tweet about a sunny weekend reads a little positive.
 */
export const EN_EVERYDAY = `
3 victory
2 sunny sunshine sunnyday sunbathing rainbow cured healthy rested massage spa chocolate chocolates
2 cupcake cupcakes icecream feast picnic champagne vacay getaway fireworks dancing danced win wins
2 champs trophy undefeated touchdown touchdowns homerun comeback anniversary wedding engaged newborn
2 puppy puppies kitten kittens friendships reunion reunited graduation graduated promotion promoted
2 hired bonus payday scholarship award awards nominated innovation innovations breakthroughs
2 profitable soar soared soaring booming thriving milestone milestones breakthrough heartfelt hero
2 rescue rescued saved donate donated donation donations charity volunteer volunteers fundraiser
2 peace freedom aced spotless cozy comfy
1 sunlight beach beaches seaside springtime recovering nap naps napping workout workouts jog jogging
1 yoga sauna coffee espresso latte cappuccino tea cocoa cake cakes cookie cookies brownie brownies
1 pie pizza pancakes bacon burger burgers sushi bbq barbecue dessert desserts brunch wine beer beers
1 cocktail cocktails margarita snack snacks candy treats homemade cooking baked baking grill grilled
1 foodie weekend weekends friday holidays roadtrip trip travels traveling travelling concert
1 concerts festival festivals parade carnival music song songs dance singing sang karaoke playoffs
1 goal goals scored rally birthday birthdays weddings engagement babies kitty doggy pup family
1 families mommy daddy grandma grandpa hubby wifey boyfriend girlfriend homecoming graduate raise
1 paycheck upgrade upgraded launch launched released unveiled funding funded growth profits surge
1 surged boom record launches tribute survivor survivors ceasefire democracy justice agreement
1 recycling passed graduates diploma shiny fresh clean snug warm toasty sparkly fluffy soft
0 snooze gym saturday movies movie gaming score blowout baby mom dad dishes rent parking flat
0 luggage lineup password update startup earnings troops deal green studying degree teacher lecture
0 new smells
-1 rain raining rained rains downpour drizzle gray grey overcast foggy fog snowstorm storm storms
-1 thunderstorm hail humid humidity scorching frozen icy slippery windy sniffles runny sneezing
-1 sneeze germs jetlagged restless groggy drowsy stitches surgery hospital er diagnosis chewy bitter
-1 famished interception penalty penalties jobhunting overtime commute traffic deadline deadlines
-1 meetings paperwork chores laundry taxes bills mortgage fees fee postponed rescheduled turbulence
-1 layover jetlag queue queues waitlist hold offline reboot rebooting inflation protests charged
-1 condolence sympathies memorial ban litter landfill jammed late tardy forgot misplaced spilled
-1 spilt dropped mice mosquito mosquitoes sting bitten splinter hiccups monday mondays homework exam
-1 exams finals midterm cram cramming dusty sticky greasy
-2 gloom muggy sweltering freezing frostbite heatwave drought tornado hurricane earthquake wildfire
-2 flu ill sickly nauseated diarrhea cramps toothache backache stomachache hangovers insomniac
-2 sleepless exhausting knackered sore bruised sprained hospitalized diagnosed tumor chemo
-2 overpriced undercooked moldy mouldy spoiled stale bland hungover starving defeat defeats losses
-2 loses fumble fumbled injured injuries suspended ejected choked chokes relegated layoffs fired
-2 unemployed jobless gridlock debt debts broke eviction overdraft fined ticketed towed puncture
-2 breakdown stranded cancelled canceled overbooked delays outage outages crashed lagging spam
-2 spammers virus malware hacked phishing recession crash plunge plunged slump tumble tumbled crime
-2 crimes explosions riots unrest war wars invasion wounded bribe lawsuit sued indicted jailed
-2 sentenced prison funeral funerals rip obituary mourners boycott banned censorship pollution smog
-2 extinction endangered deforestation stuck lost broken cracked leaking flooded clogged mold mould
-2 pests cockroach cockroaches rats stung flunk flunked failed boring detention expelled stinks
-2 reeks smelly grimy messy soggy slimy
-3 vomited inedible rancid bankrupt scammers bankruptcies shooting shootings stabbing murders
-3 homicide gunman robbed arson kidnapped hostages bomber killed dies casualties tragedies scandals
-3 corruption fraudster bribery death deaths toxic shattered bedbugs filthy
`;
