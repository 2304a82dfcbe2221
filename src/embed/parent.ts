import { parseNotice, type EmbedCommand } from './embedMessages';

/** Options for {@link connectFrame}. */
export interface ConnectFrameOptions {
  /** Mirror the frame's current event in this page's URL as `?<param>=<id>` (default: when the frame's URL has `mirror=1`). */
  mirror?: boolean;
  /** The URL parameter used for mirroring (default `dateline`). */
  param?: string;
  /** Called with each current event the frame reports. */
  onEvent?: (eventId: string | null) => void;
  /** Size the iframe's height to the frame's content (default: when the iframe has `data-dateline-autoheight`). */
  autoHeight?: boolean;
}

/** A parent page's link to one Dateline iframe. */
export interface FrameLink {
  send(command: EmbedCommand): void;
  destroy(): void;
}

/** Whether the iframe has left about:blank (a cross-origin document cannot be read, so it has). */
function frameLoaded(iframe: HTMLIFrameElement): boolean {
  try {
    return iframe.contentWindow !== null && iframe.contentWindow.location.href !== 'about:blank';
  } catch {
    return true;
  }
}

/**
 * Links a parent page to a Dateline embed iframe: accepts messages only from that frame's window
 * and origin, sends commands only to that origin, and (opt-in) mirrors the current event in the
 * parent URL, so a shared link reopens the story at the same event, and (opt-in) sizes the
 * iframe's height to the frame's content.
 */
export function connectFrame(iframe: HTMLIFrameElement, options: ConnectFrameOptions = {}): FrameLink {
  const src = new URL(iframe.src, location.href);
  const origin = src.origin;
  const param = options.param ?? 'dateline';
  const mirror = options.mirror ?? src.searchParams.get('mirror') === '1';
  const autoHeight = options.autoHeight ?? iframe.hasAttribute('data-dateline-autoheight');
  const send = (command: EmbedCommand): void => iframe.contentWindow?.postMessage(command, origin);
  const wanted = (): string | null => (mirror ? new URLSearchParams(location.search).get(param) : null);
  const onMessage = (e: MessageEvent<unknown>): void => {
    if (e.source !== iframe.contentWindow || e.origin !== origin) return;
    const notice = parseNotice(e.data);
    if (notice === null) return;
    if (notice.type === 'dateline:ready') {
      const id = wanted();
      if (id !== null && notice.eventIds.includes(id)) send({ type: 'dateline:goTo', eventId: id });
      if (autoHeight) send({ type: 'dateline:autoheight' });
    } else if (notice.type === 'dateline:resize') {
      // Setting a style property from script is allowed under a CSP without 'unsafe-inline' styles.
      if (autoHeight && notice.height > 0) iframe.style.height = `${notice.height}px`;
    } else if (notice.type === 'dateline:event') {
      options.onEvent?.(notice.eventId);
      if (!mirror) return;
      const url = new URL(location.href);
      if (notice.eventId === null) url.searchParams.delete(param);
      else url.searchParams.set(param, notice.eventId);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }
  };
  window.addEventListener('message', onMessage);
  // The frame may have said `ready` before this script ran; then it is listening already. (A frame
  // still on about:blank will say `ready` later; posting to it now would only log an origin error.)
  if (frameLoaded(iframe)) {
    const id = wanted();
    if (id !== null) send({ type: 'dateline:goTo', eventId: id });
    if (autoHeight) send({ type: 'dateline:autoheight' });
  }
  return {
    send,
    destroy: () => window.removeEventListener('message', onMessage),
  };
}

/** Connects every `iframe[data-dateline]` on the page (what including this script does). */
export function connectAllFrames(): FrameLink[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-dateline]')].map((f) => connectFrame(f));
}
