import { createApp } from 'vue';
// Defines every element before Vue mounts, so Vue sets bound values as properties.
import '@apiary/elements';
import '@apiary/elements/themes/apiary.css';
import App from './App.vue';

createApp(App).mount('#app');
