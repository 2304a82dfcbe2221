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
  /** Called when the parent opts in to auto height: lay the frame out at its natural height (default: nothing). */
  onAutoHeight?: () => void;
}

/** The postMessage link between an embed iframe and its parent page. */
export interface FrameBridge {
  post(notice: EmbedNotice): void;
  destroy(): void;
}

/**
 * Links `handle` to the parent page: obeys `dateline:play|pause|goTo|autoheight` only from the
 * parent window and only from allowed origins, and posts `dateline:ready|event|resize` only to
 * those origins. `resize` carries the height of `measure`'s content whenever it changes.
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
    else if (command.type === 'dateline:autoheight') {
      options.onAutoHeight?.();
      // The parent may have missed earlier reports (it opts in after `ready`): say it again.
      requestAnimationFrame(() => report(true));
    } else handle.goTo(command.eventId);
  };
  window.addEventListener('message', onMessage);
  const off = handle.on('event', (d) => post({ type: 'dateline:event', ...d, mirror: options.mirror }));
  const measure = options.measure ?? document.documentElement;
  let lastHeight = -1;
  function report(always = false): void {
    // The box's own height, not the window's: at natural height the frame can shrink as well as grow.
    const height = Math.ceil(Math.max(measure.scrollHeight, measure.getBoundingClientRect().height));
    if (always || height !== lastHeight) post({ type: 'dateline:resize', height });
    lastHeight = height;
  }
  const resize = new ResizeObserver(() => report());
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
