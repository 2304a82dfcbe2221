import type { Lang } from './languages';
import { pickLanguage } from './pickLanguage';

/**
 * The interface language for `element`: an explicit `requested` tag first (an embed's `lang`
 * option or `?lang=`), else the nearest `lang` attribute around `element` (the custom element's
 * own, a wrapper's, or `<html lang>`), else English.
 */
export function pageLanguage(element: Element | null, requested?: string | null): Lang {
  const around = element?.closest('[lang]')?.getAttribute('lang') ?? null;
  return pickLanguage([requested, around].filter((x): x is string => typeof x === 'string' && x !== ''));
}
