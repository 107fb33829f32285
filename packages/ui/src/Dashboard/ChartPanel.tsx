import type { EChartsCoreOption } from 'echarts/core';
import { useId } from 'react';
import { type ChartPalette, EChart } from './EChart';

/**
 * A titled chart plus the same numbers as a table for screen readers (visually hidden), so
 * the figures are never only in pixels.
 */
export function ChartPanel(props: {
  title: string;
  tableCaption: string;
  empty?: boolean;
  emptyText: string;
  option: (palette: ChartPalette) => EChartsCoreOption;
  columns: string[];
  rows: (string | number)[][];
}) {
  const id = useId();
  return (
    <section className="gc-panel" aria-labelledby={id}>
      <h3 id={id} className="gc-subheading">
        {props.title}
      </h3>
      {props.empty ? (
        <p className="gc-state gc-state--empty">{props.emptyText}</p>
      ) : (
        <>
          <EChart label={props.title} option={props.option} />
          <table className="gc-visually-hidden">
            <caption>{props.tableCaption}</caption>
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
