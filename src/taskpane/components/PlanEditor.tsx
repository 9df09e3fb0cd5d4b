/**
 * The plan editor: title and years, the indicator table, the region list and the task list.
 * Every problem is shown beside its field with the reason; the insert screen refuses to insert
 * while any error remains.
 */
import { useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { toHostError, type Host } from "../../host/port";
import { t } from "../i18n";
import { findCatalogueEntry, INDICATOR_CATALOGUE } from "../plan/indicatorCatalogue";
import { indicatorsFromTable } from "../plan/indicatorsFromTable";
import {
  emptyIndicator,
  emptyTask,
  indicatorToDraft,
  type IndicatorDraft,
  type PlanDraft,
  type TaskDraft,
} from "../plan/planDraft";
import type { DraftCheck } from "../plan/planIssues";
import { formatRegions, parseRegions } from "../plan/regions";
import { issueProps } from "./fieldIssue";
import { IndicatorList } from "./IndicatorList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  year: { width: "110px", minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  // The native input keeps a 20-character intrinsic width unless told it may shrink.
  inputSlot: { width: "100%", minWidth: 0 },
  catalogue: { minWidth: "160px", flexGrow: 1 },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "6px 0 0" },
  task: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: "6px",
    "& > *": { minWidth: 0 },
  },
  taskHead: { gridColumn: "1 / -1", display: "flex", alignItems: "center" },
  grow: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
});

export interface PlanEditorProps {
  lang: Lang;
  draft: PlanDraft;
  check: DraftCheck;
  host: Host;
  update: (fn: (d: PlanDraft) => PlanDraft) => void;
}

