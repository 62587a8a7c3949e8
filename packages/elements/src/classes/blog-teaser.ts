// The class of <apiary-blog-teaser>, not registered: for a scoped registry or a tag of your own (`ApiaryBlogTeaser.define('my-tag')`).
export { ApiaryBlogTeaser } from '../blog-teaser/blog-teaser.js';
