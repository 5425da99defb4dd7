// Meilisearch client. The master key lives only on the server: browsers search through the app.
import { Meilisearch } from 'meilisearch';

export function createSearchClient(url: string, masterKey: string) {
  return new Meilisearch({ host: url, apiKey: masterKey, timeout: 5_000 });
}

export type SearchClient = Meilisearch;
