// What the elements' stories (src/<name>/<name>.stories.ts) share. Storybook-only, like the
// stories: the build (tsconfig.build.json) and the manifest (custom-elements-manifest.config.mjs)
// leave src/stories/ out, so nothing here ships.
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';

/**
 * An element's args, controls and template from custom-elements.json (every attribute a control,
 * data properties as property args, slots, parts and CSS properties namespaced: `heading-slot`,
 * `card-part`, …), and the meta every element's stories start from: the template as the render,
 * the story in a frame `maxWidth` wide, and the written guidance on the docs page.
 *
 * The file's default export spreads `meta` after its own literal `title`: Storybook reads the title
 * (and `tags`) without running the file, so they stay in the object literal.
 */
export function elementStories<T>(tag: string, guidance: string, maxWidth?: string) {
  const { args, argTypes, template } = getStorybookHelpers<T>(tag);
  const meta = {
    component: tag,
    args,
    argTypes,
    render: (storyArgs: typeof args) => template(storyArgs),
    decorators: maxWidth
      ? [(story: () => unknown) => html`<div style="max-width: ${maxWidth}; padding: 1rem">${story()}</div>`]
      : [],
    parameters: { docs: { description: { component: guidance } } },
  };
  return { template, meta };
}

/** The console errors of a request for `files` (served by Storybook, so relative) that answers 404: a story's `parameters.smoke.expectedErrors`. */
export const notFoundErrors = (...files: string[]) => [
  'Failed to load resource: the server responded with a status of 404',
  ...files.map((file) => `request 404 GET /${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
];

/**
 * The states of an element that shows a feed, through its data property `property` (`posts`,
 * `talks`, `projects`): no items, loading (a promise that never settles: no request, no error),
 * and a `src` that answers 404 (`missing`, a file Storybook does not serve). A story spreads one;
 * its `name` and `tags` stay literal in the story file, where Storybook reads them.
 */
export function feedStates<Args>(template: (args: Args) => TemplateResult, property: string) {
  return {
    empty: { render: (storyArgs: Args) => template({ ...storyArgs, [property]: [] }) },
    loading: { render: (storyArgs: Args) => template({ ...storyArgs, [property]: new Promise<never>(() => {}) }) },
    loadError: (missing: string) => ({
      parameters: { smoke: { expectedErrors: notFoundErrors(missing) } },
      args: { src: missing },
    }),
  };
}
