import { fastFormats, fullFormats } from 'ajv-formats/dist/formats';

type StringTest = (value: string) => boolean;

function toTest(format: unknown): StringTest {
  if (format instanceof RegExp) return (value) => format.test(value);
  if (typeof format === 'function') return format as StringTest;
  const inner = (format as { validate: RegExp | StringTest }).validate;
  return toTest(inner);
}

/** Guards a check with a length cap, so no string longer than any valid value is ever scanned. */
function capped(maxLength: number, test: StringTest): StringTest {
  return (value) => value.length <= maxLength && test(value);
}

/**
 * The JSON Schema formats forms may use besides the Chinese ones. Dates and times use
 * ajv-formats' full checks (real calendar dates); email and uri use its fast expressions; every
 * check first rejects strings longer than any valid value, so a 1 MiB string costs nothing.
 * Formats whose ajv-formats expressions can backtrack badly (`url`, `uri-reference`,
 * `uri-template`, `hostname`, `ipv6`, `regex`) are left out.
 */
export const standardFormats = {
  date: capped(10, toTest(fullFormats.date)),
  time: capped(40, toTest(fullFormats.time)),
  'date-time': capped(64, toTest(fullFormats['date-time'])),
  email: capped(254, toTest(fastFormats.email)),
  uri: capped(2048, toTest(fastFormats.uri)),
  uuid: capped(45, toTest(fullFormats.uuid)),
  ipv4: capped(15, toTest(fullFormats.ipv4)),
} satisfies Record<string, StringTest>;
