import type { Lang } from '../i18n/languages';

/** The words of the loading view (kept here until the catalogues in src/i18n take them). */
export interface LoadingText {
  /** "Opening {label}…" */
  opening: string;
  /** Bytes read of the declared size: "{loaded} of {total} read". */
  readOf: string;
  /** Bytes read when the size is unknown: "{loaded} read". */
  read: string;
  checking: string;
  cancel: string;
  /** The banner after Cancel, and its detail. */
  cancelled: string;
  cancelledHint: string;
}

const TEXT: Record<Lang, LoadingText> = {
  en: {
    opening: 'Opening “{label}”…',
    readOf: '{loaded} of {total} read',
    read: '{loaded} read',
    checking: 'Checking the story…',
    cancel: 'Cancel',
    cancelled: 'Opening “{label}” was cancelled.',
    cancelledHint: 'Choose a story in the list, or pick it again to retry.',
  },
  fr: {
    opening: 'Ouverture de « {label} »…',
    readOf: '{loaded} lus sur {total}',
    read: '{loaded} lus',
    checking: 'Vérification du récit…',
    cancel: 'Annuler',
    cancelled: 'L’ouverture de « {label} » a été annulée.',
    cancelledHint: 'Choisissez un récit dans la liste, ou choisissez-le de nouveau pour réessayer.',
  },
  de: {
    opening: '„{label}“ wird geöffnet …',
    readOf: '{loaded} von {total} gelesen',
    read: '{loaded} gelesen',
    checking: 'Die Geschichte wird geprüft …',
    cancel: 'Abbrechen',
    cancelled: 'Das Öffnen von „{label}“ wurde abgebrochen.',
    cancelledHint: 'Wählen Sie eine Geschichte in der Liste, oder wählen Sie sie erneut, um es noch einmal zu versuchen.',
  },
  es: {
    opening: 'Abriendo «{label}»…',
    readOf: '{loaded} leídos de {total}',
    read: '{loaded} leídos',
    checking: 'Comprobando la historia…',
    cancel: 'Cancelar',
    cancelled: 'Se canceló la apertura de «{label}».',
    cancelledHint: 'Elija una historia de la lista, o elíjala de nuevo para reintentarlo.',
  },
  ru: {
    opening: 'Открывается «{label}»…',
    readOf: 'Прочитано {loaded} из {total}',
    read: 'Прочитано {loaded}',
    checking: 'Проверка истории…',
    cancel: 'Отмена',
    cancelled: 'Открытие «{label}» отменено.',
    cancelledHint: 'Выберите историю в списке или выберите её снова, чтобы повторить.',
  },
};

/** The loading view's text `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function loadingText(lang: Lang, key: keyof LoadingText, values: Record<string, string> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
