import '@apiary/elements/themes/apiary.css';
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { installCardGrid } from './card-library.js';

await installCardGrid('sl-card');
