import type { Locale } from '@gridcase/forms';
import type { MessageCatalog } from '@gridcase/forms/i18n';
import { type ReactNode, useContext, useMemo } from 'react';
import type { CitizenClient } from '../client/citizenTypes';
import type { GridcaseClient } from '../client/types';
import type { GridcaseTheme } from '../theme/theme';
import { GridcaseContext, type GridcaseContextValue } from './GridcaseContext';

export interface GridcaseProviderProps {
  /** The server adapter: `createHttpClient(...)` or the host's own `GridcaseClient`. */
  client?: GridcaseClient;
  /** The citizen channel (no sign-in): `createCitizenClient(...)`, for the citizen components. */
  citizenClient?: CitizenClient;
  /** `zh-CN` (default) or `en`. */
  locale?: Locale;
  /** CSS-variable overrides (colours, radius, font) applied to every component. */
  theme?: GridcaseTheme;
  /** Replacement texts for any message key, e.g. a county's own wording. */
  messages?: MessageCatalog;
  /** Clock for due badges; defaults to the real time. */
  now?: () => Date;
  children?: ReactNode;
}

/**
 * Gives every gridcase component below it a server client, a locale and a theme. Nested
 * providers inherit what they do not set. Components also work without it, from props.
 *
 * @example
 * ```tsx
 * const client = createHttpClient({ baseUrl: '/api', token });
 * <GridcaseProvider client={client} locale="zh-CN" theme={{ primary: '#b91c1c' }}>
 *   <CaseWorklist onOpenCase={(id) => navigate(`/cases/${id}`)} />
 * </GridcaseProvider>
 * ```
 */
export function GridcaseProvider(props: GridcaseProviderProps) {
  const parent = useContext(GridcaseContext);
  const { client, citizenClient, locale, theme, messages, now, children } = props;
  const value = useMemo<GridcaseContextValue>(
    () => ({
      ...parent,
      ...(client ? { client } : {}),
      ...(citizenClient ? { citizenClient } : {}),
      ...(locale ? { locale } : {}),
      ...(theme ? { theme: { ...parent.theme, ...theme } } : {}),
      ...(messages ? { messages: { ...parent.messages, ...messages } } : {}),
      ...(now ? { now } : {}),
    }),
    [parent, client, citizenClient, locale, theme, messages, now],
  );
  return <GridcaseContext.Provider value={value}>{children}</GridcaseContext.Provider>;
}
