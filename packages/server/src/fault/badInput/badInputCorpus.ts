/**
 * The bad-input corpus of the fault suite: hostile and careless requests against the command,
 * case create, comment, attachment, draft-save, publish and list endpoints, each with the coded
 * refusal the server must give it. Bodies are built once, up front, so the test measures the
 * server and not the corpus.
 */
import { attachmentFamilies } from './attachmentFamilies';
import type { BadRequest, CorpusTarget } from './corpusKit';
import { idempotencyFamilies } from './headerFamilies';
import { jsonFamilies } from './jsonFamilies';
import { publishFamilies, queryFamilies } from './routeFamilies';
import { shapeFamilies } from './shapeFamilies';

export type { BadRequest, CorpusTarget, Endpoint } from './corpusKit';

/**
 * The whole corpus against `target`, in batches by endpoint.
 *
 * @example
 * ```ts
 * const corpus = badInputCorpus({ caseId, opener: 'grid-e1a', actor: 'police-e1', admin: 'admin', hostileDrafts });
 * corpus.length; // > 200
 * ```
 */
export function badInputCorpus(target: CorpusTarget): BadRequest[] {
  return [
    ...jsonFamilies(target),
    ...shapeFamilies(target),
    ...idempotencyFamilies(target),
    ...attachmentFamilies(target),
    ...queryFamilies(target),
    ...publishFamilies(target),
  ];
}
