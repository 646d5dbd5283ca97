/** The public information page "Aanpak drugscriminaliteit", in Dutch (original wording) and English. */
export interface PageContent {
  lang: 'nl' | 'en';
  title: string;
  skip: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
  approachHeading: string;
  approach: string[];
  /** Link to the report form (Melden). */
  report: { heading: string; text: string; link: string; href: string };
  /** Link to the deadline calculator (Termijn berekenen). */
  deadline: { heading: string; text: string; link: string; href: string };
  contactHeading: string;
  phoneLabel: string;
  phoneHours: string;
  emailLabel: string;
  emergency: string;
  otherLanguage: { href: string; label: string; lang: 'nl' | 'en' };
  staffLink: string;
  footer: string;
}

export const nl: PageContent = {
  lang: 'nl',
  title: 'Over aanpak drugscriminaliteit',
  skip: 'Naar hoofdinhoud',
  intro:
    'Gemeente Utrecht maakt zich zorgen over die ontwrichtende effecten in de stad. Daarom zetten we ons met veel partners in om drugscriminaliteit te dwarsbomen. Voor onze jongeren willen we namelijk een positieve toekomst zonder geweld en drugscriminaliteit. Onze bewoners moeten in veilige en leefbare wijken kunnen wonen. Voor ondernemers willen we zorgen voor een goed vestigingsklimaat.',
  sections: [
    {
      heading: 'Effect van drugscriminaliteit in stad',
      paragraphs: [
        'Drugscriminaliteit heeft een negatieve invloed op wijken en buurten. Zo kunnen drugslabs middenin woonwijken zitten. In labs zijn vaak gevaarlijke stoffen aanwezig die explosies en brand kunnen veroorzaken. Dat is ook gevaarlijk voor omliggende woningen. Als er drugscriminelen in een buurt aanwezig zijn, is er meer kans op geweld en overlast op straat. Dit kan een onveilig gevoel geven in de buurt. We pakken samen met vele partners drugscriminaliteit aan.',
      ],
    },
    {
      heading: 'Doorbreken van criminele carrières',
      paragraphs: [
        'Er zijn in Utrecht veel criminele samenwerkingsverbanden actief die handelen in (hard)drugs. Utrechtse jongeren worden steeds vaker in deze criminele wereld gezogen en groeien daarin door. Het is erg lastig om weer uit die wereld te stappen. Veelal jonge en kwetsbare mensen worden geronseld. We richten onze aanpak op jonge aanwas, doorgroeiers en criminele families. Zo zetten we in op preventie in bijvoorbeeld scholen en via jeugdwerk.',
        'Er is volop aandacht voor jongeren die al crimineel gedrag vertonen. We moeten hen op tijd ‘terugronselen’ voor het te laat is en zij stappen op de criminele carrièreladder zetten. Dit doen we door de jongeren te helpen met een intensieve, persoonsgerichte aanpak. Samen met zorg- en veiligheidspartners begeleiden we jongeren om uit de drugscriminaliteit te stappen. Door hun motivatie te stimuleren en de weerbaarheid te vergroten, wordt gewerkt aan een passende dagbesteding in de vorm van scholing, sport en werk. Dat kost tijd, maar we laten niet los. We staan klaar om op de juiste momenten de juiste begeleiding te blijven bieden.',
      ],
    },
    {
      heading: 'Doorbreken criminele geldstromen',
      paragraphs: [
        'Drugscriminelen mengen zich steeds vaker in de bovenwereld. Ondernemers uit bepaalde branches zijn kwetsbaar voor onderdrukking of uitbuiting. Bedrijven worden gebruikt als dekmantel om geld wit te wassen. Daarom houden we controles en treden we op tegen criminelen die bedrijven en woningen misbruiken voor hun illegale drugsactiviteiten. We trekken waar nodig vergunningen in, sluiten panden, leggen boetes op en treden op tegen misstanden. We helpen ondernemers en bewoners hun weerbaarheid te vergroten via goede voorlichting. We willen inzicht krijgen in criminele verdienmodellen en kijken met speciale aandacht naar kwetsbare gebieden in de stad.',
      ],
    },
  ],
  approachHeading: 'De Utrechtse aanpak bestaat op hoofdlijnen uit:',
  approach: ['Verstevigde aanpak drugscriminaliteit', 'Doorbreken van criminele carrières', 'Doorbreken criminele geldstromen'],
  report: {
    heading: 'Iets gezien? Meld het',
    text: 'Ruikt u hennep, hoort u constant gezoem, ziet u jongeren die worden geronseld of wordt u als ondernemer onder druk gezet? Meld het bij de gemeente. Dat kan anoniem. Met de code die u na het melden krijgt, kunt u later iets aanvullen en zien of de melding in behandeling is.',
    link: 'Melding doen',
    href: '/melden',
  },
  deadline: {
    heading: 'Bezwaar maken of een zienswijze geven',
    text: 'Heeft u een besluit van de gemeente gekregen, bijvoorbeeld over het sluiten van een pand? In de brief staat hoe en binnen welke termijn u bezwaar kunt maken. Met de rekenhulp ziet u tot welke dag dat kan.',
    link: 'Termijn berekenen',
    href: '/termijn-berekenen',
  },
  contactHeading: 'Hulp en contact Aanpak drugscriminaliteit',
  phoneLabel: 'Telefoon',
  phoneHours: 'Maandag t/m vrijdag 8.30 – 17.30 uur',
  emailLabel: 'E-mail',
  emergency: 'Is er nu gevaar? Bel 112. Wilt u anoniem iets melden? Bel Meld Misdaad Anoniem: 0800-7000. Geen spoed? Bel de politie: 0900-8844.',
  otherLanguage: { href: '/en', label: 'English', lang: 'en' },
  staffLink: 'Inloggen voor medewerkers en partners',
  footer: 'Gemeente Utrecht · Grenzen stellen, perspectief bieden',
};

