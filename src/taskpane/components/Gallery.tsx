/**
 * The five standard templates, one line each, and a live preview of the chosen one built from
 * the user's plan (or example data, said so, while the plan is incomplete).
 */
import { useMemo } from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import type { Plan } from "../../core/plan";
import type { TemplateId } from "../../model/types";
import { TEMPLATES, type TemplateBuilder } from "../domain";
import { t } from "../i18n";
import { samplePlan } from "../plan/samplePlan";
import { TemplatePreview } from "./TemplatePreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  option: { alignItems: "flex-start" },
  optionText: { display: "flex", flexDirection: "column" },
  description: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface GalleryProps {
  lang: Lang;
  selected: TemplateId;
  onSelect: (id: TemplateId) => void;
  /** The user's plan when it is valid; otherwise the preview uses example data. */
  plan: Plan | null;
  /** The plan has indicators but errors still to fix (said beside the example preview). */
  incomplete?: boolean;
  build: TemplateBuilder;
}

export function Gallery({ lang, selected, onSelect, plan, build, incomplete }: GalleryProps) {
  const s = useStyles();
  const usable = plan !== null && plan.indicators.length > 0;
  const previewPlan = useMemo(() => (usable ? plan : samplePlan(lang)), [usable, plan, lang]);
  const preview = useMemo(() => {
    try {
      return { model: build(selected, previewPlan, { lang }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [build, selected, previewPlan, lang]);
  const info = TEMPLATES.find((x) => x.id === selected);

  return (
    <div className={s.root}>
      <Text>{t(lang, "galleryHint")}</Text>
      <RadioGroup
        aria-label={t(lang, "templatesLabel")}
        value={selected}
        onChange={(_e, data) => onSelect(data.value as TemplateId)}
      >
        {TEMPLATES.map((tpl) => (
          <Radio
            key={tpl.id}
            value={tpl.id}
            className={s.option}
            label={
              <span className={s.optionText}>
                <Text weight="semibold">{tpl.title[lang]}</Text>
                <span className={s.description}>{tpl.description[lang]}</span>
              </span>
            }
          />
        ))}
      </RadioGroup>
      <Text weight="semibold" as="h2" size={400}>
        {t(lang, "previewOf")}
        {info?.title[lang]}
      </Text>
      {!usable && (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, incomplete ? "previewIncomplete" : "previewSample")}</MessageBarBody>
        </MessageBar>
      )}
      {preview.model ? (
        <TemplatePreview
          model={preview.model}
          lang={lang}
          label={`${t(lang, "preview")} ${info?.title[lang] ?? ""}`}
        />
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(lang, "previewUnavailable")}
            {preview.error}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
