// Type-checked, never built: what the generated React types accept and reject.
import type { ApiaryProjectGrid } from '@apiary/elements';
import type {} from '@apiary/elements/react';

export const accepted = (
  <apiary-project-grid
    ref={(grid: ApiaryProjectGrid | null) => grid?.focus()}
    className="grid"
    style={{ maxWidth: '60rem' }}
    areas={['networking']}
    url-state
    onapiary-load={(event) => event.detail.count.toFixed()}
    onapiary-error={(event) => event.detail.error.kind}
  />
);

// @ts-expect-error React 19 would listen for an event named `ApiaryLoad`, which never fires.
export const camelCaseEvent = <apiary-project-grid onApiaryLoad={() => {}} />;

// @ts-expect-error `headingLevel` is a number.
export const wrongType = <apiary-feature-card headingLevel="2" />;

// @ts-expect-error `detail.count` is a number.
export const wrongDetail = <apiary-project-grid onapiary-load={(event) => event.detail.count.toUpperCase()} />;
