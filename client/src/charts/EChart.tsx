// ECharts, loaded only when a page first shows a chart (it is the largest dependency by far).
import { useEffect, useRef, useState } from 'react';
import { t } from '@/i18n';
import { Skeleton } from '@/ui';
import type { EChartsCoreOption } from 'echarts/core';

type ECharts = typeof import('echarts/core');
let loading: Promise<ECharts> | undefined;

/** Loads echarts/core with the charts the product uses (bar, line, pie, gauge), once. */
export function loadECharts(): Promise<ECharts> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      charts.GaugeChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.TitleComponent,
      components.DatasetComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  });
  return loading;
}

/** Party red first, then the neutral greys and a gold, so figures match the rest of the UI. */
export const CHART_COLORS = ['#C8102E', '#E8B64C', '#585F69', '#2563C9', '#1F8A4C', '#9AA1AA'];

export interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (a chart is an image to them). */
  label: string;
}

export function EChart({ option, height = 280, label }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<ECharts['init']>>(undefined);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadECharts().then((echarts) => {
      if (disposed || !el.current) return;
      chart.current = echarts.init(el.current, undefined, { renderer: 'svg', locale: 'ZH' });
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(el.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption({ color: CHART_COLORS, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [ready, option]);

  return (
    <div className="jm-chart" role="img" aria-label={label} style={{ height }}>
      {!ready && <Skeleton lines={4} label={t('common.loading')} />}
      <div ref={el} style={{ width: '100%', height: '100%', display: ready ? 'block' : 'none' }} />
    </div>
  );
}
