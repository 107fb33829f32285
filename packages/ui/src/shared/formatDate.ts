import type { Locale } from '@gridcase/forms';

/**
 * Formats an ISO timestamp for the locale: `2026年11月22日 14:30` or `Nov 22, 2026, 2:30 PM`.
 * Unparseable input comes back unchanged.
 */
export function formatDate(iso: string, locale: Locale, withTime = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(d);
}
