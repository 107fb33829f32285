import type { Locale } from '@gridcase/forms';

/** Where a command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  locale: Locale;
}
