import type { SentenceFacts } from '../events/groupBySentence';
import type { PlaceHit } from '../types';

/** Where a stop sits in a journey, relative to where the traveller is as the article is written. */
export type StopRole = 'first' | 'past' | 'current' | 'next';

/** A place the text puts on someone's journey, with the words that said so. */
export interface TravelCue {
  sentence: number;
  sentenceStart: number;
  place: PlaceHit;
  role: StopRole;
  cue: string;
}

// Each pattern must end right before the place (a few words of slack: "to the capital").
const SLACK = String.raw`(?:[\s,]+(?:the|a|an|its|his|her|their|capital|city|town|port|region|province|country|countries|nation|nations|two|three|four|other|former|soviet|neighbouring|neighboring|[-–—:]))*\s*$`;
const BEFORE: readonly [StopRole, RegExp][] = [
  ['first', new RegExp(String.raw`\b(?:began|begins|begun|started|starts|opened|kicked off)\s+(?:with\s+(?:a\s+)?(?:stop|visit|stay)s?\s+(?:in|to|at)|with|in|at)${SLACK}`, 'i')],
  ['first', new RegExp(String.raw`\bfirst\s+(?:stop|leg)\s+(?:in|was|at)${SLACK}`, 'i')],
  ['first', new RegExp(String.raw`\b(?:sailed|set\s+(?:out|off|sail)|departed|flew|travel+ed|came|started\s+out|(?:a|the|his|her|their)\s+(?:voyage|journey|flight|trip|march))\s+from${SLACK}`, 'i')],
  ['next', new RegExp(String.raw`\b(?:(?:set|due|expected|scheduled|going|about|plans?|planned|planning)\s+to\s+(?:fly|travel|head|go|move on|continue)\s+(?:on\s+)?(?:to|for)|(?:will|would)\s+(?:fly|travel|head|go|move on|continue)\s+(?:on\s+)?(?:to|for)|(?:flew|flies|flying|heads|headed|heading|left|leaves|leaving|departed|departing|travel+ed|travels|travel+ing|continued|continuing|moved on|moving on|goes on|went on|going on)\s+(?:on\s+)?(?:to|for)|next\s+stop(?:\s+is|\s+in|:)?|(?:set|due|expected|scheduled)\s+to\s+visit|(?:will|would)\s+visit)${SLACK}`, 'i')],
  ['past', new RegExp(String.raw`\b(?:(?:also|previously|earlier|already|had)\s+(?:visited|stopped\s+in|toured|been\s+to|travel+ed\s+to)|visited|toured|stopped\s+(?:in|at)|called\s+at|put\s+in\s+at|wintered\s+(?:at|in))${SLACK}`, 'i')],
  ['current', new RegExp(String.raw`\b(?:(?:on|during)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:visit|trip|stop|stay)\s+(?:to|in)|visiting|arrived\s+in|arrives\s+in|arriving\s+in|is\s+in|was\s+in|in\s+town\s+in|trip\s+to|visit\s+to)${SLACK}`, 'i')],
];
// "Mr Pompeo's Kazakhstan visit rounds off ...": the place as a noun modifier of the journey.
const AFTER_CURRENT = /^(?:['’]s)?\s+(?:visit|trip|stop|stay|leg)\b/i;

/** Finds places that the text puts on a journey: first stop, earlier stops, where the traveller is, where they go next. */
export function findTravelCues(facts: readonly SentenceFacts[]): TravelCue[] {
  const cues: TravelCue[] = [];
  for (const f of facts) {
    let lastRole: { role: StopRole; cue: string; end: number } | undefined;
    for (const place of f.places) {
      if (place.demonym) continue;
      const localStart = place.start - f.range.start;
      const before = f.text.slice(Math.max(0, localStart - 90), localStart);
      let found: { role: StopRole; cue: string } | undefined;
      for (const [role, re] of BEFORE) {
        const m = re.exec(before);
        if (m) {
          found = { role, cue: m[0].trim() };
          break;
        }
      }
      const after = f.text.slice(place.end - f.range.start, place.end - f.range.start + 12);
      if (!found && AFTER_CURRENT.test(after)) found = { role: 'current', cue: after.trim() };
      // A list continues its cue: "visited Belarus and Ukraine", "Belarus, Ukraine and Moldova".
      if (!found && lastRole && /^\s*(?:,|and|or|,\s*and)\s*$/.test(f.text.slice(lastRole.end, localStart))) found = lastRole;
      if (found) {
        cues.push({ sentence: f.index, sentenceStart: f.range.start, place, role: found.role, cue: found.cue });
        lastRole = { ...found, end: place.end - f.range.start };
      }
    }
  }
  return cues;
}
