import { normalizeName } from '../src/gazetteer/normalizeName';
import type { Draft } from './draft';
import type { GeoNamesPlace } from './readCities500';

/** Only towns of this size or more take GeoNames' alternate names: the old names and exonyms English text still uses are of such towns. */
export const LOOKUP_NAMES_FROM = 50_000;
/** A city this big keeps GeoNames' variant spellings of its name as lookup names too. */
export const VARIANTS_FROM = 500_000;
/** A name others bear may still be looked up as this town if all of them together are this many times smaller ("Marseilles", Illinois, beside Marseille). */
const DWARFS = 20;
/** Names in plain English spelling: capitalised words of ASCII letters ("Gotenhafen", "Fort Victoria", "Alexandretta"). */
const PLAIN = /^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z']+|of|on|upon|de|la|el|al))*$/;
/** The Arabic article English text drops: "El-Hodeidah" is written "Hodeidah". */
const ARTICLE = /^(?:Al|El|Ar|As|Ad|An|Ash|At|Az)[- ](?=[A-Z])/;
/** How English text writes letters it lacks ("Tromsø" -> "Tromsoe", "Göttingen" -> "Goettingen"). */
const DIGRAPHS: Record<string, string> = { ø: 'oe', Ø: 'Oe', æ: 'ae', Æ: 'Ae', å: 'aa', Å: 'Aa', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue', ä: 'ae', Ä: 'Ae' };

/**
 * Gives towns lookup-only names (Draft.lookupOnly): spellings the name index reads in text but
 * no entry shows and no story writes. For towns of 50,000 people or more, the alternate names
 * GeoNames lists in plain English spelling (old and colonial names, exonyms: "Tsingtao", "Lemberg",
 * "Marseilles"), also without an Arabic article; for any town, its name with English digraphs for
 * ø, æ, å, ö, ü, ä ("Vardoe"). A name is kept only when it is no common English word (but for one
 * made from the town's own name: "marseilles" cloth), no weak name, no name of a town's own or
 * a variant spelling of one (but for those English forms), and no other place bears it unless
 * all those bearing it are far smaller. Returns the names it gave (normalised), which the table
 * lists as weak names: the text must show them to be places ("in X", "X, Y", a list).
 */
export function addLookupNames(drafts: Draft[], geonames: readonly GeoNamesPlace[], words: ReadonlySet<string>, weak: ReadonlySet<string>): string[] {
  const bearers = new Map<string, number>();
  for (const d of drafts) for (const n of new Set([d.name, ...d.aliases, ...d.held.map((h) => h.name)].map(normalizeName))) bearers.set(n, (bearers.get(n) ?? 0) + Math.max(d.population, 1));
  const byId = new Map(drafts.filter((d) => d.kind === 'city').map((d) => [d.id, d]));
  const claimed = new Map<string, { draft: Draft; name: string }>();
  const ownNames = (d: Draft, g: GeoNamesPlace | undefined): Set<string> => new Set([d.name, ...d.aliases, ...d.held.map((h) => h.name), g?.name ?? '', g?.asciiName ?? ''].map(normalizeName).filter((n) => n !== ''));
  const common = (key: string): boolean => words.has(key) || (key.includes(' ') && key.split(' ').every((w) => words.has(w)));
  // `ownWord`: a word made from the town's own name ("marseilles" cloth, "muenster" cheese) still names it; any other word stays a word.
  const free = (key: string, d: Draft, ownWord = false): boolean => !claimed.has(key) && !weak.has(key) && (bearers.get(key) ?? 0) * DWARFS <= d.population && (ownWord || !common(key));

  for (const g of [...geonames].sort((a, b) => b.population - a.population || a.id - b.id)) {
    if (g.population < LOOKUP_NAMES_FROM) break;
    const d = byId.get(`gn:${g.id}`);
    if (!d) continue;
    const own = ownNames(d, g);
    const digraphs = new Set([...own, d.name, g.name].map((n) => normalizeName(withDigraphs(n))));
    for (const alternate of g.alternateNames) {
      for (const name of new Set([alternate, alternate.replace(ARTICLE, '')])) {
        if (name.length < 4 || !PLAIN.test(name)) continue;
        const key = normalizeName(name);
        // "Tromsoe" is how English spells "Tromsø", and an s added is an old English form where places named after the town bear it ("Marseilles", Illinois).
        const english = digraphs.has(key) || (bearers.has(key) && [...own].some((o) => key === `${o}s`));
        if (own.has(key) || !free(key, d, english)) continue;
        // "Springfield City", "Charlston", "Trent": any other variant or misspelling of a name it has is no name of another time.
        // (A city of half a million keeps its variant spellings: text may write "Tabouk" for GeoNames' "Tabuk".)
        if (!english && [...own].some((o) => sharesWord(o, key) || (closeSpelling(o, key) && g.population < VARIANTS_FROM))) continue;
        claimed.set(key, { draft: d, name });
      }
    }
  }
  for (const d of [...byId.values()].sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1))) {
    const name = withDigraphs(d.name);
    const key = normalizeName(name);
    if (name === d.name || !/^[A-Za-z' -]+$/.test(name) || ownNames(d, undefined).has(key) || !free(key, d, d.population >= LOOKUP_NAMES_FROM)) continue;
    claimed.set(key, { draft: d, name });
  }
  for (const { draft, name } of claimed.values()) draft.lookupOnly.push(name);
  return [...claimed.keys()];
}

function withDigraphs(name: string): string {
  return name.replace(/[øØæÆåÅöÖüÜäÄ]/g, (c) => DIGRAPHS[c] ?? c);
}

/** Whether two normalised names share a word of three letters or more ("springfield city", "springfield"). */
export function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => w.length > 2 && words.has(w));
}

/** Two spellings one edit apart, or two for names of five letters or fewer ("Hamm", "Hamas"; Levenshtein, on normalised names). */
function closeSpelling(a: string, b: string): boolean {
  const most = Math.min(a.length, b.length) <= 5 ? 2 : 1;
  if (Math.abs(a.length - b.length) > most) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return (prev[b.length] ?? 0) <= most;
}
