import { ApiaryBanner } from './banner/banner.js';

ApiaryBanner.define();

export { ApiaryBanner };
