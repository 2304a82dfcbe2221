/**
 * Whether `text` holds a lower-case word, in any case ("quarter" in "Third Quarter"); each word
 * is looked for once per text, however many patterns need it.
 */
export function textHolds(text: string): (word: string) => boolean {
  const lower = text.toLowerCase();
  const held = new Map<string, boolean>();
  return (word) => {
    let holds = held.get(word);
    if (holds === undefined) held.set(word, (holds = lower.includes(word)));
    return holds;
  };
}
