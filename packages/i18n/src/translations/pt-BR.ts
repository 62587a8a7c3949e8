import type { Translations } from '../types.js';

/** Português do Brasil (Brazilian Portuguese). Terms as in packages/i18n/GLOSSARY.md. */
const ptBR: Translations = {
  common: {
    loading: 'Carregando…',
    empty: 'Ainda não há nada para mostrar.',
    error: 'Ocorreu um erro ao carregar.',
    retry: 'Tentar de novo',
    clearFilters: 'Limpar filtros',
    feedError: {
      http: 'O servidor respondeu com o status {{status}}.',
      timeout: 'O servidor demorou demais para responder.',
      network: 'Não foi possível acessar o servidor.',
      format: 'Não foi possível ler os dados.',
    },
    opensInNewTab: '(abre em uma nova aba)',
  },
  banner: {
    label: 'Anúncio',
    dismiss: 'Fechar o anúncio',
  },
  featureCard: {
    learnMore: 'Saiba mais',
  },
  projectGrid: {
    search: 'Buscar projetos',
    sort: 'Ordenar por',
    sortStars: 'Mais estrelas',
    sortName: 'Nome',
    layout: 'Visualização',
    layoutGrid: 'Grade',
    layoutList: 'Lista',
    areas: 'Áreas',
    maturity: 'Maturidade',
    allMaturities: 'Todos',
    count_one: '{{count, number}} projeto',
    count_many: '{{count, number}} de projetos',
    count_other: '{{count, number}} projetos',
    stars_one: '{{count, number}} estrela',
    stars_many: '{{count, number}} de estrelas',
    stars_other: '{{count, number}} estrelas',
    empty: 'Ainda não há projetos para mostrar.',
    noMatches: 'Nenhum projeto corresponde à sua busca e aos filtros.',
    groups: {
      major: 'Principal',
      emerging: 'Emergente',
      other: 'Outro',
    },
    areaNames: {
      networking: 'Redes',
      security: 'Segurança',
      observability: 'Observabilidade',
      tracing: 'Rastreamento',
      tooling: 'Ferramentas',
      library: 'Biblioteca',
      runtime: 'Ambiente de execução',
      infrastructure: 'Infraestrutura',
    },
  },
  localeSwitcher: {
    label: 'Idioma',
  },
  talkList: {
    count_one: '{{count, number}} palestra',
    count_many: '{{count, number}} de palestras',
    count_other: '{{count, number}} palestras',
    empty: 'Ainda não há palestras para exibir.',
    play: 'Reproduzir vídeo: {{title}}',
    video: 'Vídeo: {{title}}',
    slides: 'Slides',
    noEvent: 'Outras palestras',
  },
  blogTeaser: {
    count_one: '{{count, number}} publicação',
    count_many: '{{count, number}} de publicações',
    count_other: '{{count, number}} publicações',
    empty: 'Ainda não há publicações para exibir.',
    categories: 'Categorias',
    feedsFailed_one: 'Não foi possível carregar um feed: {{sources}}.',
    feedsFailed_many: 'Não foi possível carregar {{count, number}} de feeds: {{sources}}.',
    feedsFailed_other: 'Não foi possível carregar {{count, number}} feeds: {{sources}}.',
  },
};

export default ptBR;
