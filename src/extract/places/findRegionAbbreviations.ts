import { makeMention } from './findNameMentions';
import { regionForAbbreviation } from './regionAbbreviations';
import type { Token } from './tokenize';
import type { PlaceStep } from './types';

/**
 * Finder: a state or province abbreviation after "Town, " ("Edmonton, Ky.", "Red Deer, Alta.")
 * is a mention of that state or province.
 */
export const findRegionAbbreviations: PlaceStep = {
  name: 'abbreviation',
  run(ctx) {
    const { tokens, article, gazetteer } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const before = tokens[i - 1] as Token;
      if (!t.cap || !before.cap || before.upper || !/^,\s*$/.test(article.text.slice(before.end, t.start))) continue;
      const code = regionForAbbreviation(t.text);
      if (!code) continue;
      const [cc = '', admin1 = ''] = code.split('.');
      const region = gazetteer.admin1(cc, admin1);
      if (!region) continue;
      const m = makeMention(ctx, i, i + 1, 'abbreviation', [region], false);
      m.supported = m.anchored = true;
      ctx.mentions.push(m);
    }
  },
};
