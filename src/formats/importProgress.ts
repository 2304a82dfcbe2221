/** What an importer counts as it goes: slides (TimelineJS, StoryMapJS, spreadsheet rows), features, or characters of a spreadsheet. */
export type ImportNoun = 'slides' | 'features' | 'characters';

/**
 * How far an import has got, for a progress bar: the JSON being parsed, `done` of `total` items
 * read, or the story being checked.
 */
export type ImportProgress = { stage: 'parsing' } | { stage: 'items'; noun: ImportNoun; done: number; total: number } | { stage: 'checking' };

/** Hears `done` of `total` items; importers call it every {@link PROGRESS_EVERY} items, so it costs nothing per item. */
export type ItemProgress = (done: number, total: number) => void;

/** How many items an importer reads between two progress reports. */
export const PROGRESS_EVERY = 1_000;
