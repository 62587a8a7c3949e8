import { ApiaryBlogTeaser } from './blog-teaser/blog-teaser.js';

ApiaryBlogTeaser.define();

export { ApiaryBlogTeaser };
export type { Post } from './blog-teaser/blog-teaser.js';
