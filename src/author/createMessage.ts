import { textElement } from '../app/textElement';

/** A place for one message (an error, a warning or a note) with optional details, all set as text. */
export interface Message {
  show(kind: 'error' | 'warning' | 'note', title: string, details?: readonly string[]): void;
  clear(): void;
}

const MAX = 300;
const cut = (s: string): string => (s.length > MAX ? `${s.slice(0, MAX)}…` : s);

/** Creates a message slot in `el`; errors are announced (role alert), notes are polite. */
export function createMessage(el: HTMLElement): Message {
  const box = textElement('div', 'au-message');
  box.hidden = true;
  el.append(box);
  return {
    show(kind, title, details = []) {
      box.className = `au-message au-message--${kind}`;
      box.setAttribute('role', kind === 'note' ? 'status' : 'alert');
      const parts: Node[] = [textElement('strong', '', cut(title))];
      if (details.length > 0) {
        const list = document.createElement('ul');
        for (const d of details.slice(0, 20)) list.append(textElement('li', '', cut(d)));
        parts.push(list);
      }
      box.replaceChildren(...parts);
      box.hidden = false;
    },
    clear() {
      box.hidden = true;
      box.replaceChildren();
    },
  };
}
