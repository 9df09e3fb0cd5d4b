/**
 * The plan's indicators as a compact list: one line each (number, name, target, unit, nature,
 * problems) with buttons to move or remove it, and one indicator open below its line for
 * editing. A plan of a dozen indicators stays a screen or two tall instead of a dozen cards.
 * Every line's button names its indicator and says whether it is open (aria-expanded), so the
 * list works by keyboard and screen reader; the open editor ends with a button that closes it
 * and returns focus to its line.
 */
import { useRef } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { indicatorNature } from "../../core/indicatorNature";
import { t } from "../i18n";
import type { IndicatorDraft } from "../plan/planDraft";
import type { FieldIssue } from "../plan/planIssues";
import { IndicatorEditor, NATURE_LABEL } from "./IndicatorEditor";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  line: {
    display: "flex",
    alignItems: "center",
    gap: "2px",
    minHeight: "32px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  open: { backgroundColor: tokens.colorNeutralBackground2 },
  toggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    paddingLeft: "4px",
    paddingRight: "4px",
    fontWeight: tokens.fontWeightRegular,
  },
  // One line, whatever the name's length: the name gives way first, the figures stay readable.
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "start" },
  number: { color: tokens.colorNeutralForeground3, marginRight: "4px", flexShrink: 0 },
  summary: {
    flexShrink: 0,
    maxWidth: "55%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
  },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  iconButton: { minWidth: "28px", paddingLeft: "4px", paddingRight: "4px", flexShrink: 0 },
  editor: { padding: "4px 0 8px" },
});

export interface IndicatorListProps {
  lang: Lang;
  indicators: IndicatorDraft[];
  byPath: Record<string, FieldIssue>;
  /** The key of the indicator open for editing, or null. */
  openKey: string | null;
  onOpen: (key: string | null) => void;
  onChange: (index: number, next: IndicatorDraft) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/** "≥ 400", "+25%", "年均 +10%", "×3": the indicator's goal as typed, in a few characters. */
function targetText(d: IndicatorDraft, lang: Lang): string {
  const symbol = d.lowerIsBetter ? (d.inclusive ? "≤" : "<") : d.inclusive ? "≥" : ">";
  if (d.target.trim()) return `${symbol} ${d.target.trim()}`;
  const signed = (x: string) => (/^[+-]/.test(x) ? x : `+${x}`);
  if (d.growth.trim()) return `${signed(d.growth.trim())}%`;
  if (d.cagr.trim()) return t(lang, "cagrRow", { v: signed(d.cagr.trim()) });
  if (d.multiple.trim()) return `×${d.multiple.trim()}`;
  return "—";
}

function problemCount(byPath: Record<string, FieldIssue>, index: number): number {
  const prefix = `indicators.${index}.`;
  return Object.values(byPath).filter((i) => i.severity === "error" && i.path.startsWith(prefix)).length;
}

export function IndicatorList(props: IndicatorListProps) {
  const { lang, indicators, byPath, openKey, onOpen, onChange, onMove, onRemove } = props;
  const s = useStyles();
  const toggles = useRef(new Map<string, HTMLElement>());
  const count = indicators.length;

  return (
    <ul className={s.list} aria-label={t(lang, "indicators")}>
      {indicators.map((d, i) => {
        const label = t(lang, "indicatorN", { n: i + 1 });
        const name = d.name.trim() || t(lang, "unnamed");
        const open = d.key === openKey;
        const problems = problemCount(byPath, i);
        const nature =
          d.nature || indicatorNature({ name: d.name, unit: d.unit, lowerIsBetter: d.lowerIsBetter });
        const summaryId = `indicator-summary-${d.key}`;
        const editorId = `indicator-editor-${d.key}`;
        const toggle = () => onOpen(open ? null : d.key);
        return (
          <li key={d.key}>
            <div className={`${s.line} ${open ? s.open : ""}`}>
              <Button
                ref={(el) => {
                  if (el) toggles.current.set(d.key, el);
                  else toggles.current.delete(d.key);
                }}
                className={s.toggle}
                appearance="subtle"
                size="small"
                aria-label={`${label}${lang === "zh" ? ":" : ": "}${name}`}
                aria-describedby={summaryId}
                aria-expanded={open}
                aria-controls={open ? editorId : undefined}
                icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
                onClick={toggle}
              >
                <span className={s.number}>{i + 1}</span>
                <span className={s.name}>{name}</span>
              </Button>
              {/* The same words the button's description reads; a click here opens too. */}
              <span id={summaryId} className={s.summary} onClick={toggle}>
                {[targetText(d, lang), d.unit.trim(), t(lang, NATURE_LABEL[nature])]
                  .filter(Boolean)
                  .join(" · ")}
                {problems > 0 && (
                  <span className={s.problem}> · {t(lang, "rowProblems", { n: problems })}</span>
                )}
              </span>
              <Button
                className={s.iconButton}
                size="small"
                appearance="subtle"
                disabled={i === 0}
                onClick={() => onMove(i, -1)}
                aria-label={`${t(lang, "moveUp")} ${label}`}
              >
                ↑
              </Button>
              <Button
                className={s.iconButton}
                size="small"
                appearance="subtle"
                disabled={i === count - 1}
                onClick={() => onMove(i, 1)}
                aria-label={`${t(lang, "moveDown")} ${label}`}
              >
                ↓
              </Button>
              <Button
                className={s.iconButton}
                size="small"
                appearance="subtle"
                onClick={() => onRemove(i)}
                aria-label={`${t(lang, "remove")} ${label}`}
              >
                ✕
              </Button>
            </div>
            {open && (
              <div className={s.editor} id={editorId}>
                <IndicatorEditor
                  lang={lang}
                  index={i}
                  draft={d}
                  byPath={byPath}
                  onChange={(next) => onChange(i, next)}
                  onClose={() => {
                    onOpen(null);
                    toggles.current.get(d.key)?.focus();
                  }}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
