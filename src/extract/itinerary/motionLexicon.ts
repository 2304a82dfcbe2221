/**
 * The verbs English uses for movement and presence, by what they say about a place after them:
 * - `go`: movement; "to/for/toward" the place is a destination, "from" an origin, "via/through/across" a transit.
 * - `arrive`: arrival or presence "in/at/on" the place ("landed in", "docked at", "stayed in").
 * - `reach`: the place is the direct object of an arrival or visit ("reached", "visited", "hit").
 * - `leave`: the place is the direct object of a departure ("left Lisbon", "quit Kabul").
 * - `pass`: the place is passed through or over ("crossed", "rounded", "skirted").
 * - `act`: doing something somewhere puts the doer there ("met ... in", "spoke in", "performed at").
 * - `begin` / `end`: where a journey starts or ends ("began in", "finished in").
 * Forms are generated (visits, visited, visiting) with the irregular ones listed.
 */
export type VerbClass = 'go' | 'arrive' | 'reach' | 'leave' | 'pass' | 'act' | 'begin' | 'end';

/** A verb form: its lemma, class and form ("s", "ed" for past or participle, "ing", "base"). */
export interface VerbForm {
  lemma: string;
  cls: VerbClass;
  form: 'base' | 's' | 'ed' | 'ing' | 'en';
}

const VERBS: Record<VerbClass, string> = {
  go: 'fly travel head go sail drive ride walk march move continue proceed journey steam cruise race cycle row paddle trek hike swim drift track turn veer swing push press return come hop jet shuttle dash rush set embark climb descend roll speed barrel plough plow churn surge run carry take bring relay transfer evacuate airlift divert reroute redirect tow escort deploy dispatch send fly commute motor taxi hurtle wander migrate flee retreat advance pull get swerve curve bend lead wind snake meander weave loop zigzag cut tear blow spread sweep stream pour trundle chug crawl inch glide soar dive plunge shift coast scud steer ply cast wade raft ford slip step limp zigzag hopscotch barnstorm crisscross ski sledge pedal gallop roam relocate detour recurve venture decamp emigrate bike canoe kayak escape speed tramp plod',
  arrive: 'arrive land touch dock berth anchor moor call stop stopover stay remain spend winter camp rest linger settle base appear weaken strengthen intensify stall dissipate dump shelter disembark alight put emerge stand wait gather pause stop idle hover board refit coal refuel victual bunker overnight load unload splash',
  reach: 'reach visit tour enter hit strike lash batter pound ravage slam pummel drench flood devastate sweep inundate swamp buffet whip rake grip blanket explore inspect attend',
  leave: 'leave depart quit exit vacate abandon',
  pass: 'cross round skirt traverse transit circle circumnavigate clip graze brush pass negotiate navigate thread',
  act: 'meet hold speak address perform play sing celebrate pray preach open inaugurate sign greet lay unveil deliver headline host join attend watch tour bless honour honor mark launch hold tell say visit vote campaign rally worship lecture preach marry find',
  begin: 'begin start kick originate form develop spawn light',
  end: 'end finish conclude wrap culminate terminate close complete',
};

const IRREGULAR: Record<string, [past: string, participle?: string]> = {
  fly: ['flew', 'flown'], go: ['went', 'gone'], ride: ['rode', 'ridden'], drive: ['drove', 'driven'], come: ['came', 'come'],
  swim: ['swam', 'swum'], wind: ['wound'], tear: ['tore', 'torn'], blow: ['blew', 'blown'], spread: ['spread'], cut: ['cut'], stand: ['stood'], slide: ['slid'], set: ['set'], run: ['ran', 'run'], take: ['took', 'taken'], bring: ['brought'], send: ['sent'],
  leave: ['left'], meet: ['met'], hold: ['held'], speak: ['spoke', 'spoken'], sing: ['sang', 'sung'], lay: ['laid'],
  begin: ['began', 'begun'], light: ['lit'], spend: ['spent'], strike: ['struck', 'stricken'], sweep: ['swept'], get: ['got', 'gotten'],
  lead: ['led'], flee: ['fled'], find: ['found'], hit: ['hit'], tell: ['told'], say: ['said'], grip: ['gripped'], slam: ['slammed'],
  quit: ['quit'], stop: ['stopped'], plan: ['planned'], clip: ['clipped'], ship: ['shipped'], whip: ['whipped'],
  jet: ['jetted'], hop: ['hopped'], stall: ['stalled'], rake: ['raked'], swing: ['swung'], bend: ['bent'], kick: ['kicked'],
  travel: ['travelled', 'traveled'], pedal: ['pedalled', 'pedaled'], zigzag: ['zigzagged'], speed: ['sped'], cancel: ['cancelled', 'canceled'], model: ['modelled'], label: ['labelled'],
};

