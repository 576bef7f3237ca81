/**
 * The mention suite: our own sentences, every actor mention marked up as `{text}=ID@CODE`
 * (`@CODE` optional; several actors for one span as `ID+ID`). Marks nest: a country word
 * inside a title phrase is itself a mention of the country. The marks list every mention a
 * careful reader would resolve, so unmarked predictions count against precision.
 */
export interface MentionCase {
  date: string | null;
  text: string;
}

export const CASES: MentionCase[] = [
  // Titles resolved to the holder on the article date.
  {
    date: '2022-03-01',
    text: '{{Russian}=country:RUS President}=person:vladimir-putin@RUSGOV spoke with {{French}=country:FRA President Emmanuel Macron}=person:emmanuel-macron@FRAGOV by phone, {the Kremlin}=country:RUS said.',
  },
  {
    date: '2005-06-01',
    text: '{The {British}=country:GBR Prime Minister}=person:tony-blair@GBRGOV flew to {Washington}=country:USA to meet {{US}=country:USA President George W. Bush}=person:george-w-bush@USAGOV.',
  },
  {
    date: '2020-06-01',
    text: '{The {British}=country:GBR Prime Minister}=person:boris-johnson@GBRGOV said {he}=person:boris-johnson would not change course.',
  },
  {
    date: '2009-03-10',
    text: '{The {British}=country:GBR Prime Minister}=person:gordon-brown@GBRGOV called for calm in the markets.',
  },
  {
    date: '2023-05-02',
    text: 'Speaking in {London}=country:GBR, {the {British}=country:GBR Prime Minister}=person:rishi-sunak@GBRGOV promised more aid to {Kyiv}=country:UKR.',
  },
  {
    date: '2025-02-11',
    text: '{{British}=country:GBR Prime Minister Keir Starmer}=person:keir-starmer@GBRGOV will travel to {Paris}=country:FRA next week.',
  },
  {
    date: '2021-02-01',
    text: '{Opposition leader Keir Starmer}=person:keir-starmer@GBROPP said the budget failed families.',
  },
  {
    date: '2005-03-03',
    text: '{The {Russian}=country:RUS President}=person:vladimir-putin@RUSGOV visited {Berlin}=country:DEU for talks.',
  },
  {
    date: '2010-03-03',
    text: '{The {Russian}=country:RUS President}=person:dmitry-medvedev@RUSGOV and {the {Russian}=country:RUS Prime Minister}=person:vladimir-putin@RUSGOV appeared together on television.',
  },
  {
    date: '2015-09-09',
    text: '{{Russian}=country:RUS Prime Minister}=person:dmitry-medvedev@RUSGOV said {Moscow}=country:RUS would answer any new sanctions.',
  },
  {
    date: '2015-09-09',
    text: '{The {US}=country:USA President}=person:barack-obama@USAGOV urged {Congress}=org:~congress to act.',
  },
  {
    date: '2019-07-07',
    text: '{{US}=country:USA President}=person:donald-trump@USAGOV hosted {{Hungarian}=country:HUN Prime Minister Viktor Orbán}=person:viktor-orban@HUNGOV at {the White House}=country:USA.',
  },
  {
    date: '2022-11-20',
    text: '{The {US}=country:USA President}=person:joe-biden@USAGOV and {{German}=country:DEU Chancellor Olaf Scholz}=person:olaf-scholz@DEUGOV discussed energy.',
  },
  {
    date: '2025-06-15',
    text: '{The {American}=country:USA president}=person:donald-trump@USAGOV threatened new tariffs on {China}=country:CHN.',
  },
  {
    date: '2010-10-10',
    text: '{{German}=country:DEU Chancellor}=person:angela-merkel@DEUGOV defended the euro. {She}=person:angela-merkel said {Germany}=country:DEU would stand by {its}=country:DEU partners.',
  },
  {
    date: '2023-10-10',
    text: '{The {German}=country:DEU Chancellor}=person:olaf-scholz@DEUGOV met {{Polish}=country:POL farmers}=sector:POLAGR@POLAGR.',
  },
  {
    date: '2020-01-15',
    text: '{{NATO}=org:nato Secretary-General}=person:jens-stoltenberg@IGONAT warned against complacency.',
  },
  {
    date: '2025-01-15',
    text: '{The {NATO}=org:nato Secretary General}=person:mark-rutte@IGONAT visited {Warsaw}=country:POL.',
  },
  {
    date: '2022-04-04',
    text: '{{UN}=org:un Secretary-General António Guterres}=person:antonio-guterres@IGOUNO called for a ceasefire in {Ukraine}=country:UKR.',
  },
  {
    date: '2022-04-04',
    text: '{{Russian}=country:RUS Foreign Minister}=person:sergey-lavrov@RUSGOV and {{Ukrainian}=country:UKR Foreign Minister}=person:dmytro-kuleba@UKRGOV met in {Turkey}=country:TUR.',
  },
  {
    date: '2022-04-04',
    text: '{The {US}=country:USA Secretary of State}=person:antony-blinken@USAGOV spoke to {his}=person:antony-blinken {Ukrainian}=country:UKR counterpart.',
  },
  {
    date: '2022-08-08',
    text: '{The President of {Ukraine}=country:UKR}=person:volodymyr-zelensky@UKRGOV addressed {the UN Security Council}=org:un-security-council.',
  },
  {
    date: '2024-02-02',
    text: "{{Ukraine}=country:UKR's foreign minister}=person:dmytro-kuleba@UKRGOV said {Kyiv}=country:UKR needed more air defence.",
  },
  {
    date: '2018-05-05',
    text: '{{British}=country:GBR Foreign Secretary Boris Johnson}=person:boris-johnson@GBRGOV arrived in {Tehran}=country:IRN.',
  },
  // Surnames, namesakes and full names.
  {
    date: '2003-04-01',
    text: '{Bush}=person:george-w-bush@USAGOV said {Iraq}=country:IRQ must disarm.',
  },
  {
    date: '1991-02-01',
    text: '{Bush}=person:george-h-w-bush@USAGOV said the coalition would prevail.',
  },
  {
    date: '2022-02-20',
    text: '{Volodymyr Zelensky}=person:volodymyr-zelensky@UKRGOV appealed to {the West}=group:west. {Zelensky}=person:volodymyr-zelensky said {Ukrainians}=country:UKR would defend {their}=country:UKR land.',
  },
  {
    date: '2022-02-20',
    text: '{Zelenskyy}=person:volodymyr-zelensky met {Blinken}=person:antony-blinken@USAGOV in {Munich}=location:munich.',
  },
  {
    date: '2016-03-01',
    text: '{Sergei Lavrov}=person:sergey-lavrov@RUSGOV accused {Washington}=country:USA of hypocrisy. {Lavrov}=person:sergey-lavrov added that {Russia}=country:RUS would respond.',
  },
  {
    date: '2012-02-02',
    text: '{Obama}=person:barack-obama@USAGOV and {Merkel}=person:angela-merkel@DEUGOV spoke by phone. {She}=person:angela-merkel later told reporters the call was useful.',
  },
  {
    date: '2019-10-10',
    text: '{Xi Jinping}=person:xi-jinping@CHNGOV received {Macron}=person:emmanuel-macron@FRAGOV in {Beijing}=country:CHN, where {Xi}=person:xi-jinping praised trade ties.',
  },
  {
    date: '2021-06-01',
    text: '{Ursula von der Leyen}=person:ursula-von-der-leyen said {the European Union}=org:eu was ready. {Von der Leyen}=person:ursula-von-der-leyen did not give a date.',
  },
  {
    date: '2016-06-01',
    text: '{Dmitry Peskov}=person:dmitry-peskov@RUSGOV, {the {Kremlin}=country:RUS spokesman}=person:dmitry-peskov, said {Putin}=person:vladimir-putin@RUSGOV had no plans to travel.',
  },
  // Metonyms and organisations.
  {
    date: '2022-01-20',
    text: '{Moscow}=country:RUS denied the claims, while {Kyiv}=country:UKR and {Washington}=country:USA urged restraint.',
  },
  {
    date: '2022-01-20',
    text: '{Brussels}=org:eu warned {Budapest}=country:HUN over the rule of law.',
  },
  {
    date: '2019-09-09',
    text: '{Downing Street}=country:GBR declined to comment, and {the Elysee}=country:FRA said nothing.',
  },
  {
    date: '2022-06-06',
    text: '{NATO}=org:nato leaders met in {Madrid}=country:ESP. {The alliance}=org:nato agreed to invite {Finland}=country:FIN.',
  },
  {
    date: '2022-06-06',
    text: '{The European Union}=org:eu adopted new sanctions on {Russia}=country:RUS. {The bloc}=org:eu also froze assets.',
  },
  {
    date: '2022-06-06',
    text: '{The United Nations}=org:un said aid had reached the city. {The world body}=org:un asked for safe passage.',
  },
  {
    date: '2008-08-08',
    text: '{Western countries}=group:west condemned the attack on {Georgia}=country:GEO.',
  },
  // Outlets are their own kind.
  {
    date: '2022-02-02',
    text: '{Putin}=person:vladimir-putin@RUSGOV spoke to reporters, as quoted by {CNN}=media:cnn@USAMED.',
  },
  {
    date: '2022-02-02',
    text: 'A senior official told {Reuters}=media:reuters@GBRMED that talks had stalled, according to {TASS}=media:tass@RUSMED.',
  },
  {
    date: '2022-02-02',
    text: '{Lavrov}=person:sergey-lavrov@RUSGOV told {the BBC}=media:bbc@GBRMED that {Russia}=country:RUS had no plans to invade.',
  },
  {
    date: '2022-02-02',
    text: '{The Associated Press}=media:ap@USAMED and {AFP}=media:afp@FRAMED both reported the strike.',
  },
  // Sectors.
  {
    date: '2022-03-03',
    text: '{{Ukrainian}=country:UKR troops}=sector:UKRMIL@UKRMIL pushed back {{Russian}=country:RUS forces}=sector:RUSMIL@RUSMIL near the river.',
  },
  {
    date: '2021-01-23',
    text: '{{Russian}=country:RUS police}=sector:RUSCOP@RUSCOP detained hundreds of {protesters}=sector:---CVL in {Moscow}=country:RUS.',
  },
  {
    date: '2022-02-24',
    text: "{{Belarus}=country:BLR's army}=sector:BLRMIL@BLRMIL held drills with {{Russian}=country:RUS soldiers}=sector:RUSMIL@RUSMIL.",
  },
  {
    date: '2014-04-14',
    text: '{{Ukrainian}=country:UKR authorities}=sector:UKRGOV@UKRGOV said {{Russian}=country:RUS officials}=sector:RUSGOV@RUSGOV had armed the {rebels}=sector:---REB.',
  },
  {
    date: '2023-07-07',
    text: '{{Iranian}=country:IRN state media}=sector:IRNMED@IRNMED said {Tehran}=country:IRN would not negotiate.',
  },
  // Pronouns.
  {
    date: '2022-05-05',
    text: '{Putin}=person:vladimir-putin@RUSGOV met {Orbán}=person:viktor-orban@HUNGOV on Monday. {He}=person:vladimir-putin said the talks were useful.',
  },
  {
    date: '2022-05-05',
    text: '"We will not retreat," {Zelensky}=person:volodymyr-zelensky@UKRGOV said. {He}=person:volodymyr-zelensky added that {his}=person:volodymyr-zelensky army was ready.',
  },
  {
    date: '2013-05-05',
    text: '{Angela Merkel}=person:angela-merkel@DEUGOV and {Vladimir Putin}=person:vladimir-putin@RUSGOV met in {Berlin}=country:DEU. {She}=person:angela-merkel called the meeting frank, and {he}=person:vladimir-putin agreed.',
  },
  {
    date: '2022-01-26',
    text: 'The demands were rejected by {Washington}=country:USA and {NATO}=org:nato. {They}=country:USA+org:nato sent written answers instead.',
  },
  {
    date: '2022-01-26',
    text: '{{Ukrainian}=country:UKR soldiers}=sector:UKRMIL@UKRMIL held the line. {They}=sector:UKRMIL had little ammunition.',
  },
  // Unknown people and organisations.
  {
    date: '2022-03-01',
    text: "{{Ukraine}=country:UKR's envoy to {the UN}=org:un Sergiy Kyslytsya}=person:~sergiy-kyslytsya@UKRGOV said the vote mattered.",
  },
  {
    date: '2022-03-01',
    text: '{Maria Hofer}=person:~maria-hofer, a spokeswoman for the company, said the plant was safe. {She}=person:~maria-hofer declined to say more.',
  },
  {
    date: '2022-03-01',
    text: '{Mr Dobrev}=person:~dobrev said the budget was final. {Dobrev}=person:~dobrev has led the party since 2019.',
  },
  {
    date: '2022-03-01',
    text: '{Tomas Varga}=person:~tomas-varga, 54, said {he}=person:~tomas-varga had lost {his}=person:~tomas-varga home.',
  },
  {
    date: '2022-03-01',
    text: '"The vote is illegal," said {Ana Petrescu}=person:~ana-petrescu.',
  },
  {
    date: '2022-03-01',
    text: '{{Polish}=country:POL Defence Minister Piotr Zalewski}=person:~piotr-zalewski@POLGOV visited the border.',
  },
  {
    date: '2022-03-01',
    text: '{The {Russian}=country:RUS Defence Ministry}=org:~defence-ministry-of-russia@RUSGOV said the strikes hit military targets.',
  },
  {
    date: '2022-03-01',
    text: 'Shares of {Northwind Energy}=org:~northwind-energy@---BUS fell after {the {Turkish}=country:TUR Central Bank}=org:~central-bank-of-turkey@TURBUS raised rates.',
  },
  // Longer news-style passages, written after the rules above (not tuned to them).
  {
    date: '2022-09-30',
    text: '{{Russian}=country:RUS President Vladimir Putin}=person:vladimir-putin@RUSGOV signed the decrees on Friday. {The {Kremlin}=country:RUS leader}=person:vladimir-putin@RUSGOV told a crowd that {the West}=group:west wanted to destroy {Russia}=country:RUS. {His}=person:vladimir-putin {spokesman}=person:dmitry-peskov, {Dmitry Peskov}=person:dmitry-peskov@RUSGOV, said later that {Moscow}=country:RUS was open to talks.',
  },
  {
    date: '2023-02-21',
    text: '{{US}=country:USA President Joe Biden}=person:joe-biden@USAGOV made a surprise visit to {Kyiv}=country:UKR. {Biden}=person:joe-biden walked with {Zelensky}=person:volodymyr-zelensky@UKRGOV through the city centre, and {the two leaders}=person:joe-biden+person:volodymyr-zelensky laid flowers.',
  },
  {
    date: '2021-12-07',
    text: '{Biden}=person:joe-biden@USAGOV warned {Putin}=person:vladimir-putin@RUSGOV of severe consequences. {The White House}=country:USA said the call lasted two hours.',
  },
  {
    date: '2022-10-10',
    text: "{{Ukrainian}=country:UKR officials}=sector:UKRGOV@UKRGOV said missiles struck {Kyiv}=country:UKR at rush hour. {{Russia}=country:RUS's defence ministry}=org:~defence-ministry-of-russia@RUSGOV claimed {its}=org:~defence-ministry-of-russia forces had hit energy targets.",
  },
  {
    date: '2019-12-13',
    text: 'Voters handed {Prime Minister Boris Johnson}=person:boris-johnson@GBRGOV a large majority. {Johnson}=person:boris-johnson promised to take {Britain}=country:GBR out of {the EU}=org:eu by January.',
  },
  {
    date: '2022-02-24',
    text: '"This is a dark day for {Europe}=location:europe," {{NATO}=org:nato chief Jens Stoltenberg}=person:jens-stoltenberg@IGONAT told reporters in {Brussels}=org:eu.',
  },
  {
    date: '2022-03-16',
    text: '{Zelensky}=person:volodymyr-zelensky@UKRGOV addressed {the {US}=country:USA Congress}=org:~congress-of-united-states@USAGOV by video. {He}=person:volodymyr-zelensky asked {{American}=country:USA lawmakers}=sector:USALEG@USALEG for more weapons.',
  },
  {
    date: '2024-03-03',
    text: '{The {Chinese}=country:CHN foreign ministry}=org:~foreign-ministry-of-china@CHNGOV said {Beijing}=country:CHN opposed unilateral sanctions, adding that {it}=country:CHN would protect {its}=country:CHN companies.',
  },
  {
    date: '2022-07-07',
    text: '{Boris Johnson}=person:boris-johnson@GBRGOV resigned as leader of {the Conservative Party}=org:~conservative-party. {He}=person:boris-johnson will stay on as prime minister until the autumn.',
  },
  {
    date: '2007-02-10',
    text: 'In a speech in {Munich}=location:munich, {Putin}=person:vladimir-putin@RUSGOV accused {the United States}=country:USA of overstepping {its}=country:USA borders in every way.',
  },
  {
    date: '2022-05-18',
    text: '{Finland}=country:FIN and {Sweden}=country:SWE formally applied to join {NATO}=org:nato. {Turkey}=country:TUR objected, and {{its}=country:TUR president}=person:~president-of-turkey@TURGOV said {Ankara}=country:TUR would not say yes.',
  },
  {
    date: '2023-06-24',
    text: '{Yevgeny Prigozhin}=person:~yevgeny-prigozhin, {the head of {the Wagner Group}=org:~wagner-group}=person:~yevgeny-prigozhin, said {his}=person:~yevgeny-prigozhin fighters had taken the city. {Prigozhin}=person:~yevgeny-prigozhin later turned back.',
  },
  // A third batch, written blind before running the stage on it.
  {
    date: '2015-04-04',
    text: '{Vice President Biden}=person:joe-biden@USAGOV met {{Iraqi}=country:IRQ officials}=sector:IRQGOV@IRQGOV. {The former {British}=country:GBR prime minister Tony Blair}=person:tony-blair@GBR also attended.',
  },
  {
    date: '2022-03-20',
    text: '{The {Ukrainian}=country:UKR leader}=person:volodymyr-zelensky@UKRGOV said {he}=person:volodymyr-zelensky was ready to talk to {the {Russian}=country:RUS president}=person:vladimir-putin@RUSGOV.',
  },
  {
    date: '2022-03-20',
    text: '{{Kremlin}=country:RUS spokesman Dmitry Peskov}=person:dmitry-peskov@RUSGOV said {Mr Zelensky}=person:volodymyr-zelensky@UKRGOV should accept the terms.',
  },
  {
    date: '2023-04-12',
    text: '{Beijing}=country:CHN and {Moscow}=country:RUS signed a new pact. {They}=country:CHN+country:RUS pledged to deepen ties.',
  },
  {
    date: '2016-11-10',
    text: '{Mrs Whitcombe}=person:~whitcombe said the result surprised {her}=person:~whitcombe. {She}=person:~whitcombe had voted early.',
  },
  {
    date: '2022-02-15',
    text: '{{German}=country:DEU Chancellor Olaf Scholz}=person:olaf-scholz@DEUGOV flew to {Moscow}=country:RUS a day after visiting {Kyiv}=country:UKR, where {he}=person:olaf-scholz met {{Ukrainian}=country:UKR President Volodymyr Zelenskyy}=person:volodymyr-zelensky@UKRGOV.',
  },
  {
    date: '2022-02-15',
    text: 'Speaking to {the BBC}=media:bbc@GBRMED, {Kuleba}=person:dmytro-kuleba@UKRGOV said {Ukraine}=country:UKR would never give up {its}=country:UKR claim.',
  },
  {
    date: '2020-03-03',
    text: 'A spokeswoman for {the {Polish}=country:POL Foreign Ministry}=org:~foreign-ministry-of-poland@POLGOV said {Warsaw}=country:POL was watching closely.',
  },
  // A fourth batch: minorities, officials placed by their sentence, appositions, acronyms.
  {
    date: '2019-04-02',
    text: '{Ethnic Hungarians}=group:~hungarian-minority-in-ukraine@UKR in {Ukraine}=country:UKR asked {Kyiv}=country:UKR for schools. {They}=group:~hungarian-minority-in-ukraine want lessons in {their}=group:~hungarian-minority-in-ukraine own language.',
  },
  {
    date: '2019-04-02',
    text: '{Ethnic Russian soldiers}=group:~russian-minority-in-georgia-military@GEOMIL deserted, officials in {Georgia}=country:GEO said.',
  },
  {
    date: '2019-04-02',
    text: 'A {{Polish}=country:POL court}=sector:POLJUD@POLJUD summoned {former president Marek Wolny}=person:~marek-wolny@POLGOV over arms sales to {Georgia}=country:GEO and {Belarus}=country:BLR.',
  },
  {
    date: '2019-04-02',
    text: "{Irena Sowa}=person:~irena-sowa@POLCVL, {Poland}=country:POL's best-known housing activist, went on hunger strike.",
  },
  {
    date: '2019-04-02',
    text: '{The Baltic Grain Association}=org:~baltic-grain-association@NGO ({BGA}=org:~baltic-grain-association) said exports fell. {The BGA}=org:~baltic-grain-association expects a better harvest.',
  },
  {
    date: '2019-04-02',
    text: "{Israel}=country:ISR approved new homes in East Jerusalem, and the deputy head of {Iran}=country:IRN's proxy force was killed.",
  },
  {
    date: '2001-01-01',
    text: 'The cabinet of {President Grant Holloway}=person:~grant-holloway@SWEGOV imposed a curfew in {Sweden}=country:SWE.',
  },
  {
    date: '2001-01-01',
    text: '{{British}=country:GBR and {{French}=country:FRA troops}=sector:FRAMIL@FRAMIL}=sector:GBRMIL@GBRMIL crossed the river near {Basra}=location:basra.',
  },
  // Sentences with no actor: nothing must be found.
  {
    date: '2022-03-01',
    text: 'A president should listen to the voters, and a good minister reads the papers.',
  },
  {
    date: '2022-03-01',
    text: 'The general election was held in June after a long campaign in Eastern Europe.',
  },
  { date: '2022-03-01', text: 'They said the weather would turn, and he agreed with her.' },
];
