// Shared sample content for the designers' pages: the demo site's own copy and data
// (apps/site/content), imported, never copied, and every element from its TypeScript source (as
// the elements' stories do, so each tag is defined once).
import '../../packages/elements/src/index.js';
import type { Post } from '../../packages/elements/src/blog-teaser/blog-teaser.js';
import type { Project } from '../../packages/elements/src/project-grid/project-grid.js';
import type { Talk } from '../../packages/elements/src/talk-list/talk-list.js';
import { sites } from '../../apps/site/content/index.js';
import { icon } from '../../apps/site/src/icons.js';
import projectsData from '../../apps/site/content/data/projects.json' with { type: 'json' };
import talksData from '../../apps/site/content/data/talks.json' with { type: 'json' };
import postsData from '../../apps/site/content/data/posts.json' with { type: 'json' };

export { sites, icon };
export const projects = projectsData.projects as Project[];
export const talks = talksData.talks as Talk[];
export const posts = postsData.posts as Post[];

/** The English copy of the site. */
export const en = sites[0]!;
