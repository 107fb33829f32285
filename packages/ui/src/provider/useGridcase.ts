import { useContext } from 'react';
import { GridcaseContext, type GridcaseContextValue } from './GridcaseContext';

/**
 * Reads what the nearest `GridcaseProvider` gives (or the defaults: zh-CN, no client).
 *
 * @example
 * ```tsx
 * function MyPanel() {
 *   const { client, locale } = useGridcase();
 *   ...
 * }
 * ```
 */
export function useGridcase(): GridcaseContextValue {
  return useContext(GridcaseContext);
}
