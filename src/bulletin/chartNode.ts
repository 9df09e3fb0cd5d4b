/**
 * Charts in Node (CLI, tests, bench): echarts' server-side SVG renderer, then resvg for the PNG
 * with the system's CJK font. resvg is a native module: the browser uses chartBrowser.ts.
 */
import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import type { ChartData } from "./model";
import { CHART_HEIGHT, CHART_SCALE, CHART_WIDTH, chartSvg } from "./chartOption";
import type { ChartImage } from "./docx";

export function chartPng(d: ChartData): ChartImage {
  const svg = chartSvg(echarts.init, d);
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: CHART_WIDTH * CHART_SCALE },
    background: "#FFFFFF",
    // Without loadSystemFonts Chinese labels vanish; the default family covers names not installed.
    font: { loadSystemFonts: true, defaultFontFamily: "WenQuanYi Micro Hei" },
  })
    .render()
    .asPng();
  return { png: new Uint8Array(png), width: CHART_WIDTH, height: CHART_HEIGHT };
}
