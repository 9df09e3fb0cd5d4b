/**
 * Common indicators of local intellectual-property work plans with their usual units, as they
 * appear in the plans our users start from (the seeds). English names are for the English UI
 * only; the Chinese name is what goes into the plan, because the forms are Chinese.
 */
export interface CatalogueEntry {
  name: string;
  en: string;
  unit: string;
  lowerIsBetter?: boolean;
}

export const INDICATOR_CATALOGUE: readonly CatalogueEntry[] = [
  { name: "专利申请量", en: "Patent applications", unit: "件" },
  { name: "发明专利申请量", en: "Invention patent applications", unit: "件" },
  { name: "专利授权量", en: "Patents granted", unit: "件" },
  { name: "发明专利授权量", en: "Invention patents granted", unit: "件" },
  { name: "有效发明专利拥有量", en: "Valid invention patents", unit: "件" },
  { name: "万人发明专利拥有量", en: "Invention patents per 10,000 residents", unit: "件" },
  { name: "高价值发明专利拥有量", en: "High-value invention patents", unit: "件" },
  { name: "PCT国际专利申请量", en: "PCT international applications", unit: "件" },
  { name: "商标有效注册量", en: "Valid registered trademarks", unit: "件" },
  { name: "地理标志商标数", en: "Geographical-indication trademarks", unit: "件" },
  { name: "作品著作权登记量", en: "Copyright registrations", unit: "件" },
  { name: "专利权质押融资额", en: "Patent-pledge financing", unit: "万元" },
  { name: "专利实施产值", en: "Output from patent use", unit: "万元" },
  { name: "知识产权示范企业数", en: "IP model enterprises", unit: "家" },
  { name: "知识产权培训人次", en: "IP training attendance", unit: "人(次)" },
  { name: "专利行政执法结案率", en: "Patent enforcement closure rate", unit: "%" },
  {
    name: "专利侵权纠纷平均处理周期",
    en: "Average patent-dispute handling time",
    unit: "天",
    lowerIsBetter: true,
  },
  { name: "满意度", en: "Satisfaction", unit: "%" },
];

export function findCatalogueEntry(name: string): CatalogueEntry | undefined {
  const n = name.trim();
  return INDICATOR_CATALOGUE.find((e) => e.name === n || e.en.toLowerCase() === n.toLowerCase());
}
