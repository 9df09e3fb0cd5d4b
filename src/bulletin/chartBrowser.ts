/**
 * Charts in the browser (the pane in Excel and in the workbench): the same echarts option and
 * server-side SVG as in Node, drawn onto a canvas for the PNG (resvg is a native Node module).
 * Only the pieces the chart uses are bundled, in the bulletin's lazy chunk.
 */
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, MarkLineComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ChartData } from "./model";
import { CHART_HEIGHT, CHART_SCALE, CHART_WIDTH, chartSvg } from "./chartOption";
import type { ChartImage } from "./docx";

echarts.use([BarChart, GridComponent, MarkLineComponent, SVGRenderer]);

async function pngOf(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Uint8Array> {
  const blob =
    "convertToBlob" in canvas
      ? await canvas.convertToBlob({ type: "image/png" })
      : await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (b) => (b ? resolve(b) : reject(new Error("canvas.toBlob gave nothing"))),
            "image/png",
          ),
        );
  return new Uint8Array(await blob.arrayBuffer());
}

export async function chartPngBrowser(d: ChartData): Promise<ChartImage> {
  const svg = chartSvg(echarts.init, d);
  // A data: URL: the pane's Content-Security-Policy allows images from 'self' and data: only.
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const w = CHART_WIDTH * CHART_SCALE;
  const h = CHART_HEIGHT * CHART_SCALE;
  const canvas: OffscreenCanvas | HTMLCanvasElement =
    typeof OffscreenCanvas !== "undefined"
      ? new OffscreenCanvas(w, h)
      : Object.assign(document.createElement("canvas"), { width: w, height: h });
  const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error("no 2D canvas");
  ctx.fillStyle = "#FFFFFF";
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(img, 0, 0, w, h);
  return { png: await pngOf(canvas), width: CHART_WIDTH, height: CHART_HEIGHT };
}
