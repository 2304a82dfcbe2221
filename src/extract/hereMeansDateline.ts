/**
 * "arrived here yesterday", "spoke here": in news, "here" is the dateline's place. Events are
 * placed there and a traveller's route stops there when a sentence says so.
 */
export const HERE = /\b(?:arrived|landed|came|returned|is|was|are|were|met|spoke|died)\s+here\b/i;
