/** A text button (type="button") that calls `onClick`; the label is set as text. */
export function createButton(label: string, onClick: () => void, className = 'au-btn'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
