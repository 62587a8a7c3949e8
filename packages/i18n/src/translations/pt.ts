import type { Translations } from '../types.js';

/** Português europeu (European Portuguese; pt-BR has its own file). Terms as in packages/i18n/GLOSSARY.md. */
const pt: Translations = {
  common: {
    loading: 'A carregar…',
    empty: 'Ainda não há nada para mostrar.',
    error: 'Ocorreu um erro durante o carregamento.',
    retry: 'Tentar novamente',
    clearFilters: 'Limpar filtros',
    feedError: {
      http: 'O servidor respondeu com o estado {{status}}.',
      timeout: 'O servidor demorou demasiado a responder.',
      network: 'Não foi possível contactar o servidor.',
      format: 'Não foi possível ler os dados.',
    },
    opensInNewTab: '(abre num novo separador)',
  },
  banner: {
    label: 'Anúncio',
    dismiss: 'Fechar o anúncio',
  },
  featureCard: {
    learnMore: 'Saber mais',
  },
  projectGrid: {
    search: 'Pesquisar projetos',
    sort: 'Ordenar por',
    sortStars: 'Mais estrelas',
    sortName: 'Nome',
    layout: 'Vista',
    layoutGrid: 'Grelha',
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
    noMatches: 'Nenhum projeto corresponde à sua pesquisa e aos filtros.',
    groups: {
      major: 'Principal',
      emerging: 'Emergente',
      other: 'Outro',
    },
    areaNames: {
      networking: 'Redes',
      security: 'Segurança',
      observability: 'Observabilidade',
      tracing: 'Rastreio',
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
    empty: 'Ainda não há palestras para mostrar.',
    play: 'Reproduzir vídeo: {{title}}',
    video: 'Vídeo: {{title}}',
    slides: 'Diapositivos',
    noEvent: 'Outras palestras',
  },
  blogTeaser: {
    count_one: '{{count, number}} artigo',
    count_many: '{{count, number}} de artigos',
    count_other: '{{count, number}} artigos',
    empty: 'Ainda não há artigos para mostrar.',
    categories: 'Categorias',
    feedsFailed_one: 'Não foi possível carregar um feed: {{sources}}.',
    feedsFailed_many: 'Não foi possível carregar {{count, number}} de feeds: {{sources}}.',
    feedsFailed_other: 'Não foi possível carregar {{count, number}} feeds: {{sources}}.',
  },
};

export default pt;
