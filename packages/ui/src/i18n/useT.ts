import type { Locale } from '@gridcase/forms';
import {
  createTranslator,
  type MessageCatalog,
  type MessageKey,
  type MessageParams,
  type Translator,
} from '@gridcase/forms/i18n';
import { useMemo } from 'react';
import { useGridcase } from '../provider/useGridcase';
import { commonMessages } from './commonMessages';

/** The translator a component gets for its catalog `C`: shared keys plus its own. */
export type UiT<C extends MessageCatalog> = Translator<MessageKey<[typeof commonMessages, C]>>;

/**
 * A translator for one component: the shared texts, the component's catalog, then the host's
 * overrides from `GridcaseProvider messages`. `locale` (a prop) wins over the provider's.
 */
export function useT<const C extends MessageCatalog>(catalog: C, locale?: Locale): UiT<C> {
  const ctx = useGridcase();
  const chosen = locale ?? ctx.locale;
  const overrides = ctx.messages;
  return useMemo(
    () => createTranslator(chosen, commonMessages, catalog, overrides ?? {}) as unknown as UiT<C>,
    [chosen, catalog, overrides],
  );
}

/**
 * Any translator that knows at least the keys `K`: what helpers shared by several components
 * take, so a component's wider translator can be passed in.
 */
export type TFn<K extends string> = ((key: K, params?: MessageParams) => string) & {
  readonly locale: Locale;
};
