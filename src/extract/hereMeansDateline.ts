/**
 * "arrived here yesterday", "spoke here", "came into this harbour": in news, "here" (and "this
 * city", "this port") is the dateline's place. Events are
 * placed there and a traveller's route stops there when a sentence says so.
 */
export const HERE = /\b(?:arrived|landed|came|returned|docked|is|was|are|were|met|spoke|died)\s+(?:here\b|(?:in|into|at|to)\s+this\s+(?:harbour|harbor|city|town|port|village|capital|island)\b)/i;
