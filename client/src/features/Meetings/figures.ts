// Chart options for the cycle figures, pure so they can be tested without echarts.
import { t } from '@/i18n';

export interface CycleRow {
  cycleNumber: number;
  closureRate: number | null;
  overdueCount: number;
  itemsDue: number;
  itemsClosed: number;
}
export interface UnitRow {
  unitName: string;
  claims: number;
  confirmedClaims: number;
  invited: number;
  attended: number;
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

export function closureOption(cycles: readonly CycleRow[]) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 40, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: cycles.map((c) => t('figures.cycle', { n: c.cycleNumber })) },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: t('figures.closureRate'),
        type: 'line',
        smooth: true,
        connectNulls: true,
        data: cycles.map((c) => (c.closureRate === null ? null : Math.round(c.closureRate * 100))),
        label: { show: true, formatter: '{c}%' },
      },
      { name: t('figures.overdue'), type: 'bar', yAxisIndex: 1, barMaxWidth: 28, data: cycles.map((c) => c.overdueCount) },
    ],
  };
}

function unitBars(units: readonly UnitRow[], a: { name: string; value: (u: UnitRow) => number }, b: { name: string; value: (u: UnitRow) => number }) {
  const sorted = [...units].sort((x, y) => a.value(x) - a.value(y));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 16, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((u) => (u.unitName.length > 10 ? `${u.unitName.slice(0, 10)}…` : u.unitName)) },
    series: [
      { name: a.name, type: 'bar', barMaxWidth: 14, data: sorted.map(a.value) },
      { name: b.name, type: 'bar', barMaxWidth: 14, data: sorted.map(b.value) },
    ],
  };
}

export function claimsOption(units: readonly UnitRow[]) {
  return unitBars(units, { name: t('figures.seriesClaims'), value: (u) => u.claims }, { name: t('figures.seriesConfirmed'), value: (u) => u.confirmedClaims });
}

export function attendanceOption(units: readonly UnitRow[]) {
  return unitBars(units, { name: t('figures.seriesInvited'), value: (u) => u.invited }, { name: t('figures.seriesAttended'), value: (u) => u.attended });
}

export function gaugeOption(name: string, rate: number | null | undefined) {
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        title: { offsetCenter: [0, '70%'], fontSize: 13 },
        detail: { valueAnimation: true, offsetCenter: [0, '10%'], fontSize: 26, formatter: rate === null || rate === undefined ? '—' : '{value}%' },
        data: [{ value: rate === null || rate === undefined ? 0 : Math.round(rate * 100), name }],
      },
    ],
  };
}
