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
};

export default ptBR;
