/**
 * Facts analysis finds in a sentence that rules can count as evidence: an e-mail address, a phone
 * number, a postal address, a link, a handle on a chat or social service, the name of the
 * organisation that runs the service, the policy's own date.
 */
export type SignalName = 'policy-date' | 'email' | 'postal-address' | 'phone' | 'url' | 'handle' | 'organisation-name' | 'list';

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{2,4}[\s.-])\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?\b|\b1-8\d\d-\d{3}-\d{4}\b|\+\d{1,3}[\s.-]?\d{9,11}\b/g;
// "2018-07-31", "31.07.2018": a date has a phone number's shape.
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
export const URL = /\bhttps?:\/\/\S+|\bwww\.[\w-]+\.\w+/i;
// "contact: @acme_support": a Discord, Telegram or social handle is how some projects are reached.
// Not the "@" of an e-mail address (a word before it) or a mention inside a path (a "/" before it).
const HANDLE = /(?<![\w.@/])@[A-Za-z][\w.-]{1,38}\w(?![\w@]|\.\w)/;
// Street lines: a house number before the street ("12 High Street"), or a street word before the
// name ("rue de Rivoli"). Split so that the first, costly form runs only on text with a digit.
const NUMBERED_STREET = /\b\d{1,5}[a-z]?,?\s+(?:[\p{Lu}\d][\p{L}.'-]*\s+){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Plaza|Row|Wharf)\b/iu;
const NAMED_STREET = /\b(?:rue|avenue|boulevard|via|calle|straße|strasse|platz|weg)\s+[\p{L}]/iu;
// Case-blind Unicode matching is slow in V8; this plain /i test, several times faster, passes every
// text NAMED_STREET can match (it spells out the two characters only /u folds: ẞ to ß, ſ to s).
const NAMED_STREET_GUARD = /(?:rue|avenue|boulevard|via|calle|stra(?:[ßẞ]|[sſ][sſ])e|platz|weg)\s/i;
const DIGIT = /\d/;
const POSTAL = /\b(?:P\.?\s?O\.?\s+Box\s+\d+|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?|\d{5}\s+[\p{Lu}][\p{L}-]+)\b/u;
const LEGAL_FORM = '(?:Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|GmbH|AG|S\\.A\\.S\\.?|SAS|S\\.A\\.|SA|SARL|S\\.à r\\.l\\.|B\\.V\\.|BV|N\\.V\\.|PLC|plc|Corp\\.?|Corporation|Pty\\.? Ltd\\.?|S\\.r\\.l\\.|S\\.p\\.A\\.|LLP|LP|AB|Oy|ApS|AS|KG|UG|Co\\.)';
const NAME = "[\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d&.'’-]*|of|and|de|du|la))*";
// Name ("we", "us") / Name (the "Company") / "Name" or "we" / Name – "us", "we" – operates …
const WE_DEFINITION = new RegExp(`(${NAME})(?:,?\\s+${LEGAL_FORM})?\\s*(?:\\(|[–—]|--?)\\s*(?:together\\s+with\\s+[^)]{0,40})?(?:collectively\\s+)?(?:the\\s+)?["“'‘]+(?:[Ww]e|[Uu]s|[Oo]ur|[Cc]ompany|[Tt]he [Cc]ompany|[Cc]ontroller|[Ss]ervice [Pp]rovider)\\b`, 'u');
const OPERATED_BY = new RegExp(`\\b(?:operated|owned|provided|run|controlled|published|managed)\\s+by\\s+(${NAME})|(${NAME})\\s+(?:operates|owns|runs|provides|is\\s+(?:the\\s+)?(?:data\\s+)?controller|is\\s+responsible\\s+for)\\b|\\b(?:we\\s+are|this\\s+is)\\s+(${NAME})|\\bcontroller\\s+(?:of|for)\\s+(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:website|site|app|application|service|services|blog|extension|bot|platform|processing)\\s+is\\s+(${NAME})`, 'u');
// "a Discord bot developed by andrewpm": a maintainer's handle is a name, lower case or not; the
// words that only say who in general ("developed by our team", "by volunteers") are not.
const DEVELOPED_BY = new RegExp(`\\b(?:developed|created|made|built|maintained|written)\\s+by\\s+(${NAME}|@?[\\p{L}\\d][\\p{L}\\d_.-]{2,})`, 'u');
const DEVELOPED_BY_GUARD = /\b(?:developed|created|made|built|maintained|written)\s+by\s/;
const NOT_A_HANDLE = /^(?:our|your|my|a|an|any|each|this|that|these|those|them|him|it|the|its|his|her|their|us|me|you|user|customers|staff|employees|teachers|students|parents|children|child|partners|third|volunteers|contributors|developers|people|members|others|someone|various|independent|community|team|hand|default|design|users)$/i;

// "Mozilla (that's us)", "At Mozilla, we design products": the operator named by the text itself.
const THATS_US = new RegExp(`(${NAME})\\s*\\(\\s*(?:that['’]s|that is|i\\.e\\.,?)\\s+(?:us|we|me)\\s*\\)`, 'u');
const AT_NAME_WE = new RegExp(`\\bAt\\s+(${NAME}),\\s+(?:we|our|us)\\b`, 'u');
// "Chu Technologies Pte Ltd (UEN: 201926755K).": a name with its company registration number, on
// its own (a footer's line), is the name of the company that stands behind the page.
const REGISTERED_NUMBER = new RegExp(`^(${NAME})\\s*\\(\\s*(?:UEN|CRN|ABN|ACN|CIN|KvK|HRB|SIREN|SIRET|Company\\s+(?:No|Number|number|Registration)|Registration\\s+(?:No|Number|number)|Reg\\.?\\s+No)\\b`, 'u');
// "We at Metabase know you care…": the same, the other way round.
const WE_AT_NAME = new RegExp(`^We\\s+at\\s+(${NAME})\\b`, 'u');
// "Developer: Dogged App Team", "Operated by: Acme": a labelled name.
// "Developer: Ann Lee", and a label shared with another ("Contact/developer: Ann Lee").
const LABELLED = new RegExp(`(?:^|\\n)\\W*(?:[a-z]+\\s*[/&]\\s*)?(?:developer|publisher|operator|maintainer|owner|company|controller|data controller|provider|developed by|operated by|published by|maintained by)\\W*:\\W*(${NAME})`, 'iu');
// "This policy describes how Acme Labs collects…", "explains the privacy principles Acme Labs follows":
// the document's own description of whose practices it sets out.
const DESCRIBES = new RegExp(`\\b(?:describes|explains|sets\\s+out|outlines)\\s+(?:how|(?:the\\s+)?(?:[a-z]+\\s+){0,3}(?:principles|practices)(?:\\s+that)?)\\s+(${NAME})\\s+(?:collects|uses|processes|handles|follows|protects|treats|shares|applies)\\b`, 'u');
const DESCRIBES_GUARD = /\b(?:describes|explains|sets\s+out|outlines)\s/;
const LEGAL_NAME = new RegExp(`\\b${NAME},?\\s+${LEGAL_FORM}(?![\\p{L}])`, 'u');
// What each form of OPERATED_BY cannot match without: skips the costly name scan in most sentences.
const OPERATED_BY_GUARD = /\sby\s|\s(?:operates|owns|runs|provides|controller|responsible)\b|\b(?:we\s+are|this\s+is)\s/;
const SELF_REFERENCE = /\b(?:we|us|our|company|controller|operat\w*|owned|registered|incorporated)\b/i;
// "6th Morpeth Scouts are committed to safeguarding the privacy of your information": a policy
// that opens by naming who makes its promises. Only a plural subject: "CallBuddy AI is committed
// to …" names the product, which answers for nothing.
const COMMITTED = new RegExp(`^(${NAME})\\s+are\\s+(?:fully\\s+|deeply\\s+)?committed\\s+to\\s+(?:safeguarding|protecting|respecting|preserving)\\b`, 'u');
// "GlasgowCOPCollective takes your privacy seriously", "Harbor Foundation is committed to protecting
// …": a singular subject speaks for the operator when its name says it is a body of people.
const PROMISES = new RegExp(`^(${NAME})\\s+(?:is\\s+(?:fully\\s+|deeply\\s+)?committed\\s+to\\s+(?:safeguarding|protecting|respecting|preserving)|takes\\s+(?:your\\s+|the\\s+)?privacy\\s+(?:[a-z]+\\s+){0,4}?seriously|respects\\s+your\\s+privacy)\\b`, 'u');
const BODY_OF_PEOPLE = /(?:Collective|Foundation|Association|Society|Club|Group|Church|Council|Trust|Charity|Cooperative|Federation|League|Union|Institute|University|College|School|Academy|Studios?|Labs?|Network|Alliance|Committee|Community|County|City|Borough|Municipality|Department|Ministry)$/;
const NOT_A_NAME = /^(?:We|Our|Us|You|Your|The|This|These|If|When|In|For|By|It|Its|They|Privacy|Policy|Service|Services)$/;

// "The Members are committed …" names no one: the name must not open with a common word, and one
// word alone is as often a brand as its operator.
function committedName(sentence: string): string | null {
  const name = matchesName(COMMITTED, sentence);
  const words = name?.split(/\s+/) ?? [];
  if (name && words.length >= 2 && !NOT_A_NAME.test(words[0])) return name;
  const body = matchesName(PROMISES, sentence);
  return body && body.split(/\s+/).some((w) => BODY_OF_PEOPLE.test(w)) ? body : null;
}

// "The Harbour Trust is a registered charity (number 1234567)": a name registered as a body is the operator.
const REGISTERED_AS = new RegExp(`^(?:The\\s+)?(${NAME})\\s+is\\s+a\\s+(?:registered|charitable|non-?profit|not-for-profit)\\s+(?:[a-z]+\\s+){0,2}?(?:charity|company|organi[sz]ation|society|association|corporation|foundation|trust|nonprofit|non-profit|CIO)\\b`, 'u');
// "Thank you for visiting the County of Larkport website": the site named for a body of people is its.
const VISITING = new RegExp(`\\bvisiting\\s+(?:the\\s+)?(${NAME})(?:['’]s)?\\s+(?:website|web\\s+site|site|portal)\\b`, 'u');

function namedBody(re: RegExp, sentence: string): string | null {
  const name = matchesName(re, sentence);
  return name && name.split(/\s+/).some((w) => BODY_OF_PEOPLE.test(w)) ? name : null;
}

// "Apify collects telemetry data about the general usage of its CLI": a name that collects for a
// product of its own is the organisation behind it. A platform's name ("Google collects … its
// services") is a third party's, not the operator's.
const COLLECTS_FOR_ITS = new RegExp(`^(${NAME})\\s+(?:collects|gathers|processes|records)\\b[^.]{0,120}\\bits\\s+(?:CLI|app|apps|application|applications|product|products|service|services|software|tool|tools|website|site|extension|platform|plugin)\\b`, 'u');
const PLATFORMS = /^(?:Google|Apple|Microsoft|Amazon|Meta|Facebook|Mixpanel|Stripe|Cloudflare|GitHub|Discord|Telegram|Firebase|AdMob|Sentry|PostHog|Vercel|Netlify|Slack|Twitter|X|YouTube|TikTok|Shopify|PayPal|Plausible|Matomo|Umami)\b/;

// "the Android app "Permission Pilot" by Matthias Urhahn": a product named with its maker. A
// platform's name ("an app by Google") is not the operator.
const PRODUCT_BY = new RegExp(`\\b(?:[Aa]pp|[Aa]pplication|[Gg]ame|[Ee]xtension|[Aa]dd-?on|[Bb]ot|[Pp]lugin|[Tt]ool|[Ss]oftware|[Ww]ebsite|[Ss]ite|[Ss]ervice)\\s+(?:["“'‘][^"”'’]{1,40}["”'’]\\s+)?by\\s+(${NAME})`, 'u');
// "IQRA School, operating under Limra Educational Society": a body named with the one that runs it.
const OPERATING_UNDER = new RegExp(`(${NAME}),?\\s+(?:operating|run|registered)\\s+under\\s+(?:the\\s+)?(${NAME})`, 'u');
// "Luca Canepa, private person, Switzerland": a person named as the one who answers for it.
const PRIVATE_PERSON = new RegExp(`^(${NAME}),?\\s+(?:a\\s+)?(?:private\\s+(?:person|individual)|natural\\s+person|sole\\s+(?:trader|proprietor))\\b`, 'u');

// A person's full name: two words at least ("Any private person" names no one).
function privatePerson(sentence: string): string | null {
  const name = matchesName(PRIVATE_PERSON, sentence);
  return name && name.split(/\s+/).length >= 2 ? name : null;
}

/** The name a pattern finds, unless it is a platform's (a third party, not the operator). */
function notAPlatform(re: RegExp, sentence: string): string | null {
  const name = matchesName(re, sentence);
  return name && !PLATFORMS.test(name) ? name : null;
}

function matchesName(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  if (!m) return null;
  const name = (m.slice(1).find((g) => g !== undefined) ?? m[0]).trim();
  // "HACKATHON NAME HERE": a template's slot, not a name.
  return NOT_A_NAME.test(name) || /\b(?:HERE|NAME)$/.test(name) ? null : name;
}

/** The name the policy gives its operator in this sentence, if it gives one. */
export function organisationName(sentence: string): string | null {
  return (
    (sentence.includes('(') ? matchesName(WE_DEFINITION, sentence) ?? matchesName(THATS_US, sentence) ?? matchesName(REGISTERED_NUMBER, sentence) : /[–—]/.test(sentence) ? matchesName(WE_DEFINITION, sentence) : null) ??
    (sentence.includes('©') ? copyrightHolder(sentence) : null) ??
    (sentence.startsWith('At ') ? matchesName(AT_NAME_WE, sentence) : null) ??
    (sentence.startsWith('We at ') ? matchesName(WE_AT_NAME, sentence) : null) ??
    (sentence.includes(':') ? matchesName(LABELLED, sentence) : null) ??
    (OPERATED_BY_GUARD.test(sentence) ? matchesName(OPERATED_BY, sentence) ?? notAPlatform(PRODUCT_BY, sentence) : null) ??
    (sentence.includes(' person') || sentence.includes(' sole ') ? privatePerson(sentence) : null) ??
    (sentence.includes(' under ') ? matchesName(OPERATING_UNDER, sentence) : null) ??
    (SELF_REFERENCE.test(sentence) ? matchesName(LEGAL_NAME, sentence) : null) ??
    (DESCRIBES_GUARD.test(sentence) ? matchesName(DESCRIBES, sentence) : null) ??
    (DEVELOPED_BY_GUARD.test(sentence) ? developer(sentence) : null) ??
    (/ committed | seriously| respects /.test(sentence) ? committedName(sentence) : null) ??
    (sentence.includes(' its ') ? notAPlatform(COLLECTS_FOR_ITS, sentence) : null) ??
    (sentence.includes(' is a ') ? matchesName(REGISTERED_AS, sentence) : null) ??
    (sentence.includes('visiting ') ? namedBody(VISITING, sentence) : null) ??
    (sentence.includes('\n') ? addressee(sentence) : null)
  );
}

// "Andrew Clifton\nHornbergstrasse 123\n70186 Stuttgart": the name heading a postal address (an
// imprint, a "write to us" block) is whoever answers at that address.
const NAME_LINE = new RegExp(`^\\s*(${NAME}(?:,?\\s+${LEGAL_FORM})?)\\s*$`, 'u');

// A label or a department heading the address names nobody ("Postal address", "Privacy Team").
const GENERIC_LINE = /\b(?:contact|address|privacy|team|office|department|support|legal|officer|attn|attention|mail|e-?mail|post|postal|headquarters|customer|service|data|protection|us|our)\b/i;

function addressee(block: string): string | null {
  const [first, ...rest] = block.split('\n');
  const m = NAME_LINE.exec(first);
  const words = m?.[1].split(/\s+/) ?? [];
  if (!m || words.length < 2 || words.length > 6 || GENERIC_LINE.test(m[1])) return null;
  return hasSignal('postal-address', rest.join('\n')) ? m[1] : null;
}

// "© 2026 Caraga Youth Fellowship": a page's footer names who publishes it.
const COPYRIGHT = new RegExp(`©\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+)?(${NAME})`, 'u');

function copyrightHolder(sentence: string): string | null {
  const name = matchesName(COPYRIGHT, sentence);
  // "© 2025 Math Learning App", "© 2026 JobPilot AI beta": the product, which answers for nothing.
  return name && name.split(/\s+/).length >= 2 && !PRODUCT_NAME_END.test(name) ? name.replace(/[.,]+$/, '') : null;
}
const PRODUCT_NAME_END = /\b(?:app|apps|application|ai|beta|alpha|bot|extension|plugin|add-on|tool|game|website|site|software|platform)\W*$/i;

function developer(sentence: string): string | null {
  const name = matchesName(DEVELOPED_BY, sentence)?.replace(/[.]+$/, '') ?? null;
  return name && !NOT_A_HANDLE.test(name) ? name : null;
}

// "code [at] example.org", "jane (at) example (dot) com": an address written so harvesters miss it.
const AT_WORD = /[[({]\s*at\s*[\])}]/i;
const OBFUSCATED_EMAIL = /[\p{L}\p{N}._%+-]+\s*[[({]\s*at\s*[\])}]\s*[\p{L}\p{N}-]+(?:(?:\.|\s*[[({]\s*dot\s*[\])}]\s*)[\p{L}\p{N}-]+)*?(?:\.|\s*[[({]\s*dot\s*[\])}]\s*)\p{L}{2,}\b/iu;

// "Tel: 62-21 53699200": a labelled number is a phone number whatever its grouping.
const LABELLED_PHONE = /\b(?:tel|phone|telephone|fax|call us)\b\.?(?:\s+(?:no|number)\.?)?\s*:?\s*\+?\(?\d[\d\s().-]{5,18}\d\b/i;

function hasPhone(sentence: string): boolean {
  if (LABELLED_PHONE.test(sentence)) return true;
  for (const m of sentence.matchAll(PHONE)) if (!DATE_SHAPE.test(m[0])) return true;
  return false;
}

export function hasSignal(name: SignalName, sentence: string): boolean {
  switch (name) {
    // Each pattern needs a character the guard looks for first ("@", "[", a digit).
    case 'email':
      EMAIL.lastIndex = 0;
      return (sentence.includes('@') && EMAIL.test(sentence)) || (sentence.includes('[') && /\[\s*email[^\]]*protected\s*\]/i.test(sentence)) || (AT_WORD.test(sentence) && OBFUSCATED_EMAIL.test(sentence));
    case 'phone':
      return DIGIT.test(sentence) && hasPhone(sentence);
    case 'url':
      return URL.test(sentence);
    case 'handle':
      return sentence.includes('@') && HANDLE.test(sentence);
    case 'postal-address':
      return (DIGIT.test(sentence) && (NUMBERED_STREET.test(sentence) || POSTAL.test(sentence))) || (NAMED_STREET_GUARD.test(sentence) && NAMED_STREET.test(sentence));
    case 'organisation-name':
      return organisationName(sentence) !== null;
    default:
      return false;
  }
}

/**
 * Does text[start..end) lie inside a web or e-mail address or a path: its run of non-space
 * characters holds "://", "www.", "host.tld/", starts "/dir/", or holds "a@b"? Words joined by
 * slashes are no path ("collect/store/share", "GDPR/UK-GDPR/LGPD"). Its words name nothing
 * ("gdpr@acme.co.uk", ".../app-store/...").
 */
export function inAddressRun(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return ADDRESS_RUN.test(text.slice(a, b));
}
const ADDRESS_RUN = /:\/\/|www\.|\w\.\w+\/|^[("'[]?\/[\w.-]+\/|\w@\w/;

