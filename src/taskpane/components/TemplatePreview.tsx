/**
 * A sheet model drawn as an HTML table: what the template will insert, cell for cell (merged
 * titles, headers, input cells shaded as in the sheet). Formula cells show what their formula
 * computes from the model's own inputs; a formula the preview cannot compute keeps a ƒx marker
 * (Excel computes it once inserted). Every formula cell shows its formula on hover.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import type { Cell, SheetModel } from "../../model/types";
import { colName } from "../../model/a1";
import { useMemo } from "react";
import { formatCellValue } from "../plan/cellText";
import { isError, PreviewEvaluator } from "../preview/evaluate";
import { t } from "../i18n";

const MAX_ROWS = 30;
const MAX_COLS = 14;

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    maxHeight: "340px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: "11px",
    fontFamily: `"Microsoft YaHei", "WenQuanYi Micro Hei", ${tokens.fontFamilyBase}`,
  },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    whiteSpace: "nowrap",
    maxWidth: "160px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    height: "18px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    minWidth: "22px",
  },
  title: { fontWeight: 700, fontSize: "13px", textAlign: "center" },
  subtitle: { textAlign: "center", color: tokens.colorNeutralForeground2 },
  header: { fontWeight: 600, backgroundColor: "#DDEBF7", textAlign: "center", whiteSpace: "normal" },
  label: {},
  input: { backgroundColor: "#FFF2CC", textAlign: "right" },
  formula: { backgroundColor: "#F3F6FA" },
  unknown: { color: tokens.colorNeutralForeground3, textAlign: "center", fontStyle: "italic" },
  total: { fontWeight: 600, backgroundColor: tokens.colorNeutralBackground3 },
  note: { color: tokens.colorNeutralForeground3 },
  status: { textAlign: "center" },
  stamp: { color: tokens.colorNeutralForeground4 },
  number: { textAlign: "right" },
  caption: { fontSize: "12px", color: tokens.colorNeutralForeground3, marginTop: "4px" },
});

export function TemplatePreview({ model, lang, label }: { model: SheetModel; lang: Lang; label: string }) {
  const s = useStyles();
  const evaluator = useMemo(() => new PreviewEvaluator(model), [model]);
  const rows = Math.min(model.cells.length, MAX_ROWS);
  let unknown = 0;
  // The sheet hides the stamp's column (src/model/stamp.ts): so does the preview.
  const hidden = new Set(model.hiddenColumns ?? []);
  const visible = Array.from(
    { length: Math.max(0, ...model.cells.map((r) => r.length)) },
    (_, c) => c,
  ).filter((c) => !hidden.has(c));
  const allCols = visible.length;
  const shownCols = visible.slice(0, MAX_COLS);
  const cols = shownCols.length;
  const isShown = new Set(shownCols);
  // Cells covered by a merge are skipped; the merge's first cell spans them.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of model.merges) {
    const r0 = m.row - model.origin.row;
    const c0 = m.col - model.origin.col;
    let colSpan = 0;
    for (let c = c0; c < c0 + m.cols; c++) if (isShown.has(c)) colSpan++;
    spans.set(`${r0},${c0}`, { rowSpan: Math.min(m.rows, rows - r0), colSpan });
    for (let r = r0; r < r0 + m.rows; r++)
      for (let c = c0; c < c0 + m.cols; c++) if (r !== r0 || c !== c0) covered.add(`${r},${c}`);
  }
  const classOf = (cell: Cell | null): string => {
    if (!cell) return s.td;
    const style = cell.formula !== undefined ? "formula" : cell.input ? "input" : (cell.style ?? "label");
    const numeric = typeof cell.value === "number";
    return `${s.td} ${s[style]} ${numeric ? s.number : ""}`;
  };
  return (
    <div>
      <div className={s.wrap} role="region" aria-label={label} tabIndex={0}>
        <table className={s.table}>
          <thead>
            <tr>
              <th className={`${s.td} ${s.rowHead}`} aria-hidden="true" />
              {shownCols.map((c) => (
                <th key={c} scope="col" className={`${s.td} ${s.rowHead}`}>
                  {colName(model.origin.col + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.cells.slice(0, rows).map((row, r) => (
              <tr key={r}>
                <th scope="row" className={`${s.td} ${s.rowHead}`}>
                  {model.origin.row + r + 1}
                </th>
                {shownCols.map((c) => {
                  if (covered.has(`${r},${c}`)) return null;
                  const cell = row[c] ?? null;
                  const span = spans.get(`${r},${c}`);
                  const isFormula = cell?.formula !== undefined;
                  const computed = isFormula ? evaluator.cellValue(r, c) : undefined;
                  if (isFormula && computed === undefined) unknown++;
                  const shown = !isFormula
                    ? formatCellValue(cell?.value, cell?.numFmt)
                    : computed === undefined
                      ? "ƒx"
                      : isError(computed)
                        ? computed.error
                        : formatCellValue(computed, cell?.numFmt);
                  const cls = classOf(cell);
                  return (
                    <td
                      key={c}
                      className={`${cls} ${computed === undefined && isFormula ? s.unknown : ""} ${typeof computed === "number" ? s.number : ""}`}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      title={isFormula ? `=${cell?.formula}` : undefined}
                      data-formula={isFormula ? "true" : undefined}
                    >
                      {shown}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={s.caption}>
        {t(lang, "previewComputed")}
        {unknown > 0 && ` · ƒx = ${t(lang, "previewFormula")}`}
        {(rows < model.cells.length || cols < allCols) &&
          " · " + t(lang, "previewTruncated", { rows, cols, allRows: model.cells.length, allCols: allCols })}
      </div>
    </div>
  );
}
