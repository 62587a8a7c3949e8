import { ApiaryFeatureCard } from './feature-card/feature-card.js';

ApiaryFeatureCard.define();

export { ApiaryFeatureCard };
