/**
 * Abbreviations of US states (AP style and postal) and Canadian provinces as written after a
 * town ("Alexandria, La.", "Edmonton, Alta."), lower case without the final dot, to
 * "country.admin1" in GeoNames codes.
 */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ala: 'AL', al: 'AL', ak: 'AK', ariz: 'AZ', az: 'AZ', ark: 'AR', ar: 'AR', calif: 'CA', cal: 'CA', ca: 'CA',
    colo: 'CO', co: 'CO', conn: 'CT', ct: 'CT', del: 'DE', de: 'DE', 'd.c': 'DC', dc: 'DC', fla: 'FL', fl: 'FL', ga: 'GA',
    hi: 'HI', id: 'ID', ill: 'IL', il: 'IL', ind: 'IN', in: 'IN', ia: 'IA', kan: 'KS',
    kans: 'KS', ks: 'KS', ky: 'KY', la: 'LA', me: 'ME', md: 'MD', mass: 'MA', ma: 'MA', mich: 'MI', mi: 'MI',
    minn: 'MN', mn: 'MN', miss: 'MS', ms: 'MS', mo: 'MO', mont: 'MT', mt: 'MT', neb: 'NE', nebr: 'NE', ne: 'NE', nev: 'NV',
    nv: 'NV', 'n.h': 'NH', nh: 'NH', 'n.j': 'NJ', nj: 'NJ', 'n.m': 'NM', nm: 'NM', 'n.y': 'NY', ny: 'NY', 'n.c': 'NC', nc: 'NC',
    'n.d': 'ND', nd: 'ND', oh: 'OH', okla: 'OK', ok: 'OK', ore: 'OR', or: 'OR', pa: 'PA', 'r.i': 'RI', ri: 'RI',
    's.c': 'SC', sc: 'SC', 's.d': 'SD', sd: 'SD', tenn: 'TN', tn: 'TN', tex: 'TX', tx: 'TX', ut: 'UT', vt: 'VT',
    va: 'VA', wash: 'WA', wa: 'WA', 'w.va': 'WV', wv: 'WV', wis: 'WI', wisc: 'WI', wi: 'WI', wyo: 'WY', wy: 'WY',
  }).map(([k, v]) => [k, `US.${v}`] as [string, string]).concat(
    Object.entries({ alta: '01', 'b.c': '02', man: '03', 'n.b': '04', nfld: '05', 'n.s': '07', ont: '08', 'p.e.i': '09', que: '10', sask: '11' }).map(([k, v]) => [k, `CA.${v}`] as [string, string]),
  ),
);

/** The "country.admin1" an abbreviation token stands for, if it is one ("Ky." -> "US.KY"); postal codes only in capitals. */
export function regionForAbbreviation(token: string): string | undefined {
  const bare = token.replace(/\.$/, '');
  const code = REGION_ABBREVIATIONS.get(bare.toLowerCase());
  if (!code) return undefined;
  if (bare.length === 2 && !token.endsWith('.') && bare !== bare.toUpperCase()) return undefined;
  return code;
}
