import type { Translations } from '../types.js';

/** Italiano (Italian). Terms as in packages/i18n/GLOSSARY.md. */
const it: Translations = {
  common: {
    loading: 'Caricamento…',
    empty: 'Non c’è ancora niente da mostrare.',
    error: 'Si è verificato un errore durante il caricamento.',
    retry: 'Riprova',
    clearFilters: 'Cancella filtri',
    feedError: {
      http: 'Il server ha risposto con lo stato {{status}}.',
      timeout: 'Il server ha impiegato troppo tempo a rispondere.',
      network: 'Impossibile raggiungere il server.',
      format: 'Impossibile leggere i dati.',
    },
    opensInNewTab: '(si apre in una nuova scheda)',
  },
  banner: {
    label: 'Annuncio',
    dismiss: 'Chiudi l’annuncio',
  },
  featureCard: {
    learnMore: 'Scopri di più',
  },
  projectGrid: {
    search: 'Cerca progetti',
    sort: 'Ordina per',
    sortStars: 'Più stelle',
    sortName: 'Nome',
    layout: 'Visualizzazione',
    layoutGrid: 'Griglia',
    layoutList: 'Elenco',
    areas: 'Ambiti',
    maturity: 'Maturità',
    allMaturities: 'Tutti',
    count_one: '{{count, number}} progetto',
    count_many: '{{count, number}} di progetti',
    count_other: '{{count, number}} progetti',
    stars_one: '{{count, number}} stella',
    stars_many: '{{count, number}} di stelle',
    stars_other: '{{count, number}} stelle',
    empty: 'Non ci sono ancora progetti da mostrare.',
    noMatches: 'Nessun progetto corrisponde alla ricerca e ai filtri.',
    groups: {
      major: 'Principale',
      emerging: 'Emergente',
      other: 'Altro',
    },
    areaNames: {
      networking: 'Rete',
      security: 'Sicurezza',
      observability: 'Osservabilità',
      tracing: 'Tracciamento',
      tooling: 'Strumenti',
      library: 'Libreria',
      runtime: 'Ambiente di esecuzione',
      infrastructure: 'Infrastruttura',
    },
  },
  localeSwitcher: {
    label: 'Lingua',
  },
  talkList: {
    count_one: '{{count, number}} intervento',
    count_many: '{{count, number}} di interventi',
    count_other: '{{count, number}} interventi',
    empty: 'Nessun intervento da mostrare per ora.',
    play: 'Riproduci il video: {{title}}',
    video: 'Video: {{title}}',
    slides: 'Slide',
    noEvent: 'Altri interventi',
  },
  blogTeaser: {
    count_one: '{{count, number}} articolo',
    count_many: '{{count, number}} di articoli',
    count_other: '{{count, number}} articoli',
    empty: 'Nessun articolo da mostrare per ora.',
    categories: 'Categorie',
    feedsFailed_one: 'Impossibile caricare un feed: {{sources}}.',
    feedsFailed_many: 'Impossibile caricare {{count, number}} di feed: {{sources}}.',
    feedsFailed_other: 'Impossibile caricare {{count, number}} feed: {{sources}}.',
  },
};

export default it;
