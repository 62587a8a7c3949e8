// Writes dist/schemas/<name>.schema.json (JSON Schema, draft-07) from the valibot schemas in
// src/schemas/ (compiled to dist/schemas/), so feeds can be validated outside the browser and
// editors can complete them. Published as `@apiary/elements/schemas/<name>.schema.json`. The
// titles and descriptions come from schema-docs.mjs: the runtime schemas carry none.
import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { PostSchema } from '../dist/schemas/post.js';
import { ProjectSchema } from '../dist/schemas/project.js';
import { TalkSchema } from '../dist/schemas/talk.js';
import docs from './schema-docs.mjs';

const schemas = { project: ProjectSchema, talk: TalkSchema, post: PostSchema };

/** Adds each field's description; every field needs one, and every description a field. */
function describe(object, fields, where) {
  const names = Object.keys(object.properties);
  const undocumented = names.filter((name) => !(name in fields));
  const unknown = Object.keys(fields).filter((name) => !names.includes(name));
  if (undocumented.length || unknown.length) {
    throw new Error(`schema-docs.mjs, ${where}: undocumented [${undocumented}], no such field [${unknown}]`);
  }
  for (const [name, doc] of Object.entries(fields)) {
    const property = object.properties[name];
    if (typeof doc === 'string') property.description = doc;
    else {
      describe(property.items, doc.items, `${where}.${name}[]`);
      property.description = doc.description;
    }
  }
}

for (const [name, schema] of Object.entries(schemas)) {
  const { $schema, ...rest } = toJsonSchema(schema);
  const json = { $schema, ...rest };
  const { title, description, properties } = docs[name];
  describe(json, properties, name);
  Object.assign(json, { title, description });
  await writeFile(
    new URL(`../dist/schemas/${name}.schema.json`, import.meta.url),
    `${JSON.stringify(json, null, 2)}\n`,
  );
}
