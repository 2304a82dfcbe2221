import 'leaflet/dist/leaflet.css';
import './app/app.css';
import './app/print.css';
import { createApp } from './app/createApp';
import { loadLanguage } from './i18n/loadLanguage';
import { pickLanguage } from './i18n/pickLanguage';

// Our own page: ?lang= first, else the reader's browser languages, else English.
const lang = pickLanguage([new URLSearchParams(location.search).get('lang') ?? '', ...navigator.languages]);
document.documentElement.lang = lang;
const root = document.getElementById('app');
// If the language file cannot be fetched, t() speaks English.
void loadLanguage(lang)
  .catch(() => undefined)
  .then(() => {
    if (root) createApp(root, { lang });
  });
