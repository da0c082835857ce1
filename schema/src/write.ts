import { writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.js';

const { supergraph, api } = await composeSupergraph();
await writeFile(new URL('../supergraph.graphql', import.meta.url), supergraph);
await writeFile(new URL('../api.graphql', import.meta.url), api);
console.log('Wrote schema/supergraph.graphql and schema/api.graphql');
