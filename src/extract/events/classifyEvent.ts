import type { EventKind } from '../../story/types';

/** A kind with the cue that decided it, so a reviewer can see why. */
export interface Classification {
  kind: Exclude<EventKind, 'background'>;
  cue: string;
}

// Ordered: the first kind whose cue matches wins, so movement outranks the speech that reports it.
const CUES: readonly [Classification['kind'], RegExp][] = [
  ['travel', /\b(?:fl(?:y|ew|own|ies|ying)|travel(?:l?ed|s|ling)?|head(?:ed|s|ing)?|arriv(?:ed?|es|ing)|depart(?:ed|s|ing)?|land(?:ed|s)|left for|leaves? for|return(?:ed|s|ing)? to|drove|sailed|set off)\b/i],
  ['visit', /\b(?:visit(?:ed|s|ing)?|tour(?:ed|ing|s)?|stop(?:ped|s)? in|trip to|a stop in)\b/i],
  ['meeting', /\b(?:met|meet(?:s|ing)?|talks with|summit|held talks|hosted|sat down with)\b/i],
  ['incident', /\b(?:kill(?:ed|ing|s)?|died|dead|attack(?:ed|s)?|explo(?:ded|sion)|crash(?:ed)?|injur(?:ed|ies)|infect(?:ed|ing|s)?|hospitali[sz]ed|detain(?:ed)?|arrest(?:ed|s)?|fire|earthquake|flood(?:ing|s)?|storm|shot|shooting|protest(?:ed|s|ers)?|outbreak|erupt(?:ed|ion)|collapse(?:d)?|aground|s[au]nk|capsi[sz]ed|collided|blocked|freed|rescued|evacuated|burned|destroyed|damaged|struck|launched|elected|signed|voted)\b/i],
  ['statement', /\b(?:said|says|told|tell|added|urged|urges|announced|stated|denied|denies|praised|commended|described|describes|called|warned|claimed|argued|insisted|confirmed|declared|asked|ask|tweeted|wrote)\b/i],
];

const ALL: ReadonlySet<Classification['kind']> = new Set(CUES.map(([k]) => k));

/** Decides what kind of happening a sentence reports from its verbs (only among `allowed`); undefined when no cue applies. */
export function classifyEvent(sentence: string, allowed: ReadonlySet<Classification['kind']> = ALL): Classification | undefined {
  for (const [kind, re] of CUES) {
    if (!allowed.has(kind)) continue;
    const m = re.exec(sentence);
    if (m) return { kind, cue: m[0] };
  }
  return undefined;
}
