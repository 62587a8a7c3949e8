import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { ProjectSchema } from '@apiary/elements/schemas/project.js';

/** The shared data of every locale, validated with the schemas the elements publish. */
export interface SiteData {
  projects: v.InferOutput<typeof ProjectSchema>[];
}

const dataDir = new URL('../content/data/', import.meta.url);

/**
 * Reads a JSON data file and checks every item against `schema`. A broken file fails the build
 * with one line per problem naming the file, the path in it and the reason.
 */
async function readItems<S extends v.GenericSchema>(file: string, schema: S, key: string): Promise<v.InferOutput<S>[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(new URL(file, dataDir), 'utf8'));
  } catch (error) {
    throw new Error(`content/data/${file}: ${(error as Error).message}`);
  }
  const list = Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`content/data/${file}: expected an array or { "${key}": [...] }`);
  const problems: string[] = [];
  const items = list.flatMap((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) return [result.output];
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      problems.push(`content/data/${file}: ${key}[${index}]${path ? `.${path}` : ''}: ${issue.message}`);
    }
    return [];
  });
  if (problems.length) throw new Error(`Invalid site data:\n${problems.join('\n')}`);
  return items;
}

export async function loadData(): Promise<SiteData> {
  return { projects: await readItems('projects.json', ProjectSchema, 'projects') };
}
