import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../feature-card.js';
import { elementStories } from '../stories/element-stories.js';
import type { ApiaryFeatureCard } from './feature-card.js';

/** Decorative icons: 24px line art in `currentColor` (the card's accent), hidden from assistive tech. */
const icon = (paths: string) =>
  `<svg aria-hidden="true" focusable="false" width="32" height="32" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

const icons = {
  security: icon(
    '<path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6L12 3Z"/><path d="m9 12 2 2 4-4"/>',
  ),
  networking: icon(
    '<circle cx="12" cy="5" r="2"/><circle cx="5" cy="19" r="2"/><circle cx="19" cy="19" r="2"/><path d="M12 7v5M12 12l-5.5 5.5M12 12l5.5 5.5"/>',
  ),
  tracing: icon('<path d="M3 12h4l2.5-6 5 12 2.5-6h4"/>'),
  observability: icon(
    '<path d="M2.5 12S6 5 12 5s9.5 7 9.5 7-3.5 7-9.5 7-9.5-7-9.5-7Z"/><circle cx="12" cy="12" r="3"/>',
  ),
};

type Feature = { icon: string; heading: string; body: string; href: string };

/** The four feature cards of the eBPF site, as the seed shows them (简体中文). */
const featuresZhHans: Feature[] = [
  {
    icon: icons.security,
    heading: '安全',
    href: '#security',
    body: '观测和理解所有的系统调用的能力,以及在 packet 层和 socket 层审视所有的网络操作的能力, 这两者相结合,为系统安全提供了革命性的新方法。 以前,系统调用过滤、网络层过滤和进程上下文跟踪是在完全独立的系统中完成的; eBPF 的出现统一了可观测性和各层面的控制能力,使我们有更加丰富的上下文和更精细的控制能力, 因而能创建更加安全的系统。',
  },
  {
    icon: icons.networking,
    heading: '网络',
    href: '#networking',
    body: 'eBPF 的两大特色 —— 可编程和高性能 —— 使它能满足所有的网络包处理需求。 可编程意味着无需离开内核中的包处理上下文,就能添加额外的协议解析器或任何转发逻辑, 以满足不断变化的需求。高性能的 JIT 编译器使 eBPF 程序能达到几乎与原生编译的内核态代码一样的执行性能。',
  },
  {
    icon: icons.tracing,
    heading: '跟踪 & 性能分析',
    href: '#tracing',
    body: 'eBPF 程序能够加载到 trace points、内核及用户空间应用程序中的 probe points, 这种能力使我们对应用程序的运行时行为(runtime behavior)和系统本身 (system itself)提供了史无前例的可观测性。应用端和系统端的这种观测能力相结合, 能在排查系统性能问题时提供强大的能力和独特的信息。BPF 使用了很多高级数据结构, 因此能非常高效地导出有意义的可观测数据,而不是像很多同类系统一样导出海量的原始采样数据。',
  },
  {
    icon: icons.observability,
    heading: '观测 & 监控',
    href: '#observability',
    body: '相比于操作系统提供的静态计数器(counters、gauges),eBPF 能在内核中收集和聚合自定义 metric, 并能从不同数据源来生成可观测数据。这既扩展了可观测性的深度,也显著减少了整体系统开销, 因为现在可以选择只收集需要的数据,并且后者是直方图或类似的格式,而非原始采样数据。',
  },
];

/** The same four cards in English. */
const featuresEnglish: Feature[] = [
  {
    icon: icons.security,
    heading: 'Security',
    href: '#security',
    body: 'Seeing every system call, and inspecting every network operation at the packet and socket level, together open up a new approach to securing systems. System call filtering, network filtering and process context tracking used to live in separate tools; eBPF brings visibility and control together across every layer, with richer context and finer-grained control, so systems can be made more secure.',
  },
  {
    icon: icons.networking,
    heading: 'Networking',
    href: '#networking',
    body: 'Programmability and performance make eBPF a fit for any packet-processing need. Being programmable, it adds protocol parsers or forwarding logic without leaving the kernel’s packet-processing context, as requirements change. Its JIT compiler runs eBPF programs almost as fast as natively compiled kernel code.',
  },
  {
    icon: icons.tracing,
    heading: 'Tracing & profiling',
    href: '#tracing',
    body: 'eBPF programs attach to trace points and to probe points in the kernel and in user-space applications, giving unprecedented visibility into the runtime behaviour of applications and of the system itself. Together, the two views give powerful, unique insight when you troubleshoot performance. Rich data structures let eBPF export meaningful data efficiently, rather than the mass of raw samples many similar systems produce.',
  },
  {
    icon: icons.observability,
    heading: 'Observability & monitoring',
    href: '#observability',
    body: 'Instead of relying on the static counters and gauges the operating system exposes, eBPF collects and aggregates custom metrics in the kernel and builds observability data from many sources. That deepens visibility while cutting overall system overhead: collect only the data you need, as histograms or similar summaries rather than raw samples.',
  },
];

/** One card per feature, each through the manifest-driven template so the controls apply to all. */
const featureGrid = (features: Feature[], storyArgs: Args) => html`
  <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1.5rem">
    ${features.map((feature) =>
      template({
        ...storyArgs,
        heading: feature.heading,
        href: feature.href,
        'icon-slot': feature.icon,
        'default-slot': feature.body,
      }),
    )}
  </div>
