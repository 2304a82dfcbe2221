import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { PLACE_STEPS } from '../../../src/extract/places/findPlaces';
import { markSupport } from '../../../src/extract/places/markSupport';
import { tokenize } from '../../../src/extract/places/tokenize';
import type { PlaceContext, PlaceMention } from '../../../src/extract/places/types';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

/** Runs the place steps up to and including markSupport and returns the mention whose text is `name`. */
function supportOf(text: string, name: string): PlaceMention {
  const article = parseArticle(text, { date: '2020-06-01' });
  const ctx: PlaceContext = { article, gazetteer, tokens: tokenize(article.text, article.sentences), mentions: [] };
  for (const step of PLACE_STEPS.slice(0, PLACE_STEPS.indexOf(markSupport) + 1)) step.run(ctx);
  const m = ctx.mentions.find((x) => x.text === name && !x.dropped);
  if (!m) throw new Error(`no mention "${name}" in "${text}"`);
  return m;
}

describe('markSupport: lists of places', () => {
  it('supports both names of "X and Y" when one is a country', () => {
    const text = 'Chad and Niger signed the pact on Monday.';
    expect(supportOf(text, 'Chad').supported).toBe(true);
    expect(supportOf(text, 'Niger').supported).toBe(true);
  });

  it('passes a locative\'s support along "X and Y" and "X or Y"', () => {
    expect(supportOf('Storms hit homes in Schenectady and Amsterdam overnight.', 'Amsterdam').supported).toBe(true);
    expect(supportOf('Nobody from Troy or Cohoes was hurt.', 'Cohoes').supported).toBe(true);
  });

  it('does not list a name after "and" that follows a word that is no place', () => {
    expect(supportOf('The mayor thanked police and Amsterdam residents.', 'Amsterdam').anchored).toBeFalsy();
  });
});

describe('markSupport: a journey verb before a name', () => {
  it('supports a name that a storm or a traveller "passed" or "neared", so a town named like a word is kept', () => {
    const text = 'The storm was still strong when it passed Laurel, and it weakened only as it neared Meridian.';
    expect(supportOf(text, 'Laurel').supported).toBe(true);
    expect(supportOf(text, 'Meridian').supported).toBe(true);
  });

  it('supports a name after a locative word that opens the sentence, capitalised as every first word is ("From Kalgan, ...")', () => {
    expect(supportOf('The road was bad. From Kalgan, the caravan town, the route ran north.', 'Kalgan').supported).toBe(true);
  });

  it('supports a name after "by way of", the way a journey takes', () => {
    expect(supportOf('The fliers are to travel by way of Galway to the capital.', 'Galway').supported).toBe(true);
  });
});
