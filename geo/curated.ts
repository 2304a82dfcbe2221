/**
 * What the GeoNames-derived packages miss: English exonyms, demonyms, regions and areas,
 * continents, seas, and the names a place has held with the years it held them.
 * Facts only, written by hand for Dateline; coordinates are rounded representative points.
 */
import type { OtherName, PlaceKind } from '../src/gazetteer/types';

/** A place no package gives us (a continent, a sea, an area such as Central Asia). */
export interface CuratedPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  countryCode?: string;
  names?: string[];
  adjectives?: string[];
  otherNames?: OtherName[];
  population?: number;
  bbox?: [number, number, number, number];
  /** GeoNames feature code of what it is (SEA, STRT, ISLS, CAPE, PAL...), where given. */
  featureCode?: string;
}

/** Extra names for an entry the packages do give, keyed by its id (`iso:KZ`, `gn:1526273`). */
export interface CuratedAddition {
  /** Replaces the package's name (Nur-Sultan is Astana again since 2022). */
  name?: string;
  names?: string[];
  adjectives?: string[];
  otherNames?: OtherName[];
}

/** Continents, areas, seas and historical states, with the names and adjectives news uses. */
export const curatedPlaces: CuratedPlace[] = [
  { id: 'dl:africa', name: 'Africa', kind: 'continent', lat: 7.19, lon: 21.09, bbox: [-35, -18, 37.5, 52], adjectives: ['African'], population: 1_300_000_000 },
  { id: 'dl:asia', name: 'Asia', kind: 'continent', lat: 29.84, lon: 89.3, bbox: [-11, 26, 78, 180], adjectives: ['Asian'], population: 4_600_000_000 },
  { id: 'dl:europe', name: 'Europe', kind: 'continent', lat: 48.69, lon: 9.14, bbox: [34, -25, 72, 45], adjectives: ['European'], population: 740_000_000 },
  { id: 'dl:north-america', name: 'North America', kind: 'continent', lat: 46.07, lon: -100.55, population: 580_000_000 },
  { id: 'dl:south-america', name: 'South America', kind: 'continent', lat: -14.6, lon: -57.66, bbox: [-56, -82, 13, -34], adjectives: ['South American'], population: 430_000_000 },
  { id: 'dl:oceania', name: 'Oceania', kind: 'continent', lat: -18.31, lon: 138.52, population: 43_000_000 },
  { id: 'dl:antarctica', name: 'Antarctica', kind: 'continent', lat: -80, lon: 0, names: ['Antarctic'] },
  { id: 'dl:central-asia', name: 'Central Asia', kind: 'area', lat: 43, lon: 65, bbox: [35, 46, 56, 88], adjectives: ['Central Asian'], population: 75_000_000 },
  { id: 'dl:middle-east', name: 'Middle East', kind: 'area', lat: 33.14, lon: 35.86, bbox: [12, 25, 42, 63], names: ['Mideast', 'Near East'], adjectives: ['Middle Eastern', 'Mideast'], population: 400_000_000 },
  { id: 'dl:southeast-asia', name: 'Southeast Asia', kind: 'area', lat: 8, lon: 110, bbox: [-11, 92, 28.5, 141], names: ['South-East Asia', 'South East Asia'], adjectives: ['Southeast Asian', 'South-East Asian'], population: 650_000_000 },
  { id: 'dl:south-asia', name: 'South Asia', kind: 'area', lat: 23, lon: 78, bbox: [-1, 60, 37, 97.5], adjectives: ['South Asian'], population: 1_900_000_000 },
  { id: 'dl:east-asia', name: 'East Asia', kind: 'area', lat: 35, lon: 115, bbox: [18, 73, 54, 146], adjectives: ['East Asian'], population: 1_600_000_000 },
  { id: 'dl:western-europe', name: 'Western Europe', kind: 'area', lat: 48, lon: 5, population: 200_000_000 },
  { id: 'dl:eastern-europe', name: 'Eastern Europe', kind: 'area', lat: 50, lon: 28, bbox: [41, 12, 70, 60], adjectives: ['Eastern European'], population: 290_000_000 },
  { id: 'dl:latin-america', name: 'Latin America', kind: 'area', lat: -5, lon: -65, bbox: [-56, -118, 33, -34], adjectives: ['Latin American'], population: 650_000_000 },
  { id: 'dl:caribbean', name: 'Caribbean', kind: 'area', lat: 17, lon: -72, bbox: [10, -85, 27, -59], adjectives: ['Caribbean'], population: 44_000_000 },
  { id: 'dl:balkans', name: 'Balkans', kind: 'area', lat: 43, lon: 21, bbox: [36, 13, 47, 30], adjectives: ['Balkan'], population: 55_000_000 },
  { id: 'dl:caucasus', name: 'Caucasus', kind: 'area', lat: 42, lon: 44, bbox: [38, 37, 45, 50.5], names: ['South Caucasus', 'North Caucasus'], adjectives: ['Caucasian'], population: 30_000_000 },
  { id: 'dl:scandinavia', name: 'Scandinavia', kind: 'area', lat: 62, lon: 14, bbox: [54.5, 4, 71.5, 31.5], adjectives: ['Scandinavian'], population: 21_000_000 },
  { id: 'dl:sahel', name: 'Sahel', kind: 'area', lat: 15, lon: 5, population: 100_000_000 },
  { id: 'dl:horn-of-africa', name: 'Horn of Africa', kind: 'area', lat: 8, lon: 45, population: 115_000_000 },
  { id: 'dl:west-africa', name: 'West Africa', kind: 'area', lat: 12, lon: -3, bbox: [4, -18, 25, 16], adjectives: ['West African'], population: 400_000_000 },
  { id: 'dl:east-africa', name: 'East Africa', kind: 'area', lat: 0, lon: 36, bbox: [-12, 22, 18, 52], adjectives: ['East African'], population: 450_000_000 },
  { id: 'dl:north-africa', name: 'North Africa', kind: 'area', lat: 27, lon: 15, bbox: [19, -17, 37.5, 37], adjectives: ['North African'], population: 250_000_000 },
  { id: 'dl:sub-saharan-africa', name: 'Sub-Saharan Africa', kind: 'area', lat: -2, lon: 22, population: 1_100_000_000 },
  { id: 'dl:gulf', name: 'Gulf region', kind: 'area', lat: 25, lon: 51, bbox: [16, 34, 30.5, 60], names: ['Gulf States', 'Gulf states'], adjectives: ['Gulf Arab'], population: 60_000_000 },
  { id: 'dl:siberia', name: 'Siberia', kind: 'area', lat: 60, lon: 100, countryCode: 'RU', adjectives: ['Siberian'], population: 33_000_000 },
  { id: 'dl:kashmir', name: 'Kashmir', kind: 'area', lat: 34.1, lon: 74.8, countryCode: 'IN', adjectives: ['Kashmiri'], population: 15_000_000 },
  { id: 'dl:crimea', name: 'Crimea', kind: 'area', lat: 45.3, lon: 34.4, countryCode: 'UA', names: ['Crimean Peninsula'], adjectives: ['Crimean'], population: 2_400_000 },
  { id: 'dl:donbas', name: 'Donbas', kind: 'area', lat: 48.2, lon: 38.5, countryCode: 'UA', names: ['Donbass'], population: 6_000_000 },
  { id: 'dl:gaza-strip', name: 'Gaza Strip', kind: 'area', lat: 31.42, lon: 34.37, countryCode: 'PS', names: ['Gaza'], adjectives: ['Gazan'], population: 2_000_000 },
  { id: 'dl:west-bank', name: 'West Bank', kind: 'area', lat: 31.95, lon: 35.25, countryCode: 'PS', population: 3_000_000 },
  { id: 'dl:golan-heights', name: 'Golan Heights', kind: 'area', lat: 33, lon: 35.75, countryCode: 'SY', names: ['Golan'], population: 50_000 },
  { id: 'dl:sinai', name: 'Sinai', kind: 'area', lat: 29.5, lon: 33.8, countryCode: 'EG', names: ['Sinai Peninsula'], population: 600_000 },
  { id: 'dl:kurdistan', name: 'Kurdistan', kind: 'area', lat: 36.5, lon: 44, names: ['Iraqi Kurdistan', 'Kurdistan Region'], population: 6_000_000 },
  { id: 'dl:darfur', name: 'Darfur', kind: 'area', lat: 13.5, lon: 24, countryCode: 'SD', population: 9_000_000 },
  { id: 'dl:patagonia', name: 'Patagonia', kind: 'area', lat: -45, lon: -69, adjectives: ['Patagonian'], population: 2_000_000 },
  { id: 'dl:labrador', name: 'Labrador', kind: 'area', lat: 54, lon: -61, countryCode: 'CA', names: ['Labrador Peninsula'], population: 27_000 },
  { id: 'dl:tibet', name: 'Tibet', kind: 'region', lat: 31.7, lon: 88.1, countryCode: 'CN', adjectives: ['Tibetan'], population: 3_600_000 },
  { id: 'dl:arctic', name: 'Arctic', kind: 'area', lat: 78, lon: 0 },
  { id: 'dl:silicon-valley', name: 'Silicon Valley', kind: 'area', lat: 37.39, lon: -122.08, countryCode: 'US', population: 3_000_000 },
  { id: 'dl:midwest', name: 'Midwest', kind: 'area', lat: 42, lon: -92, countryCode: 'US', adjectives: ['Midwestern'], population: 68_000_000 },
  { id: 'dl:new-england', name: 'New England', kind: 'area', lat: 43.7, lon: -71.6, countryCode: 'US', population: 15_000_000 },
  // Historical states are areas with their extent and years, never a pin at their old capital.
  { id: 'dl:soviet-union', name: 'Soviet Union', kind: 'area', lat: 61, lon: 96, bbox: [35.1, 19.6, 77.7, 180], countryCode: 'SU', names: ['USSR', 'U.S.S.R.'], adjectives: ['Soviet'], otherNames: [{ name: 'Soviet Union', from: 1922, to: 1991 }], population: 290_000_000 },
  { id: 'dl:yugoslavia', name: 'Yugoslavia', kind: 'area', lat: 44, lon: 19, bbox: [40.8, 13.4, 46.9, 23], countryCode: 'YU', adjectives: ['Yugoslav'], otherNames: [{ name: 'Yugoslavia', from: 1918, to: 2003 }], population: 23_000_000 },
  { id: 'dl:european-union', name: 'European Union', kind: 'area', lat: 50.84, lon: 4.38, bbox: [34.5, -10.5, 70.1, 34.6], names: ['EU', 'E.U.'], population: 450_000_000 },
  { id: 'dl:atlantic', name: 'Atlantic Ocean', kind: 'water', lat: 15, lon: -40, names: ['Atlantic', 'North Atlantic', 'South Atlantic'], adjectives: ['transatlantic'] },
  { id: 'dl:pacific', name: 'Pacific Ocean', kind: 'water', lat: 0, lon: -160, names: ['Pacific', 'North Pacific', 'South Pacific'] },
  { id: 'dl:indian-ocean', name: 'Indian Ocean', kind: 'water', lat: -20, lon: 80 },
  { id: 'dl:arctic-ocean', name: 'Arctic Ocean', kind: 'water', lat: 85, lon: 0 },
  { id: 'dl:southern-ocean', name: 'Southern Ocean', kind: 'water', lat: -65, lon: 0 },
  { id: 'dl:mediterranean', name: 'Mediterranean Sea', kind: 'water', lat: 35, lon: 18, names: ['Mediterranean'], adjectives: ['Mediterranean'] },
  { id: 'dl:black-sea', name: 'Black Sea', kind: 'water', lat: 43.4, lon: 34.3 },
  { id: 'dl:caspian-sea', name: 'Caspian Sea', kind: 'water', lat: 41.7, lon: 50.7, names: ['Caspian'] },
  { id: 'dl:red-sea', name: 'Red Sea', kind: 'water', lat: 20, lon: 38.5 },
  { id: 'dl:baltic-sea', name: 'Baltic Sea', kind: 'water', lat: 58, lon: 20, names: ['Baltic'] },
  { id: 'dl:north-sea', name: 'North Sea', kind: 'water', lat: 56, lon: 3 },
  { id: 'dl:south-china-sea', name: 'South China Sea', kind: 'water', lat: 12, lon: 113 },
  { id: 'dl:east-china-sea', name: 'East China Sea', kind: 'water', lat: 29, lon: 125 },
  { id: 'dl:sea-of-japan', name: 'Sea of Japan', kind: 'water', lat: 40, lon: 135, names: ['East Sea'] },
  { id: 'dl:yellow-sea', name: 'Yellow Sea', kind: 'water', lat: 35.5, lon: 123 },
  { id: 'dl:persian-gulf', name: 'Persian Gulf', kind: 'water', lat: 26.5, lon: 52, names: ['Arabian Gulf'] },
  { id: 'dl:gulf-of-mexico', name: 'Gulf of Mexico', kind: 'water', lat: 25, lon: -90, names: ['Gulf of America'] },
  { id: 'dl:caribbean-sea', name: 'Caribbean Sea', kind: 'water', lat: 15, lon: -75 },
  { id: 'dl:arabian-sea', name: 'Arabian Sea', kind: 'water', lat: 15, lon: 65 },
  { id: 'dl:aegean-sea', name: 'Aegean Sea', kind: 'water', lat: 39, lon: 25, names: ['Aegean'] },
  { id: 'dl:adriatic-sea', name: 'Adriatic Sea', kind: 'water', lat: 43, lon: 15, names: ['Adriatic'] },
  { id: 'dl:gulf-of-aden', name: 'Gulf of Aden', kind: 'water', lat: 12.5, lon: 48 },
  { id: 'dl:strait-of-hormuz', name: 'Strait of Hormuz', kind: 'water', lat: 26.57, lon: 56.25 },
  { id: 'dl:english-channel', name: 'English Channel', kind: 'water', lat: 50.2, lon: -1 },
  { id: 'dl:bering-sea', name: 'Bering Sea', kind: 'water', lat: 58, lon: -178 },
  { id: 'dl:sea-of-azov', name: 'Sea of Azov', kind: 'water', lat: 46, lon: 36.5 },
  { id: 'dl:dead-sea', name: 'Dead Sea', kind: 'water', lat: 31.5, lon: 35.5 },
  { id: 'dl:bay-of-bengal', name: 'Bay of Bengal', kind: 'water', lat: 15, lon: 88 },
  { id: 'dl:gulf-of-guinea', name: 'Gulf of Guinea', kind: 'water', lat: 2, lon: 4 },
  { id: 'dl:barents-sea', name: 'Barents Sea', kind: 'water', lat: 75, lon: 40 },
  { id: 'dl:taiwan-strait', name: 'Taiwan Strait', kind: 'water', lat: 24.5, lon: 119.5 },
  { id: 'dl:strait-of-malacca', name: 'Strait of Malacca', kind: 'water', lat: 4, lon: 100 },
  { id: 'dl:bosphorus', name: 'Bosphorus', kind: 'water', lat: 41.12, lon: 29.07, countryCode: 'TR', names: ['Bosporus'] },
  { id: 'dl:suez-canal', name: 'Suez Canal', kind: 'water', lat: 30.7, lon: 32.34, countryCode: 'EG' },
  { id: 'dl:panama-canal', name: 'Panama Canal', kind: 'water', lat: 9.08, lon: -79.68, countryCode: 'PA' },
  { id: 'dl:great-lakes', name: 'Great Lakes', kind: 'water', lat: 45, lon: -84, names: [] },
  { id: 'dl:lake-michigan', name: 'Lake Michigan', kind: 'water', lat: 44, lon: -87, countryCode: 'US' },
  { id: 'dl:lake-superior', name: 'Lake Superior', kind: 'water', lat: 47.7, lon: -87.5 },
  { id: 'dl:lake-huron', name: 'Lake Huron', kind: 'water', lat: 44.8, lon: -82.4 },
  { id: 'dl:lake-erie', name: 'Lake Erie', kind: 'water', lat: 42.2, lon: -81.2 },
  { id: 'dl:lake-ontario', name: 'Lake Ontario', kind: 'water', lat: 43.7, lon: -77.9 },
  { id: 'dl:puget-sound', name: 'Puget Sound', kind: 'water', lat: 47.6, lon: -122.4, countryCode: 'US' },
  { id: 'dl:chesapeake-bay', name: 'Chesapeake Bay', kind: 'water', lat: 38.1, lon: -76.2, countryCode: 'US' },
  { id: 'dl:san-francisco-bay', name: 'San Francisco Bay', kind: 'water', lat: 37.7, lon: -122.3, countryCode: 'US' },
  { id: 'dl:ural-mountains', name: 'Ural Mountains', kind: 'area', lat: 60, lon: 59, countryCode: 'RU', names: ['Urals'] },
  { id: 'dl:rocky-mountains', name: 'Rocky Mountains', kind: 'area', lat: 44, lon: -110, names: ['Rockies'] },
  { id: 'dl:appalachian-mountains', name: 'Appalachian Mountains', kind: 'area', lat: 38, lon: -80.5, countryCode: 'US', names: ['Appalachians', 'Appalachia'] },
  { id: 'dl:alps', name: 'Alps', kind: 'area', lat: 46.5, lon: 10 },
  { id: 'dl:himalayas', name: 'Himalayas', kind: 'area', lat: 28.6, lon: 83.9, names: ['Himalaya'] },
  { id: 'dl:north-island', name: 'North Island', kind: 'area', lat: -38.5, lon: 176, countryCode: 'NZ' },
  { id: 'dl:south-island', name: 'South Island', kind: 'area', lat: -43.5, lon: 171, countryCode: 'NZ' },
  { id: 'dl:mississippi-river', name: 'Mississippi River', kind: 'water', lat: 35, lon: -90.1, countryCode: 'US' },
  { id: 'dl:nile', name: 'Nile', kind: 'water', lat: 24, lon: 32.9, names: ['Nile River', 'River Nile'] },
  { id: 'dl:euphrates', name: 'Euphrates', kind: 'water', lat: 34.5, lon: 40.9, names: ['Euphrates River'] },
  { id: 'dl:south-ossetia', name: 'South Ossetia', kind: 'area', lat: 42.35, lon: 44, countryCode: 'GE', adjectives: ['South Ossetian', 'Ossetian'], population: 53_000 },
  { id: 'dl:abkhazia', name: 'Abkhazia', kind: 'area', lat: 43, lon: 41, countryCode: 'GE', adjectives: ['Abkhaz', 'Abkhazian'], population: 245_000 },
];

