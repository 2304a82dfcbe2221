import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import './author.css';
import type { Lang } from '../i18n/languages';
import { createAuthor } from './createAuthor';
import { at } from './i18n/at';
import { authorPageLanguage } from './i18n/authorPageLanguage';
import { loadAuthorLanguage } from './i18n/loadAuthorLanguage';

const wanted = authorPageLanguage(location.search, navigator.languages);
const root = document.getElementById('author');
// If the language files cannot be fetched, the page opens in English (and says so in <html lang>).
void loadAuthorLanguage(wanted)
  .then((): Lang => wanted, (): Lang => 'en')
  .then((lang) => {
    document.documentElement.lang = lang;
    document.title = at(lang, 'page.title');
    if (root) createAuthor(root, { lang });
  });
