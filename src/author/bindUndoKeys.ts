/**
 * Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, except while typing in a field, where
 * the field's own undo applies. Returns a function that unbinds.
 */
export function bindUndoKeys(target: Document | HTMLElement, onStep: (which: 'undo' | 'redo') => void): () => void {
  const onKey = (e: Event): void => {
    if (!(e instanceof KeyboardEvent) || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const el = e.target instanceof HTMLElement ? e.target : null;
    if (el && (el.isContentEditable || el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type)))) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      onStep(key === 'y' || e.shiftKey ? 'redo' : 'undo');
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
