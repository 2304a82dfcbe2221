/** Why a text does not read as news prose: markup or code, a list of words or lines, or words without the grammar of sentences. */
export type NotProse = 'markup' | 'list' | 'words';

/** The verdict of {@link readsAsProse}. */
export type ProseCheck = { prose: true } | { prose: false; reason: NotProse };

const SAMPLE = 200_000;
const TAG = /<\/?[a-zA-Z!][^<>]{0,300}>/g;
const CODE_LINE = /[;{}]\s*$|^\s*(?:import|export|function|const|let|var|def|class|return|if|for|while|#include|public|private)\b/;
// The words English sentences cannot do without; in news prose they are about two words in five.
const FUNCTION_WORDS = new Set(
  'the a an of to in and or but is are was were be been has have had it its he she they his her their this that these those with for on at by from as not no will would can could said says who which what when where there than then also into after before over about up out more'.split(' '),
);

/**
 * Whether a text reads as news prose, judged on its first 200,000 characters: not markup or
 * code (tags, or lines ending in braces and semicolons), not a list (short lines with no
 * sentence punctuation), and not words without grammar (too few function words). Extraction
 * still runs on anything; this says when its story should not be trusted.
 */
export function readsAsProse(text: string): ProseCheck {
  const sample = text.slice(0, SAMPLE);
  let tagChars = 0;
  let tags = 0;
  for (const m of sample.matchAll(TAG)) {
    tags++;
    tagChars += m[0].length;
  }
  const lines = sample.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const codeLines = lines.filter((l) => CODE_LINE.test(l)).length;
  if ((tags >= 5 && tagChars > sample.length * 0.05) || (lines.length >= 5 && codeLines >= lines.length * 0.3)) return { prose: false, reason: 'markup' };
  const words = sample.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (lines.length >= 8) {
    const perLine = words.length / lines.length;
    const sentences = lines.filter((l) => /[.!?…"”’)]$/.test(l)).length;
    if (perLine < 4 && sentences < lines.length * 0.2) return { prose: false, reason: 'list' };
  }
  if (words.length >= 60) {
    let function_ = 0;
    for (const w of words) if (FUNCTION_WORDS.has(w.toLowerCase())) function_++;
    if (function_ < words.length * 0.1) return { prose: false, reason: 'words' };
  }
  return { prose: true };
}