const VOWEL = /[aeiou]/;

function regular(base: string): { s: string; ed: string; ing: string } {
  if (base.endsWith('e') && !base.endsWith('ee')) return { s: `${base}s`, ed: `${base}d`, ing: `${base.slice(0, -1)}ing` };
  if (/[^aeiou]y$/.test(base)) return { s: `${base.slice(0, -1)}ies`, ed: `${base.slice(0, -1)}ied`, ing: `${base}ing` };
  const s = /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
  // One-syllable consonant-vowel-consonant verbs double the last consonant (stop, stopped).
  const doubles = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && VOWEL.test(base);
  const stem = doubles ? base + base.slice(-1) : base;
  return { s, ed: `${stem}ed`, ing: `${stem}ing` };
}

function buildForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  const add = (word: string, lemma: string, cls: VerbClass, form: VerbForm['form']): void => {
    if (!forms.has(word)) forms.set(word, { lemma, cls, form });
  };
  for (const [cls, words] of Object.entries(VERBS) as [VerbClass, string][]) {
    for (const base of words.split(' ')) {
      const r = regular(base);
      const irregular = IRREGULAR[base];
      // "hit", "set", "spread": with no auxiliary, news tells them in the past.
      add(base, base, cls, irregular?.[0] === base ? 'ed' : 'base');
      add(r.s, base, cls, 's');
      add(irregular?.[0] ?? r.ed, base, cls, 'ed');
      if (irregular?.[1] !== undefined) add(irregular[1], base, cls, 'en');
      if (base === 'travel') add('traveled', base, cls, 'ed');
      add(base === 'travel' ? 'travelling' : r.ing, base, cls, 'ing');
      if (base === 'travel') add('traveling', base, cls, 'ing');
    }
  }
  // "be" is presence only with a place right after it ("was in Kyiv"): the reader checks that.
  for (const [w, form] of [['is', 's'], ['are', 's'], ['was', 'ed'], ['were', 'ed'], ['be', 'base'], ['been', 'en'], ['being', 'ing']] as const) add(w, 'be', 'arrive', form);
  return forms;
}

/** Every known form of every movement and presence verb. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = buildForms();

/**
 * Nouns that name a journey or part of one, with what "NOUN to/in/from X" makes of X: a visit
 * or stop puts the traveller at X, a voyage or flight takes them to X.
 */
export const JOURNEY_NOUNS: ReadonlyMap<string, 'at' | 'to'> = new Map([
  ...'night nights evening evenings week weeks weekend days visit visits trip trips tour tours stop stops stopover stopovers leg legs stay stays call calls arrival landfall swing pilgrimage mission residency show shows concert concerts gig gigs date dates stage stages station homecoming appearance appearances engagement engagements rally rallies summit leg touchdown spell stint layover sojourn halt'.split(' ').map((w) => [w, 'at'] as const),
  ...'destination destinations venue venues finish start port'.split(' ').map((w) => [w, 'at'] as const),
  ...'journey journeys voyage voyages flight flights crossing passage route return departure drive march ride walk sail cruise deployment way path track move transfer trek run row relay expedition odyssey dash detour diversion excursion foray sortie'.split(' ').map((w) => [w, 'to'] as const),
]);

/** Nouns for what a traveller does somewhere ("talks in Paris", "Mass in Erbil"): presence, but only for someone already travelling. */
export const DOING_NOUNS: ReadonlySet<string> = new Set('talks meeting meetings ceremony ceremonies mass speech address service funeral wedding conference forum summit rally rallies concert concerts match game performance audience reception banquet dinner lunch breakfast parade'.split(' '));

/** Words that may stand between a preposition and the place: "to the Kazakh capital", "in the port city of". */
export const SLACK_WORDS: ReadonlySet<string> = new Set(
  'the a an its his her their our capital city town village port island islands isle coast coastal region province state country countries nation nations territory republic of two three four five several other former soviet neighbouring neighboring nearby northern southern eastern western central north south east west northeast northwest southeast southwest far remote tiny small major main holy ancient old new historic border frontier harbour harbor resort seaside mountain desert southernmost northernmost easternmost westernmost outskirts centre center heart edge tip mouth shores shore banks bank waters cape gulf bay sea district areas area parts part much whole rest all - – —'.split(' '),
);

/** Adverbs and particles that may sit between a verb and its preposition: "flew on to", "headed back to", "set off for". */
export const PARTICLES: ReadonlySet<string> = new Set(
  'on back out off in down up over home onward onwards forward again briefly first then later finally eventually directly straight quickly slowly north south east west northeast northwest southeast southwest northward southward eastward westward inland ashore overland abroad aboard together alone safely immediately also next soon shortly swiftly ashore around along away across now still already currently then once more'.split(' '),
);
