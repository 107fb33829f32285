import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { localize } from '../../i18n';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { schemaType } from '../schema/schemaType';
import { areaTree } from './areaTree';

/**
 * The area picker: cascading selects, county > township > community > grid, over the areas the
 * host passes as `areaOptions`. Choosing a level offers the next. The field holds the id of the
 * deepest area chosen, or for an array property the whole path of ids, county first.
 */
export function AreaWidget(props: FieldProps) {
  const { control, t, locale, areaOptions } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const tree = useMemo(() => areaTree(areaOptions), [areaOptions]);
  const asPath = schemaType(props.schema) === 'array';
  const chosen: string[] = asPath
    ? Array.isArray(field.value)
      ? field.value.filter((id): id is string => typeof id === 'string')
      : []
    : typeof field.value === 'string'
      ? tree.pathTo(field.value)
      : [];

  const choose = (depth: number, id: string) => {
    const next = [...chosen.slice(0, depth), ...(id ? [id] : [])];
    field.onChange(next.length === 0 ? undefined : asPath ? next : next.at(-1));
  };

  // One select per level: the top areas, then the children of each chosen area that has some.
  const levels = [tree.roots];
  for (const id of chosen) {
    const below = tree.children(id);
    if (below.length === 0) break;
    levels.push(below);
  }
  const selects = levels.map((options, depth) => {
    const selectId = depth === 0 ? parts.id : `${parts.id}-${depth}`;
    const level = options[0]?.level ?? 'county';
    return (
      <div className="gc-area-level" key={selectId}>
        <label className="gc-sublabel" htmlFor={selectId}>
          {t(`form.react.area.${level}`)}
        </label>
        <select
          id={selectId}
          className="gc-input gc-select"
          ref={depth === 0 ? field.ref : undefined}
          value={chosen[depth] ?? ''}
          onChange={(event) => choose(depth, event.target.value)}
          onBlur={field.onBlur}
          {...parts.aria}
        >
          <option value="">{t('form.react.choose')}</option>
          {options.map((area) => (
            <option key={area.id} value={area.id}>
              {localize(area.name, locale)}
            </option>
          ))}
        </select>
      </div>
    );
  });
  const body =
    tree.roots.length === 0 ? (
      <p className="gc-help">{t('form.react.area.none')}</p>
    ) : (
      <div className="gc-area">{selects}</div>
    );
  return fieldFrame(parts, body, { widget: 'area', required: props.required, kind: 'group' });
}