/** Exonyms, demonyms and held names for countries (`iso:XX`) and cities (`gn:ID`). */
export const curatedAdditions: Record<string, CuratedAddition> = {
  'iso:US': { names: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States', 'the States'], adjectives: ['American', 'U.S.', 'US'] },
  'iso:GB': { names: ['Britain', 'Great Britain', 'U.K.', 'UK', 'United Kingdom'], adjectives: ['British', 'UK', 'U.K.', 'Britons', 'Brits'] },
  'iso:CN': { names: ['mainland China', 'PRC', "People's Republic of China"], adjectives: ['Chinese', 'Sino'] },
  'iso:KZ': { adjectives: ['Kazakh', 'Kazakhstani'] },
  'iso:UZ': { adjectives: ['Uzbek', 'Uzbekistani'] },
  'iso:KG': { names: ['Kirgizia', 'Kyrgyz Republic'], adjectives: ['Kyrgyz', 'Kirghiz'] },
  'iso:TJ': { adjectives: ['Tajik', 'Tajikistani'] },
  'iso:TM': { adjectives: ['Turkmen'] },
  'iso:BY': { names: ['Byelorussia'], adjectives: ['Belarusian', 'Belarussian', 'Byelorussian'] },
  'iso:UA': { names: ['the Ukraine'], adjectives: ['Ukrainian'] },
  'iso:RU': { adjectives: ['Russian'] },
  'iso:TR': { name: 'Turkey', names: ['Türkiye', 'Turkiye'], adjectives: ['Turkish', 'Turks'] },
  'iso:NL': { names: ['Holland'], adjectives: ['Dutch'] },
  'iso:CI': { names: ['Ivory Coast', "Cote d'Ivoire"], adjectives: ['Ivorian'] },
  'iso:MM': { otherNames: [{ name: 'Burma', to: 1989 }, { name: 'Myanmar', from: 1989 }], adjectives: ['Burmese', 'Myanmar'] },
  'iso:SZ': { otherNames: [{ name: 'Swaziland', to: 2018 }, { name: 'Eswatini', from: 2018 }], adjectives: ['Swazi'] },
  'iso:MK': { otherNames: [{ name: 'Macedonia', from: 1991, to: 2019 }, { name: 'North Macedonia', from: 2019 }], adjectives: ['Macedonian'] },
  'iso:CZ': { names: ['Czech Republic'], adjectives: ['Czech'] },
  'iso:CD': { names: ['Democratic Republic of the Congo', 'Congo-Kinshasa', 'DRC', 'D.R. Congo'], otherNames: [{ name: 'Zaire', from: 1971, to: 1997 }] },
  'iso:CG': { names: ['Congo', 'Congo-Brazzaville', 'Republic of Congo'] },
  'iso:LK': { otherNames: [{ name: 'Ceylon', to: 1972 }, { name: 'Sri Lanka', from: 1972 }], adjectives: ['Sri Lankan', 'Sinhalese'] },
  'iso:TH': { otherNames: [{ name: 'Siam', to: 1939 }, { name: 'Thailand', from: 1939 }], adjectives: ['Thai'] },
  'iso:ZW': { otherNames: [{ name: 'Rhodesia', to: 1980 }, { name: 'Zimbabwe', from: 1980 }], adjectives: ['Zimbabwean'] },
  'iso:IR': { names: ['Persia'], adjectives: ['Iranian', 'Persian'] },
  'iso:KR': { names: ['Korea', 'Republic of Korea', 'ROK'], adjectives: ['South Korean', 'Korean'] },
  'iso:KP': { names: ['DPRK', 'Pyongyang regime'], adjectives: ['North Korean'] },
  'iso:TW': { adjectives: ['Taiwanese'] },
  'iso:PH': { adjectives: ['Filipino', 'Philippine'] },
  'iso:SA': { adjectives: ['Saudi', 'Saudi Arabian'] },
  'iso:AE': { names: ['UAE', 'U.A.E.', 'Emirates'], adjectives: ['Emirati'] },
  'iso:IL': { adjectives: ['Israeli'] },
  'iso:PS': { names: ['Palestinian territories', 'Palestinian Territories'], adjectives: ['Palestinian'] },
  'iso:AF': { adjectives: ['Afghan'] },
  'iso:PK': { adjectives: ['Pakistani'] },
  'iso:IQ': { adjectives: ['Iraqi'] },
  'iso:SY': { adjectives: ['Syrian'] },
  'iso:LB': { adjectives: ['Lebanese'] },
  'iso:YE': { adjectives: ['Yemeni'] },
  'iso:EG': { adjectives: ['Egyptian'] },
  'iso:CH': { adjectives: ['Swiss'] },
  'iso:FR': { adjectives: ['French'] },
  'iso:DE': { adjectives: ['German'] },
  'iso:ES': { adjectives: ['Spanish', 'Spaniards'] },
  'iso:PL': { adjectives: ['Polish', 'Poles'] },
  'iso:SE': { adjectives: ['Swedish', 'Swedes'] },
  'iso:DK': { adjectives: ['Danish', 'Danes'] },
  'iso:FI': { adjectives: ['Finnish', 'Finns'] },
  'gn:5368361': { names: ['L.A.'] },
  'gn:4560349': { names: ['Phila.', 'Philly'] },
  'gn:5128581': { names: ['New York', 'NYC'] },
  'iso:IT': { adjectives: ['Italian'] },
  'iso:IE': { names: ['Republic of Ireland', 'Eire'], adjectives: ['Irish'] },
  'iso:LA': { adjectives: ['Lao', 'Laotian'] },
  'iso:VN': { names: ['Viet Nam'], adjectives: ['Vietnamese'] },
  'iso:VA': { names: ['Vatican', 'Holy See'] },
  'iso:TL': { names: ['East Timor'], adjectives: ['Timorese'] },
  'iso:CV': { names: ['Cabo Verde', 'Cape Verde Islands'] },
  'iso:NE': { adjectives: ['Nigerien'] },
  'iso:NG': { adjectives: ['Nigerian'] },
  'iso:GN': { adjectives: ['Guinean'] },
  'iso:BO': { adjectives: ['Bolivian'] },
  'iso:VE': { adjectives: ['Venezuelan'] },
  'iso:AZ': { adjectives: ['Azerbaijani', 'Azeri'] },
  'iso:GE': { adjectives: ['Georgian'] },
  'iso:MN': { adjectives: ['Mongolian'] },
  'iso:NZ': { adjectives: ['New Zealand', 'Maori', 'Māori'] },
  'iso:BA': { names: ['Bosnia'], adjectives: ['Bosnian'] },
  'iso:XK': { adjectives: ['Kosovar', 'Kosovan'] },
  'gn:6325494': { names: ['Quebec City', 'Québec City'] },
  'gn:4140963': { name: 'Washington', names: ['Washington, D.C.', 'Washington D.C.', 'Washington DC', 'D.C.', 'District of Columbia'] },
  'gn:1526273': { name: 'Astana', names: ['Akmola', 'Tselinograd'], otherNames: [{ name: 'Tselinograd', from: 1961, to: 1992 }, { name: 'Akmola', from: 1992, to: 1998 }, { name: 'Astana', from: 1998, to: 2019 }, { name: 'Nur-Sultan', from: 2019, to: 2022 }, { name: 'Astana', from: 2022 }] },
  'gn:703448': { names: ['Kiev'], otherNames: [{ name: 'Kiev', to: 1995 }, { name: 'Kyiv', from: 1995 }] },
  'gn:1275339': { otherNames: [{ name: 'Bombay', to: 1995 }, { name: 'Mumbai', from: 1995 }] },
  'gn:1264527': { otherNames: [{ name: 'Madras', to: 1996 }, { name: 'Chennai', from: 1996 }] },
  'gn:1275004': { otherNames: [{ name: 'Calcutta', to: 2001 }, { name: 'Kolkata', from: 2001 }] },
  'gn:1277333': { names: ['Bangalore'], otherNames: [{ name: 'Bangalore', to: 2014 }, { name: 'Bengaluru', from: 2014 }] },
  'gn:1298824': { otherNames: [{ name: 'Rangoon', to: 1989 }, { name: 'Yangon', from: 1989 }] },
  'gn:1816670': { names: ['Peking'], otherNames: [{ name: 'Peking', to: 1979 }, { name: 'Beijing', from: 1979 }] },
  'gn:1566083': { names: ['Saigon'], otherNames: [{ name: 'Saigon', to: 1976 }, { name: 'Ho Chi Minh City', from: 1976 }] },
  'gn:745044': { names: ['Constantinople'], otherNames: [{ name: 'Constantinople', to: 1930 }, { name: 'Istanbul', from: 1930 }] },
  'gn:472757': { otherNames: [{ name: 'Stalingrad', from: 1925, to: 1961 }, { name: 'Volgograd', from: 1961 }] },
  'gn:498817': { names: ['St Petersburg', 'St. Petersburg'], otherNames: [{ name: 'Leningrad', from: 1924, to: 1991 }, { name: 'Saint Petersburg', from: 1991 }] },
  'gn:1526384': { otherNames: [{ name: 'Alma-Ata', to: 1993 }, { name: 'Almaty', from: 1993 }] },
  'gn:1528675': { otherNames: [{ name: 'Frunze', from: 1926, to: 1991 }, { name: 'Bishkek', from: 1991 }] },
  'gn:2314302': { otherNames: [{ name: 'Léopoldville', to: 1966 }, { name: 'Kinshasa', from: 1966 }] },
  'gn:890299': { otherNames: [{ name: 'Salisbury', to: 1982 }, { name: 'Harare', from: 1982 }] },
  'gn:709930': { otherNames: [{ name: 'Dnipropetrovsk', from: 1926, to: 2016 }, { name: 'Dnipro', from: 2016 }] },
  'gn:3143244': { names: ['Christiania', 'Kristiania'], otherNames: [{ name: 'Christiania', to: 1897 }, { name: 'Kristiania', from: 1897, to: 1925 }, { name: 'Oslo', from: 1925 }] },
  'gn:698740': { names: ['Odessa'] },
  'gn:706483': { names: ['Kharkov'] },
  'gn:702550': { names: ['Lvov'] },
  // English names that GeoNames lists but gives as no main name in any snapshot, so no rule in
  // geo/englishNames.ts can choose them (its alternate names carry no language). Irish towns
  // GeoNames calls by their Irish names: every town in Ireland whose GeoNames names hold an
  // English one sharing no word with its Irish main name ("Dún Laoghaire" and "Bearna" are
  // what English text writes too). Then large European cities English text knows only by
  // their English name. The Irish or local name stays a name the index reads.
  'gn:2962290': { name: 'Newbridge' },
  'gn:2965353': { name: 'Clonmel' },
  'gn:2962361': { name: 'Mullingar' },
  'gn:2961120': { name: 'Tramore' },
  'gn:2961651': { name: 'Rush' },
  'gn:2962945': { name: 'Lifford' },
  'gn:2962611': { name: 'Milltown' },
  'gn:2963419': { name: 'Kilfinane' },
  'gn:2886242': { name: 'Cologne' },
  'gn:2510911': { name: 'Seville' },
  'gn:2797656': { name: 'Ghent' },
  'gn:2800931': { name: 'Bruges' },
  'gn:3171728': { name: 'Padua' },
  'gn:261745': { name: 'Heraklion' },
  'gn:255683': { name: 'Patras' },
  'gn:2624652': { name: 'Aarhus' },
};

/**
 * Representative points for first-level regions whose populated places crowd one edge
 * (Canada's provinces and Australia's states hug their southern and coastal rims), keyed
 * "CC.admin1"; [lat, lon], near the GeoNames point for each.
 */
export const curatedRegionPoints: Record<string, [number, number]> = {
  'CA.01': [52.28, -117.47], 'CA.02': [54, -125], 'CA.03': [55, -97], 'CA.04': [46.5, -66], 'CA.05': [52, -56],
  'CA.07': [45, -63], 'CA.08': [49.25, -84.5], 'CA.09': [46.25, -63.13], 'CA.10': [52, -72], 'CA.11': [54, -106],
  'CA.12': [63.5, -135.5], 'CA.13': [64.5, -119], 'CA.14': [70, -90],
  'AU.02': [-33, 146], 'AU.03': [-20, 133.5], 'AU.04': [-20, 145], 'AU.05': [-30, 135], 'AU.06': [-42, 146.5],
  'AU.07': [-37, 144], 'AU.08': [-25, 122],
};

/**
 * Words that look like places but in news are usually something else; they only count as a
 * place with supporting context (a preposition, "X, Y", the dateline).
 */
export const curatedWeakNames: string[] = [
  'Will', 'May', 'March', 'August', 'Turkey', 'Mobile', 'Reading', 'Split', 'Bath', 'Nice', 'Chad', 'Jordan', 'Victoria', 'Florence',
  'Lincoln', 'Jackson', 'Clinton', 'Franklin', 'Madison', 'Hamilton', 'Kennedy', 'Trump',
  'Obama', 'Bush', 'Sharon', 'Eugene', 'Marion', 'Chester', 'Mercedes', 'Santa',
  'Police', 'President', 'Union', 'Liberty', 'Independence', 'Opportunity', 'Hope', 'Orange', 'Normal', 'Justice',
  'Commerce', 'Energy', 'Industry', 'Progress', 'Enterprise', 'Security', 'Temple', 'Mission', 'Sale', 'Deal',
  'Best', 'Bar', 'Most', 'Gap', 'Green', 'Brown', 'White', 'Young', 'Page', 'Post', 'Price', 'Marshall', 'Wells',
  'North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Far North', 'Centre',
  'Center', 'Capital', 'Coast', 'Lakes', 'Islands', 'Mountain', 'Valley', 'Northwest', 'Southwest', 'Northeast', 'Southeast',
  'University', 'City', 'Real', 'Liberal', 'Christmas', 'Easter', 'Church', 'Federal', 'Parliament', 'Congress', 'Senate',
  'Court', 'Bank', 'Box',
  // Islands named like a word, a person or a film ("Java developers", "a Rhodes scholar", "on the lanai").
  'Java', 'Rhodes', 'Milos', 'Sark', 'Tanna', 'Lanai', 'Corregidor',
  // News agencies that share a name with towns.
  'Xinhua', 'Interfax', 'Yonhap', 'Kyodo', 'Tass', 'Reuters',
];
