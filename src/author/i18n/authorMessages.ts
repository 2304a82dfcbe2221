import type { authorEn } from './en';

/** A key of the authoring catalogue (the keys of the English one). */
export type AuthorKey = keyof typeof authorEn;

/** A complete authoring catalogue: a string for every key English has, and no other. */
export type AuthorMessages = Readonly<Record<AuthorKey, string>>;
