import Ajv2020 from 'ajv/dist/2020';
import { formatChecks } from '../formats';
import { PII_KINDS } from '../pii/piiKinds';
import { linearRegExp } from './linearRegExp';

/**
 * One Ajv (JSON Schema draft 2020-12) configured for forms, identical in browsers and Node:
 * - `strict` (unknown keywords and formats, and a missing `type` next to type-specific keywords,
 *   fail to compile), union types allowed; `required` may name properties declared elsewhere
 *   (`then: { required: [...] }`), which the publish gate checks instead;
 * - `allErrors`, so a form shows every problem at once (payload size is bounded first, see
 *   `schemaCapacity`);
 * - no `$data`, no defaults, no coercion, no removal: the data is never changed by Ajv;
 * - every `pattern` runs on RE2 (`linearRegExp`), so no pattern can backtrack catastrophically;
 * - only our formats, each length-capped; the `x-pii` annotation keyword;
 * - `ownProperties`, so inherited properties of the data are never read;
 * - no messages (ours are translated) and no logging (a failed compile would otherwise print
 *   the whole generated function).
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // `required` inside `then` names properties declared next to `if`; the gate checks names itself.
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
    $data: false,
    useDefaults: false,
    coerceTypes: false,
    removeAdditional: false,
    ownProperties: true,
    messages: false,
    logger: false,
    validateFormats: true,
    code: { regExp: linearRegExp },
    formats: Object.fromEntries(
      Object.entries(formatChecks).map(([name, validate]) => [name, { type: 'string', validate }]),
    ),
  });
  ajv.addKeyword({
    keyword: 'x-pii',
    schemaType: 'string',
    metaSchema: { type: 'string', enum: PII_KINDS },
  });
  return ajv;
}
