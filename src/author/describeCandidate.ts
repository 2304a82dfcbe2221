import type { Lang } from '../i18n/languages';
import type { Candidate } from '../story/types';
import { at } from './i18n/at';
import type { AuthorKey } from './i18n/authorMessages';
import { authorEn } from './i18n/en';

/** A candidate in a person's words: which place it is, and why the ranking favoured it. */
export interface CandidateWords {
  /** "Samoa, Georgia, United States (city, 2,000 people)", "Samoa (country)". */
  label: string;
  /** "named with Apia; in a list with Fiji and Tonga", or '' when the ranking gave no reason. */
  reasons: string;
}

/** Describes a candidate by its region, country, kind and population, and its reasons, in `lang`. */
export function describeCandidate(c: Candidate, lang: Lang): CandidateWords {
  const country = c.countryCode && c.kind !== 'country' ? countryName(c.countryCode, lang) : undefined;
  const where = [c.name, c.region, country].filter((x): x is string => x !== undefined && x !== '');
  const kindKey = `placeKind.${c.kind}`;
  const kind = kindKey in authorEn ? at(lang, kindKey as AuthorKey) : c.kind;
  const about = c.population !== undefined && c.kind !== 'country' ? `${kind}, ${at(lang, 'candidate.people', { count: Math.round(c.population) })}` : kind;
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const reasons = (c.reasons ?? []).map((r) => at(lang, `reason.${r.code}`, { places: list.format(r.places ?? []) }));
  return { label: `${where.join(', ')} (${about})`, reasons: reasons.join('; ') };
}

function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