`;

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-feature-card>\`: an icon, a real heading, short body text and an optional whole-card link.

**When to use it.** Three to six parallel topics on a landing page, each leading to more (eBPF's security, networking, tracing, observability). Not for a single call to action (use a link or button), not for long articles, not as navigation.

**Content guidelines.** Heading: one to four words, a noun phrase, no trailing punctuation. Body: one to three sentences, about 300 characters at most; cards in a row should be about the same length. Icon: decorative line art in \`currentColor\`, \`aria-hidden="true"\`. \`link-label\`: only when "Learn more" is not specific enough.

**Accessibility.** Set \`heading-level\` to fit the page outline (\`h2\` directly under the page title). With \`href\` the heading is the card's one link, so screen readers hear the heading, not "Learn more"; the whole card is clickable for pointers. The focus ring uses \`--apiary-color-focus\`.`;

// Attributes keep their names (`heading`, `heading-level`, `href`, `link-label`); slots, parts and
// events are namespaced (`heading-slot`, `icon-slot`, `default-slot`, `base-part`, …), so the
// `heading` attribute and the `heading` slot are two rows and two controls. Slot args take HTML.
const { template, meta: shared } = elementStories<ApiaryFeatureCard>('apiary-feature-card', guidance, '72rem');
type Args = typeof shared.args;
type Story = StoryObj<Args>;

const meta: Meta<Args> = { title: 'Elements/Feature card', ...shared };

export default meta;

/** Every attribute, slot, part and CSS property is a control. */
export const Playground: Story = {
  args: {
    heading: 'Networking',
    'default-slot': featuresEnglish[1]!.body,
  },
};

/** The seed's four cards in Simplified Chinese: the document language is pinned to `zh-Hans`. */
export const FeaturesZhHans: Story = {
  name: 'Features (简体中文)',
  globals: { locale: 'zh-Hans' },
  render: (storyArgs) => html`<div lang="zh-Hans">${featureGrid(featuresZhHans, storyArgs)}</div>`,
};

export const FeaturesEnglish: Story = {
  name: 'Features (English)',
  render: (storyArgs) => featureGrid(featuresEnglish, storyArgs),
};

/** A decorative inline SVG in the `icon` slot, `aria-hidden` so only the heading is announced. */
export const WithIcon: Story = {
  args: {
    heading: 'Security',
    'icon-slot': icons.security,
    'default-slot': featuresEnglish[0]!.body,
  },
};

/**
 * With `href` the heading becomes the card's one link and the whole card is clickable. The
 * call to action is visual only; `link-label` replaces the localized “Learn more”.
 */
export const WithLink: Story = {
  args: {
    heading: 'Tracing & profiling',
    href: '#tracing',
    'link-label': 'Read the tracing guide',
    'icon-slot': icons.tracing,
    'default-slot': featuresEnglish[2]!.body,
  },
};

/** Long headings wrap, and so do long unbroken words and URLs. */
export const LongText: Story = {
  args: {
    heading:
      'Observability and monitoring without recompiling the kernel, restarting a process or shipping a single raw sample',
    href: '#observability',
    'default-slot': `${featuresEnglish[3]!.body} ${featuresEnglish[2]!.body} Probe names can be long: tracepoint:syscalls:sys_enter_openat_with_an_unreasonably_long_suffix_that_never_breaks. See https://ebpf.io/what-is-ebpf/#hook-overview-with-a-very-long-fragment.`,
  },
};

/** Right to left: the card mirrors its layout in an Arabic (`lang="ar" dir="rtl"`) context. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    heading: 'الشبكات',
    href: '#networking',
    'link-label': 'اعرف المزيد',
    'icon-slot': icons.networking,
    'default-slot':
      'تجعل قابلية البرمجة والأداء العالي من eBPF أداةً مناسبة لكل احتياجات معالجة الحزم. يمكنك إضافة محلّلات بروتوكولات أو منطق توجيه دون مغادرة سياق معالجة الحزم في النواة، ويشغّل مترجم JIT برامج eBPF بسرعة تقارب سرعة شيفرة النواة المترجمة أصلاً.',
  },
  render: (storyArgs) => html`<div lang="ar" dir="rtl">${template(storyArgs)}</div>`,
};

/** `heading-level` picks the heading element (`h2`–`h6`) to fit the page outline; the look stays the same. */
export const HeadingLevel: Story = {
  args: {
    heading: 'Security (h2)',
    'heading-level': 2,
    'default-slot': 'This card’s heading is an <code>h2</code>: use it directly under the page title.',
  },
};

/** The `heading` slot takes rich content instead of the `heading` attribute. */
export const HeadingSlot: Story = {
  args: {
    'heading-slot': '<span>Tracing with <code>kprobes</code></span>',
    href: '#kprobes',
    'default-slot': 'Attach to almost any kernel function, and read its arguments and return value.',
  },
};

/**
 * A `javascript:` URL is not a link target: the card renders no link and warns once in the console
 * (a warning, not an error).
 */
export const UnsafeHref: Story = {
  args: {
    heading: 'No link here',
    href: 'javascript:alert(1)',
    'default-slot': 'The card ignored an unsafe <code>href</code>, so it is not clickable.',
  },
};

/** Do: parallel cards with short, comparable headings and one or two sentences each. */
export const DoShortParallelCopy: Story = {
  name: 'Do: short, parallel copy',
  render: (storyArgs) =>
    featureGrid(
      featuresEnglish.map((feature) => ({ ...feature, body: feature.body.split('. ')[0]! + '.' })),
      storyArgs,
    ),
};

/** Don't: a sentence as the heading and a wall of text as the body; nobody scans it. */
export const DontWallOfText: Story = {
  name: "Don't: a sentence as heading, a wall of text",
  args: {
    heading: 'eBPF makes it possible to observe every system call and network operation without changing the kernel',
    'default-slot': featuresEnglish.map((feature) => feature.body).join(' '),
  },
};