function move<T>(list: T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return list;
  const out = list.slice();
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export function PlanEditor({ lang, draft, check, host, update }: PlanEditorProps) {
  const s = useStyles();
  const caps = host.capabilities();
  const [selectionMessage, setSelectionMessage] = useState<{
    intent: "success" | "error" | "warning";
    text: string;
  }>();
  const byPath = check.byPath;
  const regions = parseRegions(draft.regionsText);
  // One indicator open at a time: a lone one (a new plan), else the first with a problem (the
  // insert screen's "去修改" lands on it), else none.
  const [openKey, setOpenKey] = useState<string | null>(() => {
    if (draft.indicators.length === 1) return draft.indicators[0].key;
    const row = draft.indicators.findIndex((_d, i) =>
      check.errors.some((e) => e.path.startsWith(`indicators.${i}.`)),
    );
    return row >= 0 ? draft.indicators[row].key : null;
  });
  const addIndicator = (ind: IndicatorDraft) => {
    update((d) => ({ ...d, indicators: [...d.indicators, ind] }));
    setOpenKey(ind.key);
  };

  const readSelection = async () => {
    try {
      const found = indicatorsFromTable(await host.readSelection());
      if (found.length === 0) {
        setSelectionMessage({ intent: "warning", text: t(lang, "readSelectionNone") });
        return;
      }
      update((d) => ({
        ...d,
        indicators: [...d.indicators.filter((x) => x.name.trim() !== ""), ...found.map(indicatorToDraft)],
      }));
      setSelectionMessage({ intent: "success", text: t(lang, "readSelectionDone", { n: found.length }) });
    } catch (e) {
      setSelectionMessage({ intent: "error", text: toHostError(e).text(lang) });
    }
  };

  const setTask = (i: number, patch: Partial<TaskDraft>) =>
    update((d) => ({ ...d, tasks: d.tasks.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));

  return (
    <div className={s.root}>
      <Field label={t(lang, "planTitle")} required {...issueProps(byPath, "title", lang)}>
        <Input value={draft.title} onChange={(_e, d) => update((x) => ({ ...x, title: d.value }))} />
      </Field>
      <div className={s.row}>
        <Field
          label={t(lang, "baseYear")}
          className={s.year}
          required
          {...issueProps(byPath, "baseYear", lang)}
        >
          <Input
            className={s.control}
            input={{ className: s.inputSlot }}
            value={draft.baseYear}
            inputMode="numeric"
            onChange={(_e, d) => update((x) => ({ ...x, baseYear: d.value }))}
          />
        </Field>
        <Field
          label={t(lang, "targetYear")}
          className={s.year}
          required
          {...issueProps(byPath, "targetYear", lang)}
        >
          <Input
            className={s.control}
            input={{ className: s.inputSlot }}
            value={draft.targetYear}
            inputMode="numeric"
            onChange={(_e, d) => update((x) => ({ ...x, targetYear: d.value }))}
          />
        </Field>
      </div>

      <section className={s.section} aria-labelledby="indicators-heading">
        <h2 id="indicators-heading" className={s.heading}>
          {t(lang, "indicators")} ({draft.indicators.length})
        </h2>
        {byPath.indicators && (
          <MessageBar intent={byPath.indicators.severity}>
            <MessageBarBody>{byPath.indicators[lang]}</MessageBarBody>
          </MessageBar>
        )}
        <IndicatorList
          lang={lang}
          indicators={draft.indicators}
          byPath={byPath}
          openKey={openKey}
          onOpen={setOpenKey}
          onChange={(i, next) =>
            update((d) => ({ ...d, indicators: d.indicators.map((x, j) => (j === i ? next : x)) }))
          }
          onMove={(i, delta) => update((d) => ({ ...d, indicators: move(d.indicators, i, delta) }))}
          onRemove={(i) => update((d) => ({ ...d, indicators: d.indicators.filter((_x, j) => j !== i) }))}
        />
        <div className={s.row}>
          <Button onClick={() => addIndicator(emptyIndicator())}>{t(lang, "addIndicator")}</Button>
          <Dropdown
            className={s.catalogue}
            aria-label={t(lang, "addFromCatalogue")}
            placeholder={t(lang, "addFromCatalogue")}
            selectedOptions={[]}
            value=""
            onOptionSelect={(_e, d) => {
              const entry = d.optionValue ? findCatalogueEntry(d.optionValue) : undefined;
              if (!entry) return;
              addIndicator(emptyIndicator(entry.name, entry.unit, entry.lowerIsBetter));
            }}
          >
            {INDICATOR_CATALOGUE.map((e) => (
              <Option key={e.name} value={e.name} text={e.name}>
                {lang === "zh" ? `${e.name}(${e.unit})` : `${e.en} (${e.unit})`}
              </Option>
            ))}
          </Dropdown>
          <Button disabled={!caps.readSelection} onClick={readSelection} title={t(lang, "readSelectionHint")}>
            {t(lang, "readSelection")}
          </Button>
        </div>
        {selectionMessage && (
          <MessageBar intent={selectionMessage.intent}>
            <MessageBarBody>{selectionMessage.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={s.section} aria-labelledby="regions-heading">
        <h2 id="regions-heading" className={s.heading}>
          {t(lang, "regions")}
        </h2>
        <Field
          label={`${t(lang, "regions")} · ${t(lang, "regionsCount", { n: regions.length })}`}
          hint={t(lang, "regionsHint")}
          {...issueProps(byPath, "regions", lang)}
        >
          <Textarea
            value={draft.regionsText}
            rows={5}
            resize="vertical"
            onChange={(_e, d) => update((x) => ({ ...x, regionsText: d.value }))}
            onBlur={() => update((x) => ({ ...x, regionsText: formatRegions(parseRegions(x.regionsText)) }))}
          />
        </Field>
      </section>

      <section className={s.section} aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className={s.heading}>
          {t(lang, "tasks")} ({draft.tasks.length})
        </h2>
        {draft.tasks.map((task, i) => {
          const label = t(lang, "taskN", { n: i + 1 });
          const p = (f: string) => issueProps(byPath, `tasks.${i}.${f}`, lang);
          return (
            <fieldset key={task.key} className={s.task} aria-label={label}>
              <div className={s.taskHead}>
                <span className={s.grow}>{label}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`${t(lang, "remove")} ${label}`}
                  onClick={() => update((d) => ({ ...d, tasks: d.tasks.filter((_x, j) => j !== i) }))}
                >
                  ✕
                </Button>
              </div>
              <Field label={t(lang, "taskName")} {...p("name")}>
                <Input
                  className={s.control}
                  input={{ className: s.inputSlot }}
                  value={task.name}
                  onChange={(_e, d) => setTask(i, { name: d.value })}
                />
              </Field>
              <Field label={t(lang, "taskLead")} {...p("lead")}>
                <Input
                  className={s.control}
                  input={{ className: s.inputSlot }}
                  value={task.lead}
                  onChange={(_e, d) => setTask(i, { lead: d.value })}
                />
              </Field>
              <Field label={t(lang, "taskPartners")} {...p("partners")}>
                <Input
                  className={s.control}
                  input={{ className: s.inputSlot }}
                  value={task.partners}
                  onChange={(_e, d) => setTask(i, { partners: d.value })}
                />
              </Field>
              <Field label={t(lang, "taskDeadline")} {...p("deadline")}>
                <Input
                  type="date"
                  value={task.deadline}
                  onChange={(_e, d) => setTask(i, { deadline: d.value })}
                />
              </Field>
            </fieldset>
          );
        })}
        <div className={s.row}>
          <Button onClick={() => update((d) => ({ ...d, tasks: [...d.tasks, emptyTask()] }))}>
            {t(lang, "addTask")}
          </Button>
        </div>
      </section>
      <Text size={200}>
        {check.errors.length === 0 ? t(lang, "planValid") : t(lang, "fixFirst", { n: check.errors.length })}
      </Text>
    </div>
  );
}
