/**
 * Insert the chosen template into the workbook: on a new sheet or at the selected cell (the
 * host refuses a non-empty area). Shows progress, then the sheet and range written, or the
 * reason in plain words. Nothing is inserted while the plan has errors.
 */
import { useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import type { TemplateId } from "../../model/types";
import { toHostError, type Host, type InsertStep, type InsertTarget } from "../../host/port";
import { reportRegions, TEMPLATES } from "../domain";
import { t, type StringKey } from "../i18n";
import type { DraftCheck } from "../plan/planIssues";
import { issueLabel } from "../plan/issueLabel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  list: { margin: "4px 0 0", paddingLeft: "18px" },
});

const STEP_TEXT: Record<InsertStep, StringKey> = {
  locating: "stepLocating",
  building: "stepBuilding",
  writing: "stepWriting",
  done: "stepDone",
};
const STEP_VALUE: Record<InsertStep, number> = { locating: 0.15, building: 0.4, writing: 0.75, done: 1 };

export interface InsertPanelProps {
  lang: Lang;
  host: Host;
  templateId: TemplateId;
  onTemplate: (id: TemplateId) => void;
  check: DraftCheck;
  onEditPlan: () => void;
}

type Outcome = { ok: boolean; text: string; details?: string[] };

export function InsertPanel({ lang, host, templateId, onTemplate, check, onEditPlan }: InsertPanelProps) {
  const s = useStyles();
  const caps = host.capabilities();
  const [target, setTarget] = useState<InsertTarget>("newSheet");
  const [step, setStep] = useState<InsertStep | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = step !== null && step !== "done";
  // A quarterly report without regions has one whole-city row, as in the CLI and the preview:
  // said here, not refused.
  const wholeCity =
    templateId === "quarterly-report" && reportRegions(check.plan, lang).defaulted
      ? reportRegions(check.plan, lang).regions[0]
      : null;
  const noTasks = templateId === "task-breakdown" && !check.plan.tasks?.length;
  const blocked = check.errors.length > 0;
  const info = TEMPLATES.find((x) => x.id === templateId);

  const insert = async () => {
    setOutcome(null);
    setStep("locating");
    try {
      const r = await host.insertTemplate({ templateId, plan: check.plan, lang, target }, setStep);
      setOutcome({
        ok: true,
        text: t(lang, "inserted", { sheet: r.sheetName, address: r.address }),
        details: r.skipped?.map((x) => x[lang]),
      });
      setStep("done");
    } catch (e) {
      setOutcome({ ok: false, text: toHostError(e).text(lang) });
      setStep(null);
    }
  };

  return (
    <div className={s.root}>
      {!caps.insert && caps.note && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "notInOffice")}</MessageBarTitle>
            {caps.note[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t(lang, "insertTemplate")}>
        <Dropdown
          value={info?.title[lang] ?? ""}
          selectedOptions={[templateId]}
          onOptionSelect={(_e, d) => d.optionValue && onTemplate(d.optionValue as TemplateId)}
        >
          {TEMPLATES.map((tpl) => (
            <Option key={tpl.id} value={tpl.id} text={tpl.title[lang]}>
              {tpl.title[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t(lang, "insertWhere")}>
        <RadioGroup value={target} onChange={(_e, d) => setTarget(d.value as InsertTarget)}>
          <Radio value="newSheet" label={t(lang, "insertNewSheet")} />
          <Radio value="selection" label={t(lang, "insertSelection")} />
        </RadioGroup>
      </Field>
      {blocked && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "fixFirst", { n: check.errors.length })}</MessageBarTitle>
            <ul className={s.list}>
              {check.errors.slice(0, 6).map((i) => (
                <li key={i.path}>
                  {issueLabel(i.path, lang)}
                  {lang === "zh" ? ":" : ": "}
                  {i[lang]}
                </li>
              ))}
            </ul>
            <Link onClick={onEditPlan}>{t(lang, "goToEditor")}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {wholeCity !== null && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(lang, "noRegionsWholeCity", { name: wholeCity })}{" "}
            <Link onClick={onEditPlan}>{t(lang, "addRegions")}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {noTasks && (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, "noTasks")}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={!caps.insert || blocked || busy} onClick={insert}>
          {busy ? t(lang, "inserting") : t(lang, "insertButton")}
        </Button>
      </div>
      {step !== null && (
        <Field validationMessage={t(lang, STEP_TEXT[step])} validationState="none">
          <ProgressBar value={STEP_VALUE[step]} aria-label={t(lang, "inserting")} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={!outcome.ok ? "error" : outcome.details?.length ? "warning" : "success"}>
            <MessageBarBody>
              {outcome.text}
              {outcome.details && outcome.details.length > 0 && <div>{t(lang, "skippedFeatures")}</div>}
              {outcome.details && outcome.details.length > 0 && (
                <ul className={s.list}>
                  {outcome.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
