import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../banner.js';
import { elementStories } from '../stories/element-stories.js';
import type { ApiaryBanner } from './banner.js';

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-banner>\`: a dismissible announcement at the top of a page that remembers its dismissal.

**When to use it.** One time-bound announcement for the whole site (an event, a release, a call for papers). At most one per page, above the header. Not for errors or form feedback.

**Content guidelines.** One short sentence, about 90 characters at most, with the call to action last (\`<strong>Watch now</strong>\`); the whole message is the link, so no links inside it. Give every new announcement a new \`dismiss-key\`, so a dismissal of the old one does not hide it.

**Accessibility.** The message is one link; the dismiss button is labelled in the page's language and keeps focus order sensible. Colours come from \`--apiary-color-accent-subtle\` and \`--apiary-color-accent-strong\`, which meet AA together (see Foundations › Colors).`;

const { meta: shared } = elementStories<ApiaryBanner>('apiary-banner', guidance);
type Args = typeof shared.args;

const meta: Meta<Args> = {
  title: 'Elements/Banner',
  ...shared,
  args: { ...shared.args, 'default-slot': 'eBPF Summit 2021 videos are available: <strong>Watch Now!</strong>' },
};
export default meta;

type Story = StoryObj<Args>;

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

/** Do: one short sentence, the call to action last. */
export const DoOneSentence: Story = {
  name: 'Do: one short sentence',
  render: () =>
    html`<apiary-banner href="#cfp" dismissible dismiss-key="do-example"
      >The call for papers closes on 1 March. <strong>Submit a talk</strong></apiary-banner
    >`,
};

/** Don't: a paragraph; a banner is read in a glance or not at all. */
export const DontParagraph: Story = {
  name: "Don't: a paragraph",
  render: () =>
    html`<apiary-banner href="#cfp" dismiss-key="dont-example"
      >We are delighted to announce that the call for papers for the upcoming summit, which will take place online over
      two days with talks, lightning talks and workshops from across the community, is now open and will close on 1
      March, so please consider submitting a proposal soon. <strong>Submit a talk</strong></apiary-banner
    >`,
};
