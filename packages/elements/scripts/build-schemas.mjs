// Writes dist/schemas/<name>.schema.json (JSON Schema, draft-07) from the valibot schemas in
// src/schemas/ (compiled to dist/schemas/), so feeds can be validated outside the browser and
// editors can complete them. Published as `@apiary/elements/schemas/<name>.schema.json`.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { PostSchema } from '../dist/schemas/post.js';
import { ProjectSchema } from '../dist/schemas/project.js';
import { TalkSchema } from '../dist/schemas/talk.js';

const schemas = { project: ProjectSchema, talk: TalkSchema, post: PostSchema };

for (const [name, schema] of Object.entries(schemas)) {
  const { $schema, ...rest } = toJsonSchema(schema);
  const json = { $schema, ...rest };
  await writeFile(
    new URL(`../dist/schemas/${name}.schema.json`, import.meta.url),
    `${JSON.stringify(json, null, 2)}\n`,
  );
}
