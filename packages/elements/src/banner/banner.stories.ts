import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../banner.js';
import type { ApiaryBanner } from './banner.js';

const { args, argTypes, template } = getStorybookHelpers<ApiaryBanner>('apiary-banner');

const meta: Meta<typeof args> = {
  title: 'Elements/Banner',
  component: 'apiary-banner',
  args: { ...args, 'default-slot': 'eBPF Summit 2021 videos are available: <strong>Watch Now!</strong>' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
  parameters: {
    docs: {
      description: {
        component:
          'An announcement at the top of a page. Keep the message to one short sentence; the whole message is the link. Give every new announcement a new `dismiss-key`, so a dismissal of the old one does not hide it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<typeof args>;

export const Playground: Story = {};

/** The seed's announcement: linked, dismissible, remembered. Dismiss it, then reload: it stays hidden. */
export const Announcement: Story = {
  args: { href: '#summit-2021', dismissible: true, 'dismiss-key': 'storybook-summit-2021' },
};

/** The seed page in Chinese. */
export const Chinese: Story = {
  render: () =>
    html`<apiary-banner lang="zh-Hans" href="#summit-2021" dismissible
      >eBPF Summit 2021 视频已上线:<strong>立即观看!</strong></apiary-banner
    >`,
};

/** Right to left: the close button sits at the inline end, on the left. */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <apiary-banner href="#summit-2021" dismissible
        >مقاطع فيديو قمة eBPF 2021 متاحة الآن: <strong>شاهد الآن!</strong></apiary-banner
      >
    </div>`,
};

/** Without `href` the message is plain text. */
export const TextOnly: Story = {
  render: () => html`<apiary-banner dismissible>The call for papers closes on 1 March.</apiary-banner>`,
};
