import type { SiteContent } from './types.js';

const fr: SiteContent = {
  lang: 'fr',
  ogLocale: 'fr_FR',
  base: '/fr/',
  meta: {
    siteName: 'eBPF',
    title: 'eBPF — Introduction, tutoriels et ressources de la communauté',
    description:
      'eBPF est une technologie révolutionnaire qui exécute des programmes isolés dans le noyau Linux, sans modifier son code source ni charger de module.',
    projectsTitle: 'Panorama des projets eBPF',
    projectsDescription:
      'Les projets construits sur eBPF : réseau, sécurité, observabilité, traçage, outils et bibliothèques.',
    notFoundTitle: 'Page introuvable',
  },
  skipLink: 'Aller au contenu',
  banner: {
    message: 'Les vidéos de l’eBPF Summit 2021 sont en ligne :',
    cta: 'Regarder !',
    href: 'https://www.youtube.com/@eBPFCilium',
  },
  nav: {
    label: 'Principale',
    home: 'Accueil eBPF',
    projects: 'Liste des projets',
    blog: 'Blog',
    community: 'Communauté',
  },
  hero: { title: 'Qu’est-ce qu’eBPF ?', projectsLink: 'Liste des projets' },
  intro: [
    'Le noyau Linux a toujours été l’endroit idéal pour la supervision et l’observabilité, le réseau et la sécurité. Mais c’était souvent peu praticable : il fallait modifier le code source du noyau ou charger des modules, et l’on finissait par empiler des couches d’abstraction les unes sur les autres. eBPF est une technologie révolutionnaire qui exécute des programmes isolés (sandboxed) dans le noyau, sans modifier son code source ni charger de module.',
    'Un noyau programmable permet de bâtir des logiciels d’infrastructure plus intelligents et plus riches sur les abstractions existantes plutôt que d’en ajouter de nouvelles — sans rendre le système plus complexe ni sacrifier l’efficacité ou la sûreté.',
    'eBPF a fait naître une nouvelle façon de développer : on peut programmer le comportement du noyau lui-même, et même écrire une logique qui traverse des sous-systèmes jusque-là entièrement séparés et impossibles à traiter d’un seul tenant.',
  ],
  featuresLabel: 'À quoi sert eBPF',
  features: [
    {
      icon: 'security',
      heading: 'Sécurité',
      body: 'Voir et comprendre chaque appel système, et examiner chaque opération réseau au niveau des paquets et des sockets : ensemble, ces capacités ouvrent une approche radicalement nouvelle de la sécurité. Le filtrage des appels système, le filtrage réseau et le suivi du contexte des processus vivaient dans des systèmes séparés ; eBPF réunit visibilité et contrôle à tous les niveaux, avec un contexte plus riche et un contrôle plus fin.',
    },
    {
      icon: 'networking',
      heading: 'Réseau',
      body: 'Programmabilité et performance, les deux marques d’eBPF, répondent à tous les besoins de traitement de paquets. On ajoute des analyseurs de protocoles ou une logique de transfert sans quitter le contexte de traitement des paquets du noyau, au gré des besoins. Le compilateur JIT exécute les programmes eBPF presque aussi vite que du code noyau compilé nativement.',
    },
    {
      icon: 'tracing',
      heading: 'Traçage et profilage',
      body: 'Les programmes eBPF s’attachent aux points de trace et aux points de sonde du noyau comme des applications, ce qui offre une visibilité sans précédent sur le comportement des applications et du système à l’exécution. Réunies, ces deux vues donnent des moyens puissants pour diagnostiquer les problèmes de performance. Des structures de données évoluées exportent efficacement des données utiles, au lieu de masses d’échantillons bruts.',
    },
    {
      icon: 'observability',
      heading: 'Observabilité et supervision',
      body: 'Plutôt que les compteurs et jauges statiques du système d’exploitation, eBPF collecte et agrège dans le noyau des métriques sur mesure, issues de sources multiples. L’observabilité gagne en profondeur tandis que le coût global baisse, car seules les données utiles sont collectées, sous forme d’histogrammes plutôt que d’échantillons bruts.',
    },
  ],
  talks: { title: 'Conférences à voir', intro: 'Des conférences sur eBPF, de grands événements et de l’eBPF Summit.' },
  posts: { title: 'Derniers articles du blog', all: 'Tous les articles' },
  articles: { title: 'Articles de la communauté', intro: 'Ce que la communauté écrit sur eBPF, de plusieurs blogs.' },
  outro: {
    title: 'Pour commencer',
    links: [
      {
        label: 'Qu’est-ce qu’eBPF ?',
        text: 'Une introduction à la technologie et à ce qu’elle permet.',
        href: '#main',
      },
      {
        label: 'Liste des projets',
        text: 'Les projets construits sur eBPF, par maturité et domaine.',
        href: '/projects/',
      },
      { label: 'Rejoindre le Slack', text: 'Échanger avec la communauté eBPF.', href: 'https://ebpf.io/slack' },
      { label: 'Contribuer', text: 'Améliorer ce site et son contenu.', href: 'https://github.com/ebpf-io/ebpf.io' },
    ],
  },
  projects: {
    title: 'Panorama des projets eBPF',
    intro:
      'Les projets majeurs et émergents construits sur eBPF, triés par étoiles GitHub. Recherchez et filtrez par domaine.',
  },
  notFound: { title: 'Page introuvable', text: 'Il n’y a rien à cette adresse.', home: 'Revenir à l’accueil' },
  footer: {
    text: 'Une démonstration des composants Apiary, qui reconstruit la page d’accueil de la communauté eBPF.',
    license: 'Licence MIT',
  },
};

export default fr;
