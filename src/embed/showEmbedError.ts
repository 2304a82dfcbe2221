/** Replaces `element`'s content with an alert: `title` and, when given, a list of `details`, all as text. */
export function showEmbedError(element: HTMLElement, title: string, details: readonly string[] = []): void {
  const box = document.createElement('div');
  box.className = 'dl-error';
  box.setAttribute('role', 'alert');
  const head = document.createElement('strong');
  head.textContent = title;
  box.append(head);
  if (details.length > 0) {
    const list = document.createElement('ul');
    for (const d of details) {
      const li = document.createElement('li');
      li.textContent = d;
      list.append(li);
    }
    box.append(list);
  }
  element.replaceChildren(box);
}
