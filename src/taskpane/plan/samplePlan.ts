/**
 * Example data for previews while the user's own plan is still empty or incomplete. The pane
 * says so beside the preview: example numbers must never pass for the user's figures.
 */
import type { Lang } from "../../core/errors";
import type { Plan } from "../../core/plan";

export function samplePlan(lang: Lang, year = new Date().getFullYear()): Plan {
  const zh = lang === "zh";
  return {
    title: zh ? `${year}年知识产权工作指标(示例)` : `IP work targets ${year} (example)`,
    baseYear: year - 1,
    targetYear: year,
    regions: zh
      ? ["东城区", "西城县", "南湖区", "北山县"]
      : ["East District", "West County", "South Lake", "North Hill"],
    indicators: [
      { name: zh ? "专利申请量" : "Patent applications", unit: "件", base: 320, growth: 0.25, target: 400 },
      {
        name: zh ? "发明专利申请量" : "Invention patent applications",
        unit: "件",
        base: 46,
        growth: 0.3,
        target: 60,
      },
      { name: zh ? "万人发明专利拥有量" : "Invention patents per 10,000", unit: "件", base: 8.2, target: 10 },
      { name: zh ? "专利权质押融资额" : "Patent-pledge financing", unit: "万元", base: 5000, cagr: 0.2 },
    ],
    tasks: [
      {
        name: zh ? "开展专利导航试点" : "Patent navigation pilot",
        lead: zh ? "市知识产权局" : "City IP Office",
        partners: zh ? ["市科技局"] : ["Science Bureau"],
        deadline: `${year}-06-30`,
      },
      {
        name: zh ? "组织知识产权培训" : "IP training",
        lead: zh ? "市知识产权局" : "City IP Office",
        deadline: `${year}-11-30`,
      },
    ],
  };
}
