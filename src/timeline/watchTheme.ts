/** Attributes a page switches its theme with, on the root or a wrapper. */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode'];

/**
 * Calls `onChange` whenever the colours around `el` may have changed: the reader's system
 * switches between light and dark, or the page changes a class, style or theme attribute on
 * `el` or any element around it (a host page's own dark mode). Returns a function that stops.
 * `onChange` should re-read the colours and compare: most of these changes are not a new theme.
 */
export function watchTheme(el: Element, onChange: () => void): () => void {
  const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  scheme?.addEventListener('change', onChange);
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(onChange) : null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    observer?.observe(node, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  }
  return () => {
    scheme?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}
