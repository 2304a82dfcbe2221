import type { Locale } from 'date-fns';
import type { enMessages } from './en';
import type { Lang } from './languages';

/** A key of the message catalogue (the keys of the English one). */
export type MessageKey = keyof typeof enMessages;

/** A complete catalogue: a string for every key English has. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Everything one interface language needs: its messages and its date-fns locale. */
export interface LanguagePack {
  readonly code: Lang;
  readonly messages: Messages;
  readonly dateLocale: Locale;
}
