import { useState } from 'react';
import type { Project } from '@apiary/elements';
// The generated JSX types: every `apiary-*` tag with typed properties and `on<event>` props.
import type {} from '@apiary/elements/react';
import data from './projects.json';

const projects = data as Project[];

export function App() {
  const [locale, setLocale] = useState('en');
  const [matching, setMatching] = useState<number>();

  return (
    <main>
      <h1>Apiary in React</h1>
      {/* Arrays go in as properties; React 19 listens to `onapiary-locale-change` as `apiary-locale-change`. */}
      <apiary-locale-switcher
        locales={['en', 'fr', 'zh-Hans']}
        onapiary-locale-change={(event) => setLocale(event.detail.locale)}
      />
      <p>
        Locale: <output data-testid="locale">{locale}</output>
      </p>
      <apiary-feature-card heading="Networking" headingLevel={2} href="#networking">
        Programmable, fast packet processing.
      </apiary-feature-card>
      <apiary-project-grid
        projects={projects}
        headingLevel={2}
        onapiary-filter-change={(event) => setMatching(event.detail.count)}
      />
      <p data-testid="matching">{matching === undefined ? '' : `${matching} matching`}</p>
    </main>
  );
}
