/** Texts of the public reporting pages, in Dutch and English. Plain language (B1): short sentences, "u". */

export type Lang = 'nl' | 'en';

export interface Paths {
  /** Category list: the start. */
  list: string;
  /** The form of one category (GET with the category parameter; POST to send). */
  form: string;
  /** Follow-up: enter the code (GET), status and additions (POST only). */
  followUp: string;
  /** Query parameter that names the category on `form`. */
  categoryParam: string;
}

export const paths: Record<Lang, Paths> = {
  nl: { list: '/melden', form: '/melden/formulier', followUp: '/melden/volgen', categoryParam: 'categorie' },
  en: { list: '/en/report', form: '/en/report/form', followUp: '/en/report/follow-up', categoryParam: 'category' },
};

export interface PublicText {
  lang: Lang;
  otherLanguage: { label: string; lang: Lang };
  optional: string;
  errorSummaryHeading: string;
  errorPrefix: string;
  errorTitle: string;
  yes: string;
  no: string;
  emergency: {
    heading: string;
    /** Before and after the link to 112. */
    now: [string, string];
    anonymous: [string, string];
    police: [string, string];
    municipality: [string, string];
  };
  list: {
    title: string;
    intro: string;
    anonymousHeading: string;
    anonymous: string[];
    legend: string;
    hint: string;
    indicators: (category: string) => string;
    next: string;
    chooseCategory: string;
    followUpHeading: string;
    followUpText: string;
    followUpLink: string;
  };
  form: {
    title: (category: string) => string;
    otherCategory: string;
    lead: string;
    lookFor: string;
    what: string;
    description: { label: string; hint: string };
    when: { legend: string; hint: string; date: { label: string; hint: string }; time: { label: string; hint: string } };
    where: {
      legend: string;
      hint: string;
      postcode: { label: string; hint: string };
      houseNumber: { label: string; hint: string };
      houseLetter: { label: string; hint: string };
      addition: { label: string; hint: string };
      text: { label: string; hint: string };
    };
    map: { label: string; help: string; centre: string; clear: string; chosen: string; none: string; places: string };
    contact: { legend: string; hint: string; name: string; email: string; phone: string };
    photos: { label: string; hint: string; again: string };
    honeypot: string;
    submit: string;
    tooManyPhotos: string;
    incomplete: string;
  };
  receipt: {
    title: string;
    lead: (number: string) => string;
    codeHeading: string;
    codeLabel: string;
    codeAdvice: string;
    codeUse: [string, string, string];
    nextHeading: string;
    next: string[];
    another: string;
  };
  already: { title: string; text: string[] };
  neutral: { title: string; text: string };
  followUp: {
    title: string;
    intro: string;
    code: { label: string; hint: string };
    submit: string;
    missing: string;
    unknown: string;
    statusTitle: (number: string) => string;
    statusLabel: string;
    statuses: Record<'received' | 'in_progress' | 'done', { name: string; text: string }>;
    receivedOn: string;
    additions: string;
    additionsCount: (n: number) => string;
    addHeading: string;
    add: { label: string; hint: string };
    photos: { label: string; hint: string; again: string };
    addSubmit: string;
    added: string;
    addMissing: string;
    addTooLong: string;
    addLimit: string;
    addClosed: string;
    closeWindow: string;
  };
  tooMany: { title: string; followUp: (minutes: number) => string; report: (minutes: number) => string; additions: (minutes: number) => string; help: string };
}

const minutesNl = (m: number) => (m === 1 ? '1 minuut' : `${m} minuten`);
const minutesEn = (m: number) => (m === 1 ? '1 minute' : `${m} minutes`);

