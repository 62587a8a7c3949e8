import '@apiary/elements/themes/apiary.css';
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/card/card.js';
import { installCardGrid } from './card-library.js';

await installCardGrid('wa-card');
