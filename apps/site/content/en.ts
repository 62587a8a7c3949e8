import type { SiteContent } from './types.js';

const en: SiteContent = {
  lang: 'en',
  ogLocale: 'en_US',
  base: '/',
  meta: {
    siteName: 'eBPF',
    title: 'eBPF — Introduction, Tutorials & Community Resources',
    description:
      'eBPF is a revolutionary technology that can run sandboxed programs in the Linux kernel without changing kernel source code or loading a kernel module.',
    projectsTitle: 'eBPF project landscape',
    projectsDescription: 'Projects built on eBPF: networking, security, observability, tracing, tooling and libraries.',
    notFoundTitle: 'Page not found',
  },
  skipLink: 'Skip to content',
  banner: {
    message: 'eBPF Summit 2021 videos are available:',
    cta: 'Watch Now!',
    href: 'https://www.youtube.com/@eBPFCilium',
  },
  nav: { label: 'Main', home: 'eBPF home', projects: 'Project list', blog: 'Blog', community: 'Community' },
  hero: { title: 'What is eBPF?', projectsLink: 'Project list' },
  intro: [
    'The Linux kernel has always been an ideal place to implement monitoring and observability, networking and security. Unfortunately this was often impractical: it meant changing kernel source code or loading kernel modules, and it produced layers of abstraction stacked on top of each other. eBPF is a revolutionary technology that runs sandboxed programs in the kernel without changing kernel source code or loading kernel modules.',
    'Once the kernel is programmable, infrastructure software can build on the abstractions that already exist instead of adding new ones, and become smarter and richer in features — without adding complexity to the system and without giving up efficiency or safety.',
    'eBPF has given rise to a new way of building software: we can program the behaviour of the kernel itself, and even write logic that spans subsystems that used to be completely separate and impossible to handle with one set of rules.',
  ],
  featuresLabel: 'What eBPF is used for',
  features: [
    {
      icon: 'security',
      heading: 'Security',
      body: 'Seeing and understanding every system call, and inspecting every network operation at the packet and socket level, together make a revolutionary new approach to securing systems. System call filtering, network filtering and process context tracing used to live in completely separate systems; eBPF unifies visibility and control across every layer, with richer context and finer control, so systems can be more secure.',
    },
    {
      icon: 'networking',
      heading: 'Networking',
      body: 'Programmability and performance, the two hallmarks of eBPF, make it fit every packet-processing need. Programmable means new protocol parsers and any forwarding logic can be added without leaving the kernel’s packet-processing context, as requirements change. The JIT compiler runs eBPF programs almost as fast as natively compiled kernel code.',
    },
    {
      icon: 'tracing',
      heading: 'Tracing & Profiling',
      body: 'eBPF programs attach to trace points and to probe points in the kernel and in user applications, which gives unprecedented visibility into the runtime behaviour of applications and of the system itself. Combining both views gives powerful, unique insight when troubleshooting performance. Advanced data structures let eBPF export meaningful data efficiently, instead of the huge volumes of raw samples many similar systems export.',
    },
    {
      icon: 'observability',
      heading: 'Observability & Monitoring',
      body: 'Instead of the static counters and gauges an operating system exposes, eBPF collects and aggregates custom metrics in the kernel and generates visibility from many sources. That deepens observability and cuts the overall system overhead, because only the data you need is collected, as histograms and similar formats rather than raw samples.',
    },
  ],
  talks: { title: 'Featured talks', intro: 'Talks about eBPF from conferences and the eBPF Summit.' },
  posts: { title: 'Latest blog posts', all: 'All blog posts' },
  articles: { title: 'Community articles', intro: 'What the community writes about eBPF, from several blogs.' },
  outro: {
    title: 'Get started',
    links: [
      { label: 'What is eBPF?', text: 'An introduction to the technology and what it makes possible.', href: '#main' },
      { label: 'Project list', text: 'Projects built on eBPF, by maturity and area.', href: '/projects/' },
      { label: 'Join the Slack', text: 'Talk with the eBPF community.', href: 'https://ebpf.io/slack' },
      { label: 'Contribute', text: 'Improve this site and its content.', href: 'https://github.com/ebpf-io/ebpf.io' },
    ],
  },
  projects: {
    title: 'eBPF project landscape',
    intro: 'Major and emerging projects built on eBPF, sorted by GitHub stars. Search and filter by area.',
  },
  notFound: { title: 'Page not found', text: 'There is nothing at this address.', home: 'Go to the home page' },
  footer: { text: 'A demo of Apiary elements, rebuilding the eBPF community landing page.', license: 'MIT License' },
};

export default en;
