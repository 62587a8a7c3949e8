// The class of <apiary-banner>, not registered: for a scoped registry or a tag of your own (`ApiaryBanner.define('my-tag')`).
export { ApiaryBanner } from '../banner/banner.js';
