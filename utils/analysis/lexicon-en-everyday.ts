/**
 * English words of everyday life that carry a mood (weather, health, work, food, travel, sport,
 * family, news), our own list, same form as lexicon-en-positive.ts. Mostly mild (±1): people
 * mention these in passing, and a tweet about a sunny weekend reads a little positive.
 */
export const EN_EVERYDAY = `
sunny 2|sunshine 2|sunnyday 2|sunlight 1|sunbathing 2|beach 1|beaches 1|seaside 1|springtime 1|rainbow 2
rain -1|raining -1|rained -1|rains -1|downpour -1|drizzle -1|gloom -2|gray -1|grey -1|overcast -1|foggy -1|fog -1
snowstorm -1|storm -1|storms -1|thunderstorm -1|hail -1|humid -1|humidity -1|muggy -2|sweltering -2|scorching -1
freezing -2|frozen -1|frostbite -2|icy -1|slippery -1|windy -1|heatwave -2|drought -2|tornado -2|hurricane -2|earthquake -2
wildfire -2|flu -2|sniffles -1|runny -1|sneezing -1|sneeze -1|germs -1|ill -2|sickly -2|nauseated -2
vomited -3|diarrhea -2|cramps -2|toothache -2|backache -2|stomachache -2|hangovers -2|jetlag -1|jetlagged -1|insomniac -2
sleepless -2|restless -1|exhausting -2|groggy -1|knackered -2|drowsy -1|sore -2|bruised -2|sprained -2|broke -2|stitches -1
surgery -1|hospitalized -2|hospital -1|er -1|diagnosis -1|diagnosed -2|tumor -2|chemo -2|cured 2|healthy 2|recovering 1
rested 2|nap 1|naps 1|napping 1|snooze 0|workout 1|workouts 1|gym 0|jog 1|jogging 1|yoga 1|massage 2|spa 2|sauna 1
coffee 1|espresso 1|latte 1|cappuccino 1|tea 1|cocoa 1|chocolate 2|chocolates 2|cake 1|cakes 1|cupcake 2|cupcakes 2
cookie 1|cookies 1|brownie 1|brownies 1|pie 1|pizza 1|pancakes 1|bacon 1|burger 1|burgers 1|sushi 1|bbq 1|barbecue 1
icecream 2|dessert 1|desserts 1|feast 2|brunch 1|picnic 2|wine 1|beer 1|beers 1|cocktail 1|cocktails 1|champagne 2
margarita 1|snack 1|snacks 1|candy 1|treats 1|homemade 1|cooking 1|baked 1|baking 1|grill 1|grilled 1|foodie 1
overpriced -2|undercooked -2|inedible -3|rancid -3|moldy -2|mouldy -2|spoiled -2|stale -2|chewy -1|bitter -1|bland -2
hungover -2|starving -2|famished -1|weekend 1|weekends 1|friday 1|saturday 0|holidays 1|vacay 2|getaway 2|roadtrip 1
trip 1|travels 1|traveling 1|travelling 1|concert 1|concerts 1|festival 1|festivals 1|parade 1|fireworks 2|carnival 1
movies 0|movie 0|music 1|song 1|songs 1|dance 1|dancing 2|danced 2|singing 1|sang 1|karaoke 1|gaming 0|playoffs 1
win 2|wins 2|victory 3|champs 2|trophy 2|undefeated 2|touchdown 2|touchdowns 2|goal 1|goals 1|homerun 2|score 0
scored 1|comeback 2|rally 1|defeat -2|defeats -2|lost -2|losses -2|loses -2|fumble -2|fumbled -2|interception -1
injured -2|injuries -2|suspended -2|ejected -2|penalty -1|penalties -1|blowout 0|choked -2|chokes -2|relegated -2
birthday 1|birthdays 1|anniversary 2|wedding 2|weddings 1|engaged 2|engagement 1|newborn 2|baby 0|babies 1|puppy 2
puppies 2|kitten 2|kittens 2|kitty 1|doggy 1|pup 1|family 1|families 1|mom 0|mommy 1|dad 0|daddy 1|grandma 1|grandpa 1
hubby 1|wifey 1|boyfriend 1|girlfriend 1|friendships 2|reunion 2|reunited 2|homecoming 1|graduation 2|graduated 2
graduate 1|promotion 2|promoted 2|raise 1|hired 2|bonus 2|payday 2|paycheck 1|scholarship 2|award 2|awards 2|nominated 2
layoffs -2|fired -2|unemployed -2|jobless -2|jobhunting -1|overtime -1|commute -1|traffic -1|gridlock -2
deadline -1|deadlines -1|meetings -1|paperwork -1|chores -1|laundry -1|dishes 0|taxes -1|bills -1|debt -2|debts -2
broke -2|bankrupt -3|eviction -2|rent 0|mortgage -1|overdraft -2|fees -1|fee -1|fined -2|ticketed -2|towed -2
parking 0|flat 0|puncture -2|breakdown -2|stranded -2|cancelled -2|canceled -2|postponed -1|rescheduled -1|overbooked -2
delays -2|luggage 0|turbulence -1|layover -1|jetlag -1|queue -1|queues -1|lineup 0|waitlist -1|hold -1
outage -2|outages -2|offline -1|crashed -2|reboot -1|rebooting -1|lagging -2|spam -2|spammers -2|virus -2|malware -2
hacked -2|phishing -2|scammers -3|password 0|upgrade 1|upgraded 1|update 0|launch 1|launched 1|released 1|unveiled 1
innovation 2|innovations 2|breakthroughs 2|startup 0|funding 1|funded 1|growth 1|profits 1|profitable 2|earnings 0
bankruptcies -3|recession -2|inflation -1|crash -2|plunge -2|plunged -2|slump -2|tumble -2|tumbled -2|soar 2|soared 2
soaring 2|surge 1|surged 1|boom 1|booming 2|thriving 2|record 1|milestone 2|milestones 2|breakthrough 2|launches 1
crime -2|crimes -2|shooting -3|shootings -3|stabbing -3|murders -3|homicide -3|gunman -3|robbed -3|arson -3|kidnapped -3
hostages -3|bomber -3|explosions -2|protests -1|riots -2|unrest -2|war -2|wars -2|invasion -2|troops 0|killed -3|dies -3
wounded -2|casualties -3|tragedies -3|scandals -3|corruption -3|fraudster -3|bribe -2|bribery -3|lawsuit -2
sued -2|indicted -2|charged -1|jailed -2|sentenced -2|prison -2|death -3|deaths -3|funeral -2|funerals -2|rip -2
obituary -2|mourners -2|condolence -1|sympathies -1|heartfelt 2|tribute 1|memorial -1|hero 2|rescue 2|rescued 2
saved 2|survivor 1|survivors 1|donate 2|donated 2|donation 2|donations 2|charity 2|volunteer 2|volunteers 2|fundraiser 2
peace 2|ceasefire 1|freedom 2|democracy 1|justice 1|victory 3|agreement 1|deal 0|boycott -2|ban -1|banned -2|censorship -2
pollution -2|toxic -3|smog -2|litter -1|landfill -1|extinction -2|endangered -2|deforestation -2|recycling 1|green 0
jammed -1|stuck -2|late -1|tardy -1|forgot -1|misplaced -1|lost -2|broken -2|spilled -1|spilt -1|dropped -1
cracked -2|shattered -3|leaking -2|flooded -2|clogged -2|mold -2|mould -2|pests -2|cockroach -2|cockroaches -2|mice -1
rats -2|bedbugs -3|mosquito -1|mosquitoes -1|stung -2|sting -1|bitten -1|splinter -1|hiccups -1
monday -1|mondays -1|homework -1|exam -1|exams -1|finals -1|midterm -1|studying 0|cram -1|cramming -1|flunk -2|flunked -2
failed -2|passed 1|aced 2|graduates 1|diploma 1|degree 0|teacher 0|lecture 0|boring -2|detention -2|expelled -2
new 0|shiny 1|fresh 1|clean 1|spotless 2|cozy 2|comfy 2|snug 1|warm 1|toasty 1|sparkly 1|fluffy 1|soft 1
smells 0|stinks -2|reeks -2|smelly -2|filthy -3|grimy -2|dusty -1|messy -2|sticky -1|soggy -2|slimy -2|greasy -1
`;
