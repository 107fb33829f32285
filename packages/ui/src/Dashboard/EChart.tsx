import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// The chart is one labelled image; its numbers are in the table beside it (no echarts aria).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Theme colours read from the component root's CSS variables, for the charts. */
export interface ChartPalette {
  primary: string;
  text: string;
  muted: string;
  border: string;
  danger: string;
  success: string;
  warning: string;
  font: string;
}

function readPalette(el: HTMLElement): ChartPalette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    primary: v('--gc-primary', '#1d4ed8'),
    text: v('--gc-text', '#111827'),
    muted: v('--gc-muted', '#4b5563'),
    border: v('--gc-border', '#d1d5db'),
    danger: v('--gc-danger', '#b91c1c'),
    success: v('--gc-success', '#166534'),
    warning: v('--gc-warning', '#92400e'),
    font: v('--gc-font', 'sans-serif'),
  };
}

/**
 * One echarts chart (SVG renderer), sized by its container and resized with it. The chart is
 * an image to assistive technology (`label`); the caller gives the data as a table too.
 */
export function EChart(props: {
  label: string;
  option: (palette: ChartPalette) => EChartsCoreOption;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const { option } = props;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || !chartRef.current) return;
    chartRef.current.setOption({ animation: false, ...option(readPalette(el)) }, true);
  }, [option]);
  return (
    <div
      ref={ref}
      className="gc-chart"
      role="img"
      aria-label={props.label}
      style={{ height: props.height ?? 260 }}
    />
  );
}