export const en: PageContent = {
  lang: 'en',
  title: 'About the approach to drug crime',
  skip: 'Skip to main content',
  intro:
    'The City of Utrecht is concerned about the disruptive effects of drug crime in the city. That is why we work with many partners to thwart drug crime. We want a positive future for our young people, free of violence and drug crime. Our residents must be able to live in safe and liveable neighbourhoods. For entrepreneurs we want a good business climate.',
  sections: [
    {
      heading: 'The effect of drug crime in the city',
      paragraphs: [
        'Drug crime harms districts and neighbourhoods. Drug labs can be located in the middle of residential areas. Labs often contain hazardous substances that can cause explosions and fire, which also endangers the homes around them. Where drug criminals are present in a neighbourhood, violence and nuisance on the street become more likely. This can make a neighbourhood feel unsafe. Together with many partners we tackle drug crime.',
      ],
    },
    {
      heading: 'Breaking criminal careers',
      paragraphs: [
        'Many criminal networks trading in (hard) drugs are active in Utrecht. Young people from Utrecht are increasingly drawn into this criminal world and grow into it. Getting out again is very hard. Often young and vulnerable people are recruited. Our approach focuses on young newcomers, those moving up, and criminal families. We invest in prevention, for example in schools and through youth work.',
        'There is full attention for young people who already show criminal behaviour. We must win them back in time, before it is too late and they climb the criminal career ladder. We do this with an intensive, person-centred approach. Together with care and safety partners we support young people in leaving drug crime. By encouraging their motivation and strengthening their resilience, we work towards a suitable daytime activity: school, sport and work. That takes time, but we do not let go. We stand ready to keep offering the right support at the right moments.',
      ],
    },
    {
      heading: 'Breaking criminal money flows',
      paragraphs: [
        'Drug criminals increasingly mix with the legal world. Entrepreneurs in certain sectors are vulnerable to pressure or exploitation. Businesses are used as fronts to launder money. That is why we carry out inspections and act against criminals who misuse businesses and homes for illegal drug activities. Where necessary we revoke permits, close premises, impose fines and act against abuses. We help entrepreneurs and residents become more resilient through good information. We want insight into criminal earnings models and pay special attention to vulnerable areas of the city.',
      ],
    },
  ],
  approachHeading: 'In outline, the Utrecht approach consists of:',
  approach: ['A reinforced approach to drug crime', 'Breaking criminal careers', 'Breaking criminal money flows'],
  report: {
    heading: 'Seen something? Report it',
    text: 'Do you smell cannabis, hear constant humming, see young people being recruited, or are you as an entrepreneur being pressured? Report it to the municipality. You can stay anonymous. With the code you get after reporting, you can add information later and see whether the report is being handled.',
    link: 'Make a report',
    href: '/en/report',
  },
  deadline: {
    heading: 'Objecting or giving your view',
    text: 'Have you received a decision from the municipality, for example about closing premises? The letter says how and within what term you can object (bezwaar). The calculator shows the last day on which you can do so.',
    link: 'Calculate a deadline',
    href: '/en/deadline-calculator',
  },
  contactHeading: 'Help and contact: approach to drug crime',
  phoneLabel: 'Telephone',
  phoneHours: 'Monday to Friday 8.30 am – 5.30 pm',
  emailLabel: 'Email',
  emergency:
    'Danger right now? Call 112. Want to report something anonymously? Call Meld Misdaad Anoniem: 0800-7000. No emergency? Call the police: 0900-8844.',
  otherLanguage: { href: '/', label: 'Nederlands', lang: 'nl' },
  staffLink: 'Sign in for staff and partners',
  footer: 'City of Utrecht · Setting limits, offering perspective',
};
