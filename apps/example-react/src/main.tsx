import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines every element before React renders, so React 19 sets props as properties.
import '@apiary/elements';
import '@apiary/elements/themes/apiary.css';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
