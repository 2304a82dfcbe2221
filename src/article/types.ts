/** A range of characters in the article text (0-based, end-exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** An article split into the parts extraction needs, every part an offset into `text`. */
export interface Article {
  /** The full text exactly as given; every offset points into it. */
  text: string;
  /** Publication date, YYYY-MM-DD: the anchor for "yesterday". */
  published: string;
  /** A title: the headline or the first sentence, trimmed, unless one was given. */
  title: string;
  /** The dateline ("NUR-SULTAN •"), where the article opens with one. */
  dateline?: TextRange & { place: string };
  /** The headline line a pasted page opens with: the title, not a sentence that tells an event. */
  headline?: TextRange;
  /** Where the body starts (after any header and dateline). */
  bodyStart: number;
  paragraphs: TextRange[];
  sentences: TextRange[];
}
