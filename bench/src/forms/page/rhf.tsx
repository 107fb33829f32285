import './probe';
import type { JsonSchema } from '@gridcase/forms';
import { isCnIdcard, isCnLandline, isCnMobile, isCnUscc } from '@gridcase/forms';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { memo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { type FieldValues, type Resolver, type UseFormRegister, useForm } from 'react-hook-form';
import { KEY_FIELD, stageFormSchema } from '../stageForm';
import { Mounted } from './Mounted';

// Plain react-hook-form: uncontrolled inputs, one Ajv validator for the whole form compiled at
// startup and run on every change, one memoised component per field given its own error.
const schema = stageFormSchema();
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
for (const [name, check] of Object.entries({
  'cn-mobile': isCnMobile,
  'cn-landline': isCnLandline,
  'cn-idcard': isCnIdcard,
  'cn-uscc': isCnUscc,
})) {
  ajv.addFormat(name, check);
}
const validate = ajv.compile(schema);

const resolver: Resolver<FieldValues> = (values) => {
  if (validate(values)) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const error of validate.errors ?? []) {
    const name = error.instancePath.slice(1);
    errors[name] ??= { type: error.keyword, message: error.message ?? error.keyword };
  }
  return { values: {}, errors };
};

const blank = (value: unknown) => (value === '' ? undefined : value);
const numberOrBlank = (value: unknown) => (value === '' ? undefined : Number(value));

interface FieldProps {
  name: string;
  schema: JsonSchema;
  register: UseFormRegister<FieldValues>;
  error: string | undefined;
}

const Field = memo(function Field({ name, schema, register, error }: FieldProps) {
  const id = `rhf-${name}`;
  let input: ReactNode;
  if (Array.isArray(schema.enum)) {
    input = (
      <select id={id} {...register(name, { setValueAs: blank })}>
        <option value="" />
        {schema.enum.map((choice) => (
          <option key={String(choice)} value={String(choice)}>
            {String(choice)}
          </option>
        ))}
      </select>
    );
  } else if (schema.type === 'boolean') {
    input = <input id={id} type="checkbox" {...register(name)} />;
  } else if (schema.type === 'number') {
    input = <input id={id} type="number" {...register(name, { setValueAs: numberOrBlank })} />;
  } else {
    const type = schema.format === 'date' ? 'date' : 'text';
    input = <input id={id} type={type} {...register(name, { setValueAs: blank })} />;
  }
  return (
    <div>
      <label htmlFor={id}>{String(schema.title)}</label>
      {input}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
});

function RhfForm() {
  const { register, handleSubmit, formState } = useForm({ mode: 'onChange', resolver });
  const { errors } = formState;
  return (
    <form noValidate onSubmit={handleSubmit(() => {})}>
      {Object.entries(schema.properties).map(([name, property]) => (
        <Field
          key={name}
          name={name}
          schema={property}
          register={register}
          error={errors[name]?.message as string | undefined}
        />
      ))}
      <button type="submit">提交</button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <Mounted keyField={`#rhf-${KEY_FIELD}`} keyError={`#rhf-${KEY_FIELD} ~ p[role="alert"]`}>
    <RhfForm />
  </Mounted>,
);
