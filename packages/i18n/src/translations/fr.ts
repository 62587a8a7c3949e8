import type { Translations } from '../types.js';

/** Français (French). Terms as in packages/i18n/GLOSSARY.md. */
const fr: Translations = {
  common: {
    loading: 'Chargement…',
    empty: 'Rien à afficher pour le moment.',
    error: 'Une erreur s’est produite pendant le chargement.',
    retry: 'Réessayer',
    clearFilters: 'Effacer les filtres',
    feedError: {
      http: 'Le serveur a répondu avec le statut {{status}}.',
      timeout: 'Le serveur a mis trop de temps à répondre.',
      network: 'Impossible de joindre le serveur.',
      format: 'Impossible de lire les données.',
    },
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  banner: {
    label: 'Annonce',
    dismiss: 'Fermer l’annonce',
  },
  featureCard: {
    learnMore: 'En savoir plus',
  },
  projectGrid: {
    search: 'Rechercher des projets',
    sort: 'Trier par',
    sortStars: 'Le plus d’étoiles',
    sortName: 'Nom',
    layout: 'Affichage',
    layoutGrid: 'Grille',
    layoutList: 'Liste',
    areas: 'Domaines',
    maturity: 'Maturité',
    allMaturities: 'Tous',
    count_one: '{{count, number}} projet',
    count_many: '{{count, number}} de projets',
    count_other: '{{count, number}} projets',
    stars_one: '{{count, number}} étoile',
    stars_many: '{{count, number}} d’étoiles',
    stars_other: '{{count, number}} étoiles',
    empty: 'Aucun projet à afficher pour le moment.',
    noMatches: 'Aucun projet ne correspond à votre recherche et à vos filtres.',
    groups: {
      major: 'Majeur',
      emerging: 'Émergent',
      other: 'Autre',
    },
    areaNames: {
      networking: 'Réseau',
      security: 'Sécurité',
      observability: 'Observabilité',
      tracing: 'Traçage',
      tooling: 'Outillage',
      library: 'Bibliothèque',
      runtime: 'Environnement d’exécution',
      infrastructure: 'Infrastructure',
    },
  },
  localeSwitcher: {
    label: 'Langue',
  },
  talkList: {
    count_one: '{{count, number}} conférence',
    count_many: '{{count, number}} de conférences',
    count_other: '{{count, number}} conférences',
    empty: 'Aucune conférence à afficher pour le moment.',
    play: 'Lire la vidéo : {{title}}',
    video: 'Vidéo : {{title}}',
    slides: 'Diapositives',
    noEvent: 'Autres conférences',
  },
  blogTeaser: {
    count_one: '{{count, number}} article',
    count_many: '{{count, number}} d’articles',
    count_other: '{{count, number}} articles',
    empty: 'Aucun article à afficher pour le moment.',
    categories: 'Catégories',
    feedsFailed_one: 'Un flux n’a pas pu être chargé : {{sources}}.',
    feedsFailed_many: '{{count, number}} de flux n’ont pas pu être chargés : {{sources}}.',
    feedsFailed_other: '{{count, number}} flux n’ont pas pu être chargés : {{sources}}.',
  },
};

export default fr;