export const nl: PublicText = {
  lang: 'nl',
  otherLanguage: { label: 'English', lang: 'en' },
  optional: ' (niet verplicht)',
  errorSummaryHeading: 'Er is een probleem',
  errorPrefix: 'Fout: ',
  errorTitle: 'Fout: ',
  yes: 'Ja',
  no: 'Nee',
  emergency: {
    heading: 'Is er nu gevaar?',
    now: ['Bel dan meteen ', '.'],
    anonymous: ['Liever helemaal anoniem, via de politie? Bel Meld Misdaad Anoniem: ', ' (gratis).'],
    police: ['Geen spoed, maar wel iets voor de politie? Bel ', '.'],
    municipality: ['Vragen aan de gemeente? Bel ', ', maandag tot en met vrijdag van 8.30 tot 17.30 uur.'],
  },
  list: {
    title: 'Melding doen',
    intro:
      'Ziet of hoort u iets dat met drugscriminaliteit te maken kan hebben? Meld het bij de gemeente. U hoeft uw naam niet te geven. Wij bekijken elke melding.',
    anonymousHeading: 'Anoniem melden',
    anonymous: [
      'U kunt melden zonder uw naam te geven. We bewaren bij uw melding geen IP-adres en geen gegevens over uw apparaat of browser.',
      'Stuurt u foto’s mee? Dan halen we de verborgen gegevens eruit, zoals de plek waar de foto is gemaakt en het merk van uw telefoon.',
      'Na het versturen krijgt u een volgcode. Daarmee kunt u later informatie toevoegen en zien hoe het met uw melding staat.',
    ],
    legend: 'Waar gaat uw melding over?',
    hint: 'Kies wat het best past. Twijfelt u? Kies dan "Anders".',
    indicators: (category) => `Waar kunt u op letten bij "${category}"?`,
    next: 'Verder',
    chooseCategory: 'Kies waar uw melding over gaat.',
    followUpHeading: 'Al een melding gedaan?',
    followUpText: 'Met uw volgcode kunt u informatie toevoegen en zien hoe het met uw melding staat.',
    followUpLink: 'Melding volgen',
  },
  form: {
    title: (category) => `Melding: ${category}`,
    otherCategory: 'Iets anders kiezen',
    lead: 'Vul in wat u weet. Alleen een beschrijving en de plek zijn nodig.',
    lookFor: 'Waar kunt u op letten?',
    what: 'Wat heeft u gezien?',
    description: { label: 'Beschrijving', hint: 'Beschrijf wat u zag, hoorde of rook, zo precies mogelijk. Minstens 10 tekens.' },
    when: {
      legend: 'Wanneer was het?',
      hint: 'Niet verplicht. Weet u het niet precies? Laat het dan leeg en schrijf het in de beschrijving.',
      date: { label: 'Datum', hint: 'Bijvoorbeeld 14-03-2026.' },
      time: { label: 'Tijd', hint: 'Bijvoorbeeld 21:30.' },
    },
    where: {
      legend: 'Waar was het?',
      hint: 'Geef een adres, kies een punt op de kaart of beschrijf de plek. Eén daarvan is genoeg.',
      postcode: { label: 'Postcode', hint: 'Bijvoorbeeld 3511 AB.' },
      houseNumber: { label: 'Huisnummer', hint: 'Alleen cijfers.' },
      houseLetter: { label: 'Huisletter', hint: 'Bijvoorbeeld A.' },
      addition: { label: 'Toevoeging', hint: 'Bijvoorbeeld bis of 2.' },
      text: { label: 'Omschrijving van de plek', hint: 'Bijvoorbeeld: de loods achter het tankstation aan de Kanaalweg.' },
    },
    map: {
      label: 'Kaart om een punt te kiezen',
      help: 'Klik op de kaart om de plek te kiezen. Met het toetsenbord: schuif de kaart met de pijltjestoetsen, zoom met + en −, en kies het midden met Enter of met de knop.',
      centre: 'Kies het midden van de kaart',
      clear: 'Punt wissen',
      chosen: 'Gekozen punt: {lat}, {lon}.',
      none: 'Nog geen punt gekozen.',
      places: 'Wijken van Utrecht',
    },
    contact: {
      legend: 'Uw gegevens',
      hint: 'Niet verplicht: u mag anoniem melden. Geeft u uw naam, e-mailadres of telefoonnummer, dan kunnen we u bellen of mailen als we vragen hebben. Alleen de medewerkers die uw melding behandelen kunnen ze zien.',
      name: 'Naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
    },
    photos: {
      label: 'Foto’s',
      hint: 'Hoogstens 3 foto’s van elk hoogstens 10 MB: JPEG, PNG of WebP. We halen de verborgen gegevens eruit, zoals de plek en het toestel.',
      again: 'Kies uw foto’s opnieuw als u ze wilt meesturen: na een fout stuurt de browser ze niet nog eens mee.',
    },
    honeypot: 'Laat dit veld leeg',
    submit: 'Melding versturen',
    tooManyPhotos: 'Kies hoogstens 3 foto’s.',
    incomplete: 'Het formulier is niet volledig aangekomen. Controleer wat u invulde en verstuur het opnieuw.',
  },
  receipt: {
    title: 'Melding ontvangen',
    lead: (number) => `Bedankt. We hebben uw melding ontvangen onder nummer ${number}.`,
    codeHeading: 'Uw volgcode',
    codeLabel: 'Volgcode',
    codeAdvice:
      'Schrijf deze code op of bewaar hem op een veilige plek. We laten hem maar één keer zien en kunnen hem niet opnieuw opvragen: we bewaren de code zelf niet.',
    codeUse: ['Met de code kunt u later informatie toevoegen en zien hoe het met uw melding staat, op de pagina ', 'Melding volgen', '.'],
    nextHeading: 'Wat gebeurt er nu?',
    next: [
      'Een medewerker van de gemeente bekijkt uw melding.',
      'U hoort niet altijd wat we met uw melding doen. Soms mogen we dat niet vertellen, bijvoorbeeld om een onderzoek niet te verstoren.',
      'Gaf u uw gegevens? Dan nemen we contact met u op als we vragen hebben.',
    ],
    another: 'Nog een melding doen',
  },
  already: {
    title: 'Melding al ontvangen',
    text: [
      'Deze melding is al verstuurd en we hebben hem ontvangen. U kreeg toen een volgcode op het scherm.',
      'Heeft u de code niet opgeschreven? Dan kunt u deze melding niet meer aanvullen. Wilt u iets toevoegen? Doe dan een nieuwe melding.',
    ],
  },
  neutral: { title: 'Bericht verstuurd', text: 'Bedankt. Uw bericht is verstuurd.' },
  followUp: {
    title: 'Melding volgen',
    intro: 'Vul de volgcode in die u kreeg na het versturen van uw melding. U ziet dan hoe het met uw melding staat, en u kunt informatie toevoegen.',
    code: { label: 'Volgcode', hint: 'De code heeft 20 letters en cijfers, in vijf groepjes van vier.' },
    submit: 'Bekijken',
    missing: 'Vul uw volgcode in.',
    unknown: 'Bij deze code vinden we geen melding. Controleer of u de code goed heeft overgenomen.',
    statusTitle: (number) => `Melding ${number}`,
    statusLabel: 'Status',
    statuses: {
      received: { name: 'Ontvangen', text: 'We hebben uw melding ontvangen. Een medewerker gaat ermee aan de slag.' },
      in_progress: { name: 'In behandeling', text: 'Een medewerker is met uw melding bezig.' },
      done: {
        name: 'Afgehandeld',
        text: 'We hebben uw melding afgehandeld. Wat we ermee hebben gedaan, kunnen we niet altijd vertellen.',
      },
    },
    receivedOn: 'Ontvangen op',
    additions: 'Door u aangevuld',
    additionsCount: (n) => (n === 0 ? 'nog niet' : n === 1 ? '1 keer' : `${n} keer`),
    addHeading: 'Informatie toevoegen',
    add: { label: 'Wat wilt u toevoegen?', hint: 'Bijvoorbeeld iets wat u later zag. Minstens 10 tekens, of alleen foto’s.' },
    photos: {
      label: 'Foto’s',
      hint: 'Hoogstens 3 foto’s van elk hoogstens 10 MB: JPEG, PNG of WebP. We halen de verborgen gegevens eruit.',
      again: 'Kies uw foto’s opnieuw als u ze wilt meesturen: na een fout stuurt de browser ze niet nog eens mee.',
    },
    addSubmit: 'Toevoegen',
    added: 'Uw informatie is toegevoegd. Bedankt.',
    addMissing: 'Schrijf wat u wilt toevoegen (minstens 10 tekens), of kies een foto.',
    addTooLong: 'Uw tekst is te lang: hoogstens 5000 tekens.',
    addLimit: 'U heeft deze melding al vaak aangevuld. Wilt u nog iets doorgeven? Doe dan een nieuwe melding of bel 14 030.',
    addClosed: 'Deze melding is afgehandeld en kan niet meer worden aangevuld. Heeft u nieuwe informatie? Doe dan een nieuwe melding.',
    closeWindow: 'Klaar? Sluit dan dit venster, zeker op een computer die u met anderen deelt.',
  },
  tooMany: {
    title: 'Te veel pogingen',
    followUp: (m) => `U heeft te vaak een code ingevuld die we niet kennen. Probeer het over ${minutesNl(m)} opnieuw.`,
    report: (m) => `Er zijn vanaf uw internetverbinding te veel meldingen verstuurd. Probeer het over ${minutesNl(m)} opnieuw.`,
    additions: (m) => `Er is vanaf uw internetverbinding te vaak informatie toegevoegd. Probeer het over ${minutesNl(m)} opnieuw.`,
    help: 'Lukt het niet? Bel de gemeente op 14 030.',
  },
};

