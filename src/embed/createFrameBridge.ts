import { isAllowedOrigin } from './allowedOrigins';
import { parseCommand, type EmbedNotice } from './embedMessages';
import type { EmbedHandle } from './mount';

/** Options for {@link createFrameBridge}. */
export interface FrameBridgeOptions {
  /** Origins (besides the frame's own) whose commands are obeyed and to which notices are posted. */
  parentOrigins: readonly string[];
  /** Ask the parent to mirror the current event in its URL (`mirror=1`). */
  mirror: boolean;
  /** The element whose height is reported (default: the document's root). */
  measure?: HTMLElement;
}

/** The postMessage link between an embed iframe and its parent page. */
export interface FrameBridge {
  post(notice: EmbedNotice): void;
  destroy(): void;
}

/**
 * Links `handle` to the parent page: obeys `dateline:play|pause|goTo` only from the parent window
 * and only from allowed origins, and posts `dateline:ready|event|resize` only to those origins.
 */
export function createFrameBridge(handle: EmbedHandle, title: string, options: FrameBridgeOptions): FrameBridge {
  const own = location.origin;
  const parent = window.parent;
  const targets = options.parentOrigins.length > 0 ? options.parentOrigins : [own];
  const post = (notice: EmbedNotice): void => {
    if (parent === window) return;
    // postMessage drops a message whose target origin is not the parent's, so only listed origins hear it.
    for (const origin of targets) parent.postMessage(notice, origin);
  };
  const onMessage = (e: MessageEvent<unknown>): void => {
    if (e.source !== parent || !isAllowedOrigin(e.origin, own, options.parentOrigins)) return;
    const command = parseCommand(e.data);
    if (command === null) return;
    if (command.type === 'dateline:play') handle.play();
    else if (command.type === 'dateline:pause') handle.pause();
    else handle.goTo(command.eventId);
  };
  window.addEventListener('message', onMessage);
  const off = handle.on('event', (d) => post({ type: 'dateline:event', ...d, mirror: options.mirror }));
  const measure = options.measure ?? document.documentElement;
  let lastHeight = -1;
  const resize = new ResizeObserver(() => {
    const height = Math.ceil(measure.scrollHeight);
    if (height !== lastHeight) post({ type: 'dateline:resize', height });
    lastHeight = height;
  });
  resize.observe(measure);
  post({ type: 'dateline:ready', title, eventIds: [...handle.eventIds] });
  return {
    post,
    destroy() {
      window.removeEventListener('message', onMessage);
      off();
      resize.disconnect();
    },
  };
}
