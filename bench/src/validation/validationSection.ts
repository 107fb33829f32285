import { createValidator, isCnIdcard, isCnMobile } from '@gridcase/forms';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fmt, measure, pairedRatio, times, type Variant } from '../measure';
import type { BenchOptions, BenchSection } from '../section';
import { intakeData, intakeForm } from './intakeForm';

/** The forms validator: payload bound, hidden fields stripped, Ajv on RE2 patterns, issues. */
const formsVariant: Variant = {
  name: 'forms validator (compiled form)',
  setup() {
    const compiled = createValidator().compile(intakeForm);
    return () => {
      if (!compiled.validate(intakeData).ok) throw new Error('the sample must be valid');
    };
  },
};

/** Raw Ajv (draft 2020-12, all errors) on the same schema, the same format checks. */
const rawAjv = (ownProperties: boolean): Variant => ({
  name: ownProperties
    ? 'raw Ajv + ownProperties (the option the validator sets)'
    : 'raw Ajv (draft 2020-12, allErrors)',
  setup() {
    const ajv = new Ajv2020({ allErrors: true, strict: true, ownProperties });
    addFormats.default(ajv, ['date', 'email']);
    ajv.addFormat('cn-mobile', { type: 'string', validate: isCnMobile });
    ajv.addFormat('cn-idcard', { type: 'string', validate: isCnIdcard });
    const validate = ajv.compile(intakeForm.schema);
    return () => {
      if (!validate(intakeData)) throw new Error('the sample must be valid');
    };
  },
});

/**
 * Section 2: the forms validator against raw Ajv on one 30-field schema and a valid payload,
 * side by side.
 *
 * @example
 * ```ts
 * const section = await validationSection({ quick: true });
 * ```
 */
export async function validationSection(options: BenchOptions): Promise<BenchSection> {
  const plan = options.quick
    ? { rounds: 1, ms: 20, warmupMs: 20 }
    : { rounds: 11, ms: 200, warmupMs: 500 };
  const [ajv, own, forms] = await measure([rawAjv(false), rawAjv(true), formsVariant], plan);
  if (!ajv || !own || !forms) throw new Error('nothing measured');
  const cost = pairedRatio(ajv, forms);
  const ownCost = pairedRatio(ajv, own);
  const wrapperCost = pairedRatio(own, forms);
  const row = (m: typeof ajv, ratio?: string) => ({
    variant: m.name,
    cells: {
      'validations/CPU-s': fmt(m.median),
      range: `${fmt(Math.min(...m.rounds))}-${fmt(Math.max(...m.rounds))}`,
      'validations/wall-s': fmt(m.wallMedian),
      'CPU µs/validation': (1e6 / m.median).toFixed(2),
    },
    ratio,
  });
  return {
    title: '2. Validation: the forms validator vs raw Ajv',
    method: `a valid 30-field intake payload (2 parties, nested address), schema compiled once; median of ${plan.rounds} rounds x ${plan.ms} ms per variant, rounds alternating; rates per CPU-second of the process (time without a core does not count) and per wall second; ratios are the median of the per-round CPU ratios`,
    rows: [
      row(ajv),
      row(own, `costs ${times(ownCost)} raw Ajv`),
      row(forms, `costs ${times(cost)} raw Ajv, ${times(wrapperCost)} with ownProperties`),
    ],
    goals: [
      {
        text: 'the wrapper costs <= 1.2x raw Ajv',
        measured: times(cost),
        met: cost <= 1.2,
        reason:
          cost <= 1.2
            ? undefined
            : `Ajv's ownProperties option (never read inherited properties: a polluted Object.prototype cannot inject fields) costs ${times(ownCost)} by itself, see the second row; the rest of the wrapper (payload size count, pattern and format length caps) costs ${times(wrapperCost)}. Profiled with --cpu-prof: patterns on re2js cost the most before plain patterns moved to JavaScript's engine (2.3x before)`,
      },
    ],
  };
}
