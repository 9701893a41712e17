/**
 * HTML escaping for ECharts function formatters. Same mapping as `echarts.format.encodeHTML`
 * (tests/unit/charts/escape.test.ts checks parity) so option builders stay free of the echarts import
 * and the chart library can load lazily.
 */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function encodeHTML(source: unknown): string {
  return source == null ? '' : String(source).replace(/[&<>"']/g, (c) => MAP[c] ?? c)
}
