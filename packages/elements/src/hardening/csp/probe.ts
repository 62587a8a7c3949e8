// The first script of every page the strict-CSP suite opens (strict-csp.test.ts): records what the
// policy blocked and what threw, for the test in the parent page to read.
const seen = { violations: [] as string[], errors: [] as string[] };
Object.assign(window, { __csp: seen });
window.addEventListener(
  'securitypolicyviolation',
  (e) => seen.violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`),
  true,
);
window.addEventListener('error', (e) => seen.errors.push(String((e.error as Error | undefined)?.message ?? e.message)));
window.addEventListener('unhandledrejection', (e) =>
  seen.errors.push(String((e.reason as Error)?.message ?? e.reason)),
);
