// The class of <apiary-locale-switcher>, not registered: for a scoped registry or a tag of your own (`ApiaryLocaleSwitcher.define('my-tag')`).
export { ApiaryLocaleSwitcher } from '../locale-switcher/locale-switcher.js';
