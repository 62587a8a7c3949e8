import { ApiaryLocaleSwitcher } from './locale-switcher/locale-switcher.js';

ApiaryLocaleSwitcher.define();

export { ApiaryLocaleSwitcher };
