// Build step (after tsup): writes every profile as JSON and the profile schema as JSON Schema into
// dist/, for users outside TypeScript. `npm run build` runs it; the files ship in the package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PROFILES } from '../src/index.js';
import { profileJsonSchema } from '../src/profiles/json-schema.js';
import { inputJsonSchemas } from '../src/inputs/json-schema.js';

mkdirSync('dist/profiles', { recursive: true });
for (const profile of PROFILES) {
  writeFileSync(`dist/profiles/${profile.id}.json`, `${JSON.stringify(profile, null, 2)}\n`);
}
const schema = profileJsonSchema();
writeFileSync('dist/profile.schema.json', `${JSON.stringify(schema, null, 2)}\n`);

// One JSON Schema per capability's input (anzexian/schemas/<function>.input.json).
mkdirSync('dist/schemas', { recursive: true });
for (const [name, inputSchema] of Object.entries(inputJsonSchemas())) {
  writeFileSync(`dist/schemas/${name}.input.json`, `${JSON.stringify(inputSchema, null, 2)}\n`);
}
