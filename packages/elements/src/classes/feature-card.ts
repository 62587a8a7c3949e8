// The class of <apiary-feature-card>, not registered: for a scoped registry or a tag of your own (`ApiaryFeatureCard.define('my-tag')`).
export { ApiaryFeatureCard } from '../feature-card/feature-card.js';
