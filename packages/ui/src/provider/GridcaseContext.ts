import type { Locale } from '@gridcase/forms';
import type { MessageCatalog } from '@gridcase/forms/i18n';
import { createContext } from 'react';
import type { CitizenClient } from '../client/citizenTypes';
import type { GridcaseClient } from '../client/types';
import type { GridcaseTheme } from '../theme/theme';

/** What `GridcaseProvider` hands to every component below it. */
export interface GridcaseContextValue {
  client?: GridcaseClient;
  /** The citizen channel of one county, for `CitizenReport` and `CaseStatus`. */
  citizenClient?: CitizenClient;
  locale: Locale;
  theme?: GridcaseTheme;
  /** A host's own wording, overriding the shipped texts key by key. */
  messages?: MessageCatalog;
  /** Current time source; tests and stories pin it so due badges are stable. */
  now: () => Date;
}

export const defaultContext: GridcaseContextValue = {
  locale: 'zh-CN',
  now: () => new Date(),
};

export const GridcaseContext = createContext<GridcaseContextValue>(defaultContext);
