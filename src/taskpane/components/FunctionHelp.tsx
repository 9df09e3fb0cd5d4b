/**
 * Help for the PLAN functions: what each computes, its parameters and an example, in the
 * pane's language, with a button that writes the example into the selected cell.
 */
import { useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import { toHostError, type Host } from "../../host/port";
import type { FunctionHelpEntry } from "../domain";
import { t } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  name: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    fontSize: "14px",
  },
  params: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "2px 4px",
    overflowWrap: "anywhere",
  },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

export interface FunctionHelpProps {
  lang: Lang;
  host: Host;
  entries: readonly FunctionHelpEntry[];
}

export function FunctionHelp({ lang, host, entries }: FunctionHelpProps) {
  const s = useStyles();
  const caps = host.capabilities();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const insert = async (formula: string) => {
    try {
      const address = await host.insertFormula(formula);
      setMessage({ ok: true, text: t(lang, "insertedFormula", { address }) });
    } catch (e) {
      setMessage({ ok: false, text: toHostError(e).text(lang) });
    }
  };

  return (
    <div className={s.root}>
      <Text>{t(lang, "functionsHint")}</Text>
      {!caps.insertFormula && caps.note && (
        <MessageBar intent="info">
          <MessageBarBody>{caps.note[lang]}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.ok ? "success" : "error"}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {entries.length === 0 && <Text>{t(lang, "noFunctions")}</Text>}
      {entries.map((f) => (
        <section key={f.name} className={s.card} aria-labelledby={`fn-${f.name}`}>
          <h3 id={`fn-${f.name}`} className={s.name}>
            {f.name}({f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})
          </h3>
          <Text>{f[lang]}</Text>
          <Text size={200} weight="semibold">
            {t(lang, "parameters")}
          </Text>
          <ul className={s.params}>
            {f.params.map((p) => (
              <li key={p.name}>
                <code>{p.name}</code>
                {p.optional ? ` (${t(lang, "optional")})` : ""}: {p[lang]}
              </li>
            ))}
          </ul>
          <div className={s.row}>
            <Text size={200}>{t(lang, "example")}:</Text>
            <code className={s.code}>{f.example}</code>
            {f.result && <Text size={200}>→ {f.result}</Text>}
          </div>
          <div>
            <Button
              size="small"
              disabled={!caps.insertFormula}
              aria-label={`${t(lang, "insertIntoCell")}: ${f.name}`}
              onClick={() => insert(f.example)}
            >
              {t(lang, "insertIntoCell")}
            </Button>
          </div>
        </section>
      ))}
    </div>
  );
}
