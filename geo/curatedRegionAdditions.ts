import type { CuratedAddition } from './curated';

/**
 * Names and demonyms of first-level regions ("Ohioans", "Texan", "Newfoundland"), keyed
 * "CC.admin1" (GeoNames admin1 codes: postal codes for the US, two digits for Canada and Russia).
 * Demonyms that are also a country's ("Georgian") are left out.
 */
export const curatedRegionAdditions: Record<string, CuratedAddition> = {
  'US.AL': { adjectives: ['Alabamian', 'Alabaman'] }, 'US.AK': { adjectives: ['Alaskan'] }, 'US.AZ': { adjectives: ['Arizonan'] },
  'US.AR': { adjectives: ['Arkansan'] }, 'US.CA': { adjectives: ['Californian'] }, 'US.CO': { adjectives: ['Coloradan'] },
  'US.DE': { adjectives: ['Delawarean'] }, 'US.FL': { adjectives: ['Floridian'] }, 'US.HI': { adjectives: ['Hawaiian'] },
  'US.ID': { adjectives: ['Idahoan'] }, 'US.IL': { adjectives: ['Illinoisan'] }, 'US.IN': { adjectives: ['Hoosier', 'Indianan'] },
  'US.IA': { adjectives: ['Iowan'] }, 'US.KS': { adjectives: ['Kansan'] }, 'US.KY': { adjectives: ['Kentuckian'] },
  'US.LA': { adjectives: ['Louisianan', 'Louisianian'] }, 'US.ME': { adjectives: ['Mainer'] }, 'US.MD': { adjectives: ['Marylander'] },
  'US.MA': { adjectives: ['Bay Stater'] }, 'US.MI': { adjectives: ['Michigander', 'Michiganian'] }, 'US.MN': { adjectives: ['Minnesotan'] },
  'US.MS': { adjectives: ['Mississippian'] }, 'US.MO': { adjectives: ['Missourian'] }, 'US.MT': { adjectives: ['Montanan'] },
  'US.NE': { adjectives: ['Nebraskan'] }, 'US.NV': { adjectives: ['Nevadan'] }, 'US.NH': { adjectives: ['New Hampshirite'] },
  'US.NJ': { adjectives: ['New Jerseyan'] }, 'US.NM': { adjectives: ['New Mexican'] }, 'US.NY': { adjectives: ['New Yorker'] },
  'US.NC': { adjectives: ['North Carolinian'] }, 'US.ND': { adjectives: ['North Dakotan'] }, 'US.OH': { adjectives: ['Ohioan'] },
  'US.OK': { adjectives: ['Oklahoman'] }, 'US.OR': { adjectives: ['Oregonian'] }, 'US.PA': { adjectives: ['Pennsylvanian'] },
  'US.RI': { adjectives: ['Rhode Islander'] }, 'US.SC': { adjectives: ['South Carolinian'] }, 'US.SD': { adjectives: ['South Dakotan'] },
  'US.TN': { adjectives: ['Tennessean'] }, 'US.TX': { adjectives: ['Texan'] }, 'US.UT': { adjectives: ['Utahn'] },
  'US.VT': { adjectives: ['Vermonter'] }, 'US.VA': { adjectives: ['Virginian'] }, 'US.WA': { adjectives: ['Washingtonian'] },
  'US.WV': { adjectives: ['West Virginian'] }, 'US.WI': { adjectives: ['Wisconsinite'] }, 'US.WY': { adjectives: ['Wyomingite'] },
  'CA.01': { adjectives: ['Albertan'] }, 'CA.02': { adjectives: ['British Columbian'] }, 'CA.03': { adjectives: ['Manitoban'] },
  'CA.04': { adjectives: ['New Brunswicker'] }, 'CA.05': { names: ['Newfoundland', 'N.L.'], adjectives: ['Newfoundlander'] },
  'CA.07': { adjectives: ['Nova Scotian'] }, 'CA.08': { adjectives: ['Ontarian'] }, 'CA.10': { adjectives: ['Quebecer', 'Quebecker', 'Québécois'] },
  'CA.11': { adjectives: ['Saskatchewanian'] }, 'CA.12': { adjectives: ['Yukoner'] },
  'RU.17': { adjectives: ['Dagestani'] }, 'RU.12': { adjectives: ['Chechen'] },
};