export const en: PublicText = {
  lang: 'en',
  otherLanguage: { label: 'Nederlands', lang: 'nl' },
  optional: ' (optional)',
  errorSummaryHeading: 'There is a problem',
  errorPrefix: 'Error: ',
  errorTitle: 'Error: ',
  yes: 'Yes',
  no: 'No',
  emergency: {
    heading: 'Is there danger now?',
    now: ['Call ', ' at once.'],
    anonymous: ['Would you rather stay completely anonymous, through the police? Call Meld Misdaad Anoniem (Crime Stoppers): ', ' (free).'],
    police: ['Not urgent, but something for the police? Call ', '.'],
    municipality: ['Questions for the municipality? Call ', ', Monday to Friday from 8.30 to 17.30.'],
  },
  list: {
    title: 'Report something',
    intro:
      'Do you see or hear something that may have to do with drug crime? Report it to the municipality. You do not have to give your name. We look at every report.',
    anonymousHeading: 'Reporting anonymously',
    anonymous: [
      'You can report without giving your name. With your report we keep no IP address and no details of your device or browser.',
      'Do you send photos? We take out the hidden data, such as the place where the photo was taken and the make of your phone.',
      'After sending you get a follow-up code. With it you can add information later and see how your report is doing.',
    ],
    legend: 'What is your report about?',
    hint: 'Choose what fits best. Not sure? Choose "Something else".',
    indicators: (category) => `What to look for with "${category}"?`,
    next: 'Continue',
    chooseCategory: 'Please choose what your report is about.',
    followUpHeading: 'Already made a report?',
    followUpText: 'With your follow-up code you can add information and see how your report is doing.',
    followUpLink: 'Follow up a report',
  },
  form: {
    title: (category) => `Report: ${category}`,
    otherCategory: 'Choose something else',
    lead: 'Fill in what you know. Only a description and the place are needed.',
    lookFor: 'What to look for?',
    what: 'What did you see?',
    description: { label: 'Description', hint: 'Describe what you saw, heard or smelled, as precisely as you can. At least 10 characters.' },
    when: {
      legend: 'When was it?',
      hint: 'Optional. Not sure? Leave it empty and write it in the description.',
      date: { label: 'Date', hint: 'For example 14-03-2026.' },
      time: { label: 'Time', hint: 'For example 21:30.' },
    },
    where: {
      legend: 'Where was it?',
      hint: 'Enter an address, choose a point on the map or describe the place. One of these is enough.',
      postcode: { label: 'Postcode', hint: 'For example 3511 AB.' },
      houseNumber: { label: 'House number', hint: 'Digits only.' },
      houseLetter: { label: 'House letter', hint: 'For example A.' },
      addition: { label: 'Addition', hint: 'For example bis or 2.' },
      text: { label: 'Description of the place', hint: 'For example: the shed behind the petrol station on the Kanaalweg.' },
    },
    map: {
      label: 'Map to choose a point',
      help: 'Click on the map to choose the place. With the keyboard: move the map with the arrow keys, zoom with + and −, and choose the centre with Enter or with the button.',
      centre: 'Choose the centre of the map',
      clear: 'Remove the point',
      chosen: 'Chosen point: {lat}, {lon}.',
      none: 'No point chosen yet.',
      places: 'Districts of Utrecht',
    },
    contact: {
      legend: 'Your details',
      hint: 'Optional: you may report anonymously. If you give your name, email address or phone number, we can call or email you if we have questions. Only the staff who handle your report can see them.',
      name: 'Name',
      email: 'Email address',
      phone: 'Phone number',
    },
    photos: {
      label: 'Photos',
      hint: 'At most 3 photos of at most 10 MB each: JPEG, PNG or WebP. We take out the hidden data, such as the place and the device.',
      again: 'Please choose your photos again if you want to send them: after an error the browser does not send them again.',
    },
    honeypot: 'Leave this field empty',
    submit: 'Send report',
    tooManyPhotos: 'Please choose at most 3 photos.',
    incomplete: 'The form did not arrive completely. Please check what you filled in and send it again.',
  },
  receipt: {
    title: 'Report received',
    lead: (number) => `Thank you. We have received your report with number ${number}.`,
    codeHeading: 'Your follow-up code',
    codeLabel: 'Follow-up code',
    codeAdvice: 'Write this code down or keep it in a safe place. We show it only once and cannot look it up again: we do not keep the code ourselves.',
    codeUse: ['With the code you can add information later and see how your report is doing, on the page ', 'Follow up a report', '.'],
    nextHeading: 'What happens now?',
    next: [
      'A member of the municipality’s staff looks at your report.',
      'You will not always hear what we do with your report. Sometimes we may not tell, for example so as not to disturb an investigation.',
      'Did you give your details? Then we contact you if we have questions.',
    ],
    another: 'Make another report',
  },
  already: {
    title: 'Report already received',
    text: [
      'This report was already sent and we have received it. You were shown a follow-up code then.',
      'Did you not write the code down? Then you can no longer add to this report. Do you want to add something? Please make a new report.',
    ],
  },
  neutral: { title: 'Message sent', text: 'Thank you. Your message has been sent.' },
  followUp: {
    title: 'Follow up a report',
    intro: 'Enter the follow-up code you got after sending your report. You will see how your report is doing, and you can add information.',
    code: { label: 'Follow-up code', hint: 'The code has 20 letters and digits, in five groups of four.' },
    submit: 'View',
    missing: 'Please enter your follow-up code.',
    unknown: 'We find no report with this code. Please check that you copied the code correctly.',
    statusTitle: (number) => `Report ${number}`,
    statusLabel: 'Status',
    statuses: {
      received: { name: 'Received', text: 'We have received your report. A member of staff will work on it.' },
      in_progress: { name: 'In progress', text: 'A member of staff is working on your report.' },
      done: { name: 'Completed', text: 'We have completed your report. We cannot always tell what we did with it.' },
    },
    receivedOn: 'Received on',
    additions: 'Added by you',
    additionsCount: (n) => (n === 0 ? 'not yet' : n === 1 ? 'once' : `${n} times`),
    addHeading: 'Add information',
    add: { label: 'What do you want to add?', hint: 'For example something you saw later. At least 10 characters, or only photos.' },
    photos: {
      label: 'Photos',
      hint: 'At most 3 photos of at most 10 MB each: JPEG, PNG or WebP. We take out the hidden data.',
      again: 'Please choose your photos again if you want to send them: after an error the browser does not send them again.',
    },
    addSubmit: 'Add',
    added: 'Your information has been added. Thank you.',
    addMissing: 'Please write what you want to add (at least 10 characters), or choose a photo.',
    addTooLong: 'Your text is too long: at most 5000 characters.',
    addLimit: 'You have already added to this report many times. Want to tell us more? Please make a new report or call 14 030.',
    addClosed: 'This report has been completed and can no longer be added to. Do you have new information? Please make a new report.',
    closeWindow: 'Done? Then close this window, especially on a computer you share with others.',
  },
  tooMany: {
    title: 'Too many attempts',
    followUp: (m) => `You have entered an unknown code too many times. Please try again in ${minutesEn(m)}.`,
    report: (m) => `Too many reports were sent from your internet connection. Please try again in ${minutesEn(m)}.`,
    additions: (m) => `Information was added too often from your internet connection. Please try again in ${minutesEn(m)}.`,
    help: 'Not working? Call the municipality on 14 030.',
  },
};

export const texts: Record<Lang, PublicText> = { nl, en };
