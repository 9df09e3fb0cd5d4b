/**
 * One indicator of the plan, open for editing under its line of the list (IndicatorList.tsx,
 * which moves and removes it): name (typed or picked from the catalogue, which fills the unit),
 * unit, base and the four kinds of target, the comparator, the nature (automatic unless chosen)
 * and lower-is-better, and a button that closes it. The group is named with the indicator's
 * number for screen readers.
 */
import {
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  InfoLabel,
  Input,
  type LabelProps,
  makeStyles,
  Option,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { indicatorNature } from "../../core/indicatorNature";
import type { IndicatorNature } from "../../core/plan";
import { t, type StringKey } from "../i18n";
import { findCatalogueEntry, INDICATOR_CATALOGUE } from "../plan/indicatorCatalogue";
import type { IndicatorDraft } from "../plan/planDraft";
import type { FieldIssue } from "../plan/planIssues";
import { issueProps } from "./fieldIssue";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: "6px",
    alignItems: "start",
    // Grid items default to their content's width; inputs must shrink to the pane instead.
    "& > *": { minWidth: 0 },
  },
  control: { width: "100%", minWidth: 0 },
  // The native input keeps a 20-character intrinsic width unless told it may shrink.
  inputSlot: { width: "100%", minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
  span2: { gridColumn: "span 2" },
  // The nature's explanation is in the info popover for the eye; this copy describes the
  // dropdown to screen readers without taking a line of the narrow pane.
  hidden: { display: "none" },
  // "自动:累计量" must fit one grid column of a 420px pane: trim the dropdown's side padding.
  natureButton: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalXS },
  natureIcon: { marginRight: 0 },
});

export const NATURE_LABEL: Record<IndicatorNature, StringKey> = {
  flow: "natureFlow",
  stock: "natureStock",
  rate: "natureRate",
};
const NATURES = Object.keys(NATURE_LABEL) as IndicatorNature[];

type NumberField = "base" | "growth" | "cagr" | "target" | "multiple";

export interface IndicatorEditorProps {
  lang: Lang;
  index: number;
  draft: IndicatorDraft;
  byPath: Record<string, FieldIssue>;
  onChange: (next: IndicatorDraft) => void;
  onClose: () => void;
}

export function IndicatorEditor(props: IndicatorEditorProps) {
  const { lang, index, draft, byPath, onChange, onClose } = props;
  const s = useStyles();
  const label = t(lang, "indicatorN", { n: index + 1 });
  const path = (f: string) => `indicators.${index}.${f}`;
  const set = (patch: Partial<IndicatorDraft>) => onChange({ ...draft, ...patch });
  const ge = draft.lowerIsBetter ? "≤" : "≥";
  const gt = draft.lowerIsBetter ? "<" : ">";
  const inclusiveText = `${ge} ${t(lang, draft.lowerIsBetter ? "cmpAtMost" : "cmpAtLeast")}`;
  const strictText = `${gt} ${t(lang, draft.lowerIsBetter ? "cmpLessThan" : "cmpMoreThan")}`;
  // What "automatic" would make of the row as typed now, shown so the user can judge it.
  const inferred = indicatorNature({
    name: draft.name,
    unit: draft.unit,
    lowerIsBetter: draft.lowerIsBetter,
  });
  const autoText = t(lang, "natureAuto", { nature: t(lang, NATURE_LABEL[inferred]).toLowerCase() });
  const numberField = (f: NumberField) => (
    <Field label={t(lang, f)} {...issueProps(byPath, path(f), lang)}>
      <Input
        className={s.control}
        input={{ className: s.inputSlot }}
        value={draft[f]}
        inputMode="decimal"
        onChange={(_e, d) => set({ [f]: d.value })}
      />
    </Field>
  );

  return (
    <fieldset className={s.card} aria-label={label}>
      <div className={s.grid}>
        <Field label={t(lang, "name")} className={s.wide} {...issueProps(byPath, path("name"), lang)}>
          <Combobox
            className={s.control}
            freeform
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            onOptionSelect={(_e, d) => {
              const entry = d.optionValue ? findCatalogueEntry(d.optionValue) : undefined;
              if (!entry) return;
              set({
                name: entry.name,
                unit: draft.unit || entry.unit,
                lowerIsBetter: draft.lowerIsBetter || entry.lowerIsBetter === true,
              });
            }}
          >
            {INDICATOR_CATALOGUE.filter((e) => !draft.name || e.name.includes(draft.name.trim())).map((e) => (
              <Option key={e.name} value={e.name} text={e.name}>
                {lang === "zh" ? `${e.name}(${e.unit})` : `${e.name} — ${e.en} (${e.unit})`}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label={t(lang, "unit")} {...issueProps(byPath, path("unit"), lang)}>
          <Input
            className={s.control}
            input={{ className: s.inputSlot }}
            value={draft.unit}
            onChange={(_e, d) => set({ unit: d.value })}
          />
        </Field>
        {numberField("base")}
        {numberField("target")}
        {numberField("growth")}
        {numberField("cagr")}
        {numberField("multiple")}
        <Field
          label={t(lang, "comparator")}
          className={s.span2}
          {...issueProps(byPath, path("comparator"), lang)}
        >
          <Dropdown
            className={s.control}
            value={draft.inclusive ? inclusiveText : strictText}
            selectedOptions={[draft.inclusive ? "inclusive" : "strict"]}
            onOptionSelect={(_e, d) => set({ inclusive: d.optionValue !== "strict" })}
          >
            <Option value="inclusive" text={`${ge}`}>
              {inclusiveText}
            </Option>
            <Option value="strict" text={`${gt}`}>
              {strictText}
            </Option>
          </Dropdown>
        </Field>
        <Field
          label={{
            children: (_: unknown, props: LabelProps) => (
              <InfoLabel
                {...props}
                info={t(lang, "natureHint")
                  .split(/;\s*/)
                  .map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                infoButton={{ "aria-label": t(lang, "natureInfo") }}
              >
                {t(lang, "nature")}
              </InfoLabel>
            ),
          }}
          hint={{ children: t(lang, "natureHint"), className: s.hidden }}
          {...issueProps(byPath, path("nature"), lang)}
        >
          <Dropdown
            className={s.control}
            button={{ className: s.natureButton }}
            expandIcon={{ className: s.natureIcon }}
            value={draft.nature ? t(lang, NATURE_LABEL[draft.nature]) : autoText}
            selectedOptions={[draft.nature || "auto"]}
            onOptionSelect={(_e, d) => set({ nature: NATURES.find((n) => n === d.optionValue) ?? "" })}
          >
            <Option value="auto" text={autoText}>
              {autoText}
            </Option>
            {NATURES.map((n) => (
              <Option key={n} value={n} text={t(lang, NATURE_LABEL[n])}>
                {t(lang, NATURE_LABEL[n])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox
          className={s.wide}
          checked={draft.lowerIsBetter}
          label={t(lang, "lowerIsBetter")}
          onChange={(_e, d) => set({ lowerIsBetter: d.checked === true })}
        />
      </div>
      <div>
        <Button size="small" onClick={onClose} aria-label={`${t(lang, "closeIndicator")} ${label}`}>
          {t(lang, "closeIndicator")}
        </Button>
      </div>
    </fieldset>
  );
}
