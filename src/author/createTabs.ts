import { textElement } from '../app/textElement';

/** Tabs over a few panels: the tab list and one panel element per tab. */
export interface Tabs {
  readonly panels: readonly HTMLElement[];
  select(index: number): void;
}

/** Creates a tab list with `labels` in `el` and a panel for each (ARIA tabs; arrow keys move between tabs). */
export function createTabs(el: HTMLElement, idPrefix: string, labels: readonly string[]): Tabs {
  const list = textElement('div', 'au-tabs');
  list.setAttribute('role', 'tablist');
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  labels.forEach((label, i) => {
    const tab = textElement('button', 'au-tab', label);
    tab.type = 'button';
    tab.id = `${idPrefix}-tab-${i}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `${idPrefix}-panel-${i}`);
    tab.addEventListener('click', () => select(i));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      const next = (i + step + labels.length) % labels.length;
      select(next);
      tabs[next]?.focus();
    });
    const panel = textElement('div', 'au-tabpanel');
    panel.id = `${idPrefix}-panel-${i}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    tabs.push(tab);
    panels.push(panel);
  });
  list.append(...tabs);
  el.append(list, ...panels);
  const select = (index: number): void => {
    tabs.forEach((t, i) => {
      t.setAttribute('aria-selected', String(i === index));
      t.tabIndex = i === index ? 0 : -1;
    });
    panels.forEach((p, i) => (p.hidden = i !== index));
  };
  select(0);
  return { panels, select };
}
