import type { Token } from './tokenize';
import { noteReason } from './noteReason';
import type { PlaceStep } from './types';

// Words after a name that speak of a state or province, not its namesake city ("New York Gov.", "Washington state").
const REGION_AFTER = new Set([
  'gov', 'governor', 'state', 'statewide', 'legislature', 'legislator', 'legislators', 'lawmakers', 'assembly', 'border',
  'senator', 'sen', 'congressman', 'congresswoman', 'attorney', 'lt', 'lieutenant', 'secretary', 'supreme', 'voters',
  'medicaid', 'republicans', 'democrats', 'delegation', 'primary', 'caucus', 'caucuses', 'state\'s',
  // A state's own institutions ("Georgia Bureau of Investigation", "Ohio Department of Transportation").
  'bureau', 'department', 'dept', 'highway', 'patrol', 'general', 'senate', 'house', 'board', 'division', 'commission', 'tech',
]);
// Words before a name that do the same ("the state of Washington", "upstate New York").
const REGION_BEFORE = new Set(['upstate', 'downstate', 'statewide']);
const BOOST = 6;

/**
 * Refiner: words that speak of a state or province ("New York Gov. Cuomo", "the New York
 * border", "upstate New York", "New York's attorney general", "the Georgia Bureau of
 * Investigation") favour the first-level region over the city or country of the same name, and
 * show the name to be a place.
 */
export const markRegionCues: PlaceStep = {
  name: 'region cue',
  run(ctx) {
    const { tokens, article } = ctx;
    for (const m of ctx.mentions) {
      if (m.dropped || m.adjective || !m.entries.some((e) => e.featureCode === 'ADM1')) continue;
      const after = tokens[m.endToken];
      const before = tokens[m.firstToken - 1];
      const last = tokens[m.endToken - 1] as Token;
      const gap = after ? article.text.slice(last.end, after.start) : '';
      const possessive = /^['’]s/.test(gap);
      let cue = false;
      if (after && after.sentence === last.sentence && /^(?:['’]s)?\s+$/.test(gap)) {
        const word = after.norm.replace(/\.$/, '');
        cue = REGION_AFTER.has(word) && (possessive ? word !== 'state' : true);
      }
      if (before && REGION_BEFORE.has(before.norm) && before.sentence === last.sentence) cue = true;
      if (before?.norm === 'of' && tokens[m.firstToken - 2]?.norm === 'state') cue = true;
      if (!cue) continue;
      m.supported = true;
      for (const e of m.entries) {
        if (e.featureCode !== 'ADM1') continue;
        m.boosts.set(e.id, Math.max(m.boosts.get(e.id) ?? 0, BOOST));
        noteReason(m, e.id, { code: 'regionCue', weight: BOOST });
      }
    }
  },
};
