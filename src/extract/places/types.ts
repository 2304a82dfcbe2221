import type { Article } from '../../article/types';
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/types';
import type { Candidate, CandidateReason } from '../../story/types';
import type { Token } from './tokenize';

/** One place mention found in an article, resolved to one gazetteer entry. */
export interface PlaceFind {
  start: number;
  end: number;
  text: string;
  /** The finder or refiner that produced it ("name", "demonym", "containment", "descriptive"...). */
  rule: string;
  entry: GazetteerEntry;
  /** Ranked alternatives, scored, the chosen one first (one array shared by every find of a name: read it, do not change it). */
  candidates: Candidate[];
  confidence: number;
}

/** A mention on its way through the pipeline: a span, what it may mean, and the evidence so far. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  rule: string;
  /** Index of the first and one-past-last token of the span. */
  firstToken: number;
  endToken: number;
  /** Normalised surface name (the key "one sense per article" groups by). */
  key: string;
  entries: GazetteerEntry[];
  /** An adjective or demonym ("Kazakh") rather than a name. */
  adjective: boolean;
  /** Words around it say it is a place ("in X", "X, Y", the dateline). */
  supported: boolean;
  /** Stronger than a preposition: "X, Y", a list of places, the dateline (enough even for "Christmas" or "Church"). */
  anchored?: boolean;
  /** Set by a refiner that rejects it, with the reason (kept for debugging and tests). */
  dropped?: string;
  /** Entries the context favours (the Y of "X, Y"), with extra score. */
  boosts: Map<string, number>;
  /** Why a boost was given, by entry id (the candidate's reasons). */
  reasons?: Map<string, RankReason[]>;
  scored?: ScoredEntry[];
}

/** A piece of evidence that raised a candidate's score, and by how much. */
export interface RankReason extends CandidateReason {
  weight: number;
}

/** One ranked reading of a mention: its score and why, strongest reason first. */
export interface ScoredEntry {
  entry: GazetteerEntry;
  score: number;
  reasons?: RankReason[];
}

/** What every pipeline step sees and may change. */
export interface PlaceContext {
  article: Article;
  gazetteer: Gazetteer;
  tokens: Token[];
  mentions: PlaceMention[];
  /** The dateline's resolved entry, once known. */
  dateline?: GazetteerEntry;
}

/** A finder or refiner: reads the context, adds, drops or re-scores mentions. */
export interface PlaceStep {
  name: string;
  run(ctx: PlaceContext): void;
}
