import type { Prf } from './scorePrf';

/** One gold toponym of an eval line (shared/eval/README.md). */
export interface GoldToponym {
  text: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
  geonameid?: string;
  fcode?: string;
  country?: string;
}

/** One eval line: an article and its gold toponyms. */
export interface PlaceEvalLine {
  id: string;
  dataset: string;
  /** Which part of a development set the line belongs to ("dev", "heldout"); misses are read only from "dev". */
  split?: string;
  date?: string;
  title: string;
  text: string;
  toponyms: GoldToponym[];
  /** Kinds of mention (a find's rule, e.g. "demonym") the annotators did not mark: such finds outside gold spans are not scored. */
  unannotated?: string[];
}

/** One predicted place mention, as the scorer needs it. */
export interface PlacePrediction {
  start: number;
  end: number;
  lat: number;
  lon: number;
  /** `gn:123`, `iso:KZ`... */
  gazetteerId: string;
  kind: string;
  /** ISO alpha-2 code of the predicted place's country, '' for none. */
  countryCode?: string;
  /** For countries: every name the predicted country goes by (judged by identity). */
  countryNames: string[];
}

/** Precision, recall and F1 with their counts. */
export type PRF = Prf;

/** What evalPlaces reports. */
export interface PlaceMetrics {
  articles: number;
  gold: number;
  predicted: number;
  exact: PRF;
  overlap: PRF;
  /** Of the gold toponyms recognised (overlapping span), the share resolved within 161 km (countries by identity). */
  within161: number;
  /** As within161, and a predicted country also counts as right when the gold point lies inside it. */
  within161CountryTolerant: number;
  /** How many recognised gold toponyms the above is over. */
  resolved: number;
  medianErrorKm: number;
  /** Of the recognised gold toponyms with a GeoNames id, the share whose id we gave. */
  idAccuracy: number;
  withId: number;
}

/** Whether the country with this ISO alpha-2 code holds the point. */
export type CountryContains = (countryCode: string, lat: number, lon: number) => boolean;
