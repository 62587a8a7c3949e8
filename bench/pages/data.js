// Deterministic test data in the shape of the site's projects feed: the real projects, repeated
// with numbered names and varied stars, so every variant renders exactly the same content.
import source from '../../apps/site/content/data/projects.json';

export function makeProjects(count) {
  const base = source.projects;
  return Array.from({ length: count }, (_, i) => {
    const project = base[i % base.length];
    const round = Math.floor(i / base.length);
    return {
      ...project,
      name: round ? `${project.name} ${round + 1}` : project.name,
      stars: project.stars === undefined ? undefined : (project.stars * (97 + ((i * 31) % 7))) % 50000,
      description: i % 3 === 0 ? `${project.tagline}. Maintained by the ${project.name} community.` : undefined,
    };
  });
}
