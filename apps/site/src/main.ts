import '@apiary/elements/themes/apiary.css';
import './site.css';
import { loadLocale } from '@apiary/i18n';
import '@apiary/elements/feature-card.js';

// Load the page's strings before the cards first render, so they never flash English.
void loadLocale(document.documentElement.lang);
