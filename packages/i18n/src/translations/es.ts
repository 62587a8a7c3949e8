import type { Translations } from '../types.js';

/** Español (Spanish, neutral; addresses the reader as tú). Terms as in packages/i18n/GLOSSARY.md. */
const es: Translations = {
  common: {
    loading: 'Cargando…',
    empty: 'Todavía no hay nada que mostrar.',
    error: 'Se produjo un error durante la carga.',
    retry: 'Reintentar',
    clearFilters: 'Borrar filtros',
    feedError: {
      http: 'El servidor respondió con el estado {{status}}.',
      timeout: 'El servidor tardó demasiado en responder.',
      network: 'No se pudo conectar con el servidor.',
      format: 'No se pudieron leer los datos.',
    },
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  banner: {
    label: 'Anuncio',
    dismiss: 'Cerrar el anuncio',
  },
  featureCard: {
    learnMore: 'Más información',
  },
  projectGrid: {
    search: 'Buscar proyectos',
    sort: 'Ordenar por',
    sortStars: 'Más estrellas',
    sortName: 'Nombre',
    layout: 'Vista',
    layoutGrid: 'Cuadrícula',
    layoutList: 'Lista',
    areas: 'Áreas',
    maturity: 'Madurez',
    allMaturities: 'Todos',
    count_one: '{{count, number}} proyecto',
    count_many: '{{count, number}} de proyectos',
    count_other: '{{count, number}} proyectos',
    stars_one: '{{count, number}} estrella',
    stars_many: '{{count, number}} de estrellas',
    stars_other: '{{count, number}} estrellas',
    empty: 'Todavía no hay proyectos que mostrar.',
    noMatches: 'Ningún proyecto coincide con tu búsqueda y tus filtros.',
    groups: {
      major: 'Principal',
      emerging: 'Emergente',
      other: 'Otro',
    },
    areaNames: {
      networking: 'Redes',
      security: 'Seguridad',
      observability: 'Observabilidad',
      tracing: 'Trazas',
      tooling: 'Herramientas',
      library: 'Biblioteca',
      runtime: 'Entorno de ejecución',
      infrastructure: 'Infraestructura',
    },
  },
  localeSwitcher: {
    label: 'Idioma',
  },
  talkList: {
    count_one: '{{count, number}} charla',
    count_many: '{{count, number}} de charlas',
    count_other: '{{count, number}} charlas',
    empty: 'Aún no hay charlas que mostrar.',
    play: 'Reproducir video: {{title}}',
    video: 'Video: {{title}}',
    slides: 'Diapositivas',
    noEvent: 'Otras charlas',
  },
  blogTeaser: {
    count_one: '{{count, number}} entrada',
    count_many: '{{count, number}} de entradas',
    count_other: '{{count, number}} entradas',
    empty: 'Aún no hay entradas que mostrar.',
    categories: 'Categorías',
    feedsFailed_one: 'No se pudo cargar un feed: {{sources}}.',
    feedsFailed_many: 'No se pudieron cargar {{count, number}} de feeds: {{sources}}.',
    feedsFailed_other: 'No se pudieron cargar {{count, number}} feeds: {{sources}}.',
  },
};

export default es;
