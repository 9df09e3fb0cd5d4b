/**
 * The chart of one indicator: each reported region's completion as a bar (in rank order), the
 * reference as a dashed line (序时进度, or the whole target for rates), bars at or above it in
 * blue, below it in orange, each labelled as the text writes it. One option for both renderers:
 * Node (SVG → PNG with resvg) and the browser (SVG → PNG through a canvas).
 */
import type { EChartsOption } from "echarts";
import type { init as EChartsInit } from "echarts/core";
import type { ChartData } from "./model";

/** Drawn at the type area's width (156 mm at 96 px per inch) and scaled ×2 into the PNG. */
export const CHART_WIDTH = 589;
export const CHART_HEIGHT = 320;
export const CHART_SCALE = 2;

/** Fonts for the chart's labels: the official ones first, then what Linux and browsers have. */
export const CHART_FONTS =
  "'FangSong', '仿宋', 'SimSun', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', sans-serif";

const AHEAD = "#2F6EBA";
const BEHIND = "#E07B24";
const LINE = "#C00000";

export function chartOption(d: ChartData): EChartsOption {
  const max = Math.max(d.reference, ...d.values);
  const many = d.categories.length > 8;
  return {
    animation: false,
    backgroundColor: "#FFFFFF",
    textStyle: { fontFamily: CHART_FONTS, fontSize: 12, color: "#222222" },
    grid: { left: 48, right: 16, top: 28, bottom: many ? 64 : 36 },
    xAxis: {
      type: "category",
      data: d.categories,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, rotate: many ? 35 : 0, fontFamily: CHART_FONTS, fontSize: 12 },
    },
    yAxis: {
      type: "value",
      name: d.axisLabel,
      nameTextStyle: { fontFamily: CHART_FONTS, fontSize: 11, align: "left" },
      min: 0,
      // Headroom so the labels above the bars and the reference line's label stay inside.
      max: Math.ceil((max * 1.15) / 10) * 10,
      axisLabel: { formatter: "{value}", fontFamily: CHART_FONTS },
      splitLine: { lineStyle: { color: "#E5E5E5" } },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 36,
        data: d.values.map((v, k) => ({ value: v, itemStyle: { color: d.ahead[k] ? AHEAD : BEHIND } })),
        label: {
          show: true,
          position: "top",
          formatter: (p: { value?: unknown }) => `${Number(p.value).toFixed(1)}`,
          fontFamily: CHART_FONTS,
          fontSize: 11,
        },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: LINE, type: "dashed", width: 1.5 },
          label: {
            formatter: d.referenceLabel,
            position: "insideEndTop",
            color: LINE,
            fontFamily: CHART_FONTS,
          },
          data: [{ yAxis: d.reference }],
        },
      },
    ],
  };
}

/**
 * The chart as server-side SVG. `init` comes from the caller's echarts build: the whole library in
 * Node, only the pieces the chart uses in the browser's lazy chunk.
 */
export function chartSvg(init: typeof EChartsInit, d: ChartData): string {
  const chart = init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption(chartOption(d));
    return chart.renderToSVGString();
  } finally {
    // An undisposed SSR chart keeps timers alive and Node never exits.
    chart.dispose();
  }
}
