/** A visible banner for problems (a story that does not validate, a file that will not load). */
export interface ErrorBanner {
  /** Shows `title` and up to 20 `details`, each as text and each cut to 300 characters. */
  show(title: string, details?: readonly string[]): void;
  clear(): void;
}

const MAX_DETAIL_CHARS = 300;

/** Creates an error banner in `el`; it is an ARIA alert so screen readers announce it. */
export function createErrorBanner(el: HTMLElement): ErrorBanner {
  const banner = document.createElement('div');
  banner.className = 'dl-error';
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  el.append(banner);
  return {
    show(title, details = []) {
      const heading = document.createElement('strong');
      heading.textContent = title.length > MAX_DETAIL_CHARS ? `${title.slice(0, MAX_DETAIL_CHARS)}…` : title;
      const list = document.createElement('ul');
      for (const d of details.slice(0, 20)) {
        const li = document.createElement('li');
        // A hostile story can make a detail enormous (a 100k-character id); the start says enough.
        li.textContent = d.length > MAX_DETAIL_CHARS ? `${d.slice(0, MAX_DETAIL_CHARS)}…` : d;
        list.append(li);
      }
      banner.replaceChildren(heading, ...(details.length > 0 ? [list] : []));
      banner.hidden = false;
    },
    clear() {
      banner.replaceChildren();
      banner.hidden = true;
    },
  };
}
