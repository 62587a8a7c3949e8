import * as v from 'valibot';
import { parseFeed } from '@apiary/elements/feed-parser.js';
import { PostSchema } from '@apiary/elements/schemas/post.js';
import { ProjectSchema } from '@apiary/elements/schemas/project.js';
import { TalkSchema } from '@apiary/elements/schemas/talk.js';

/** The shared data of every locale, validated with the schemas the elements publish. */
export interface SiteData {
  projects: v.InferOutput<typeof ProjectSchema>[];
  talks: v.InferOutput<typeof TalkSchema>[];
  posts: v.InferOutput<typeof PostSchema>[];
  /** Community articles: several feeds (RSS, Atom, JSON Feed) merged, newest first. */
  articles: v.InferOutput<typeof PostSchema>[];
}

/** The community feeds, parsed at build time by the elements' own feed parser. */
const FEEDS = ['feeds/pchaigno.rss.xml', 'feeds/nakryiko.atom.xml', 'feeds/community.feed.json'];

/**
 * Reads a file of content/data/ (`projects.json`, `feeds/pchaigno.rss.xml`) as text: from disk in
 * the build (render.ts), from the files Vite bundles in Storybook. No file system here, so the
 * module runs in a browser too.
 */
export type ReadDataFile = (file: string) => Promise<string>;

/**
 * Checks every item against `schema`. A broken file fails the build with one line per problem
 * naming the file, the path in it and the reason.
 */
function validate<S extends v.GenericSchema>(file: string, key: string, list: unknown, schema: S): v.InferOutput<S>[] {
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

async function readJson<S extends v.GenericSchema>(
  read: ReadDataFile,
  file: string,
  key: string,
  schema: S,
): Promise<v.InferOutput<S>[]> {
  let json: unknown;
  try {
    json = JSON.parse(await read(file));
  } catch (error) {
    throw new Error(`content/data/${file}: ${(error as Error).message}`);
  }
  return validate(file, key, Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[key], schema);
}

async function readFeed(read: ReadDataFile, file: string) {
  try {
    return validate(file, 'items', parseFeed(await read(file)), PostSchema);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith('Invalid site data') ? message : `content/data/${file}: ${message}`);
  }
}

/** Reads, validates and merges the site's data; `read` gives each file's text. */
export async function loadData(read: ReadDataFile): Promise<SiteData> {
  const feeds = await Promise.all(FEEDS.map((file) => readFeed(read, file)));
  const seen = new Set<string>();
  const articles = feeds
    .flat()
    .filter((post) => !seen.has(post.url) && seen.add(post.url))
    .sort((a, b) => b.date.localeCompare(a.date));
  return {
    projects: await readJson(read, 'projects.json', 'projects', ProjectSchema),
    talks: await readJson(read, 'talks.json', 'talks', TalkSchema),
    posts: await readJson(read, 'posts.json', 'posts', PostSchema),
    articles,
  };
}
