import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type DocumentNode, print } from 'graphql';

const WEB_DOCUMENTS = fileURLToPath(new URL('../../../web/src/__generated__/graphql.ts', import.meta.url));

/** The web app's operations, as graphql-codegen wrote them (`export const XDocument = {…} as unknown as …`). */
export async function webDocuments(): Promise<Array<[string, DocumentNode]>> {
  const source = await readFile(WEB_DOCUMENTS, 'utf8');
  return [...source.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as /gm)].map(([, name, json]) => [
    name as string,
    JSON.parse(json as string) as DocumentNode,
  ]);
}

/** One operation of the web app by name (`LibrarySongs`), as the text it sends, fragments included. */
export async function webOperation(name: string): Promise<string> {
  const found = (await webDocuments()).find(([documentName]) => documentName === `${name}Document`);
  if (!found) throw new Error(`The web app has no operation ${name}`);
  return print(found[1]);
}
