/**
 * The task pane: a header with the language switch, then four screens in a tab list:
 * templates (gallery and preview), the plan editor, insert, and function help. The plan is
 * restored from the workbook when the pane opens and saved back as it is edited.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/errors";
import { toHostError, type Host } from "../host/port";
import type { TemplateId } from "../model/types";
import { FunctionHelp } from "./components/FunctionHelp";
import { Gallery } from "./components/Gallery";
import { InsertPanel } from "./components/InsertPanel";
import { PlanEditor } from "./components/PlanEditor";
import {
  buildTemplate as defaultBuild,
  FUNCTION_HELP,
  type FunctionHelpEntry,
  type TemplateBuilder,
} from "./domain";
import { langFromDisplayLanguage, t, type StringKey } from "./i18n";
import { emptyIndicator, indicatorToDraft, planToDraft, type PlanDraft } from "./plan/planDraft";
import type { Indicator } from "../core/plan";
import type { ImportMeta } from "./components/ImportPanel";
import { CollectScreen, ImportScreen, ShareScreen } from "./components/LazyPanels";
import { checkDraft } from "./plan/planIssues";

type Screen = "gallery" | "editor" | "insert" | "functions" | "import" | "share" | "collect";
const SCREENS: { id: Screen; label: StringKey }[] = [
  { id: "gallery", label: "tabGallery" },
  { id: "editor", label: "tabEditor" },
  { id: "insert", label: "tabInsert" },
  { id: "functions", label: "tabFunctions" },
  { id: "import", label: "tabImport" },
  { id: "share", label: "tabShare" },
  { id: "collect", label: "tabCollect" },
];
const SAVE_DELAY_MS = 600;

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  header: {
    display: "flex",
    alignItems: "center",
    padding: "8px 12px",
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { flexGrow: 1, margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  langButton: { color: tokens.colorNeutralForegroundOnBrand },
  // Seven short tabs fit a task pane in Chinese; longer English labels wrap instead of hiding.
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px", flexWrap: "wrap" },
  body: { padding: "10px 12px", display: "flex", flexDirection: "column", gap: "8px" },
  status: { color: tokens.colorNeutralForeground3 },
});

function initialDraft(): PlanDraft {
  const year = new Date().getFullYear();
  return {
    title: "",
    baseYear: String(year - 1),
    targetYear: String(year),
    indicators: [emptyIndicator()],
    regionsText: "",
    tasks: [],
  };
}

export interface AppProps {
  host: Host;
  /** Overrides for tests; the pane uses the domain's own. */
  build?: TemplateBuilder;
  functions?: readonly FunctionHelpEntry[];
}

export function App({ host, build = defaultBuild, functions = FUNCTION_HELP }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(() => langFromDisplayLanguage(host.displayLanguage()));
  const [screen, setScreen] = useState<Screen>("gallery");
  const [templateId, setTemplateId] = useState<TemplateId>("quarterly-report");
  const [draft, setDraft] = useState<PlanDraft>(initialDraft);
  // A notice is kept as words in both languages, so switching the language rewords it too.
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: (l: Lang) => string } | null>(
    null,
  );
  // Where a restored plan came from, in the user's words: the workbook in Office, this browser
  // outside it (the host knows which).
  const inBrowser = host.capabilities().storage === "browser";
  const loaded = useRef(false);
  const dirty = useRef(false);

  const check = useMemo(() => checkDraft(draft), [draft]);
  const update = useCallback((fn: (d: PlanDraft) => PlanDraft) => {
    dirty.current = true;
    setDraft(fn);
  }, []);

  useEffect(() => {
    let cancelled = false;
    host
      .loadPlan()
      .then((plan) => {
        if (cancelled || !plan || dirty.current) return;
        setDraft(planToDraft(plan));
        setNotice({
          intent: "success",
          text: (l) => t(l, inBrowser ? "restoredBrowser" : "restored", { title: plan.title }),
        });
      })
      .catch(() => undefined)
      .finally(() => {
        loaded.current = true;
      });
    return () => {
      cancelled = true;
    };
    // Only once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  useEffect(() => {
    if (!loaded.current || !dirty.current) return;
    const timer = setTimeout(() => {
      host.savePlan(check.plan).then(
        () => setNotice((n) => (n?.intent === "error" ? null : n)),
        // The draft stays on screen, so nothing is lost; the user is told it is not stored yet.
        (e: unknown) => {
          const error = toHostError(e);
          setNotice({
            intent: "error",
            text: (l) => `${t(l, inBrowser ? "saveFailedBrowser" : "saveFailed")}${error.text(l)}`,
          });
        },
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, check.plan, inBrowser]);

  const accept = useCallback(
    (indicators: Indicator[], meta: ImportMeta) => {
      update((d) => ({
        ...d,
        title: d.title.trim() ? d.title : meta.title,
        baseYear:
          meta.baseYear !== null && !d.indicators.some((x) => x.name.trim())
            ? String(meta.baseYear)
            : d.baseYear,
        targetYear:
          meta.targetYear !== null && !d.indicators.some((x) => x.name.trim())
            ? String(meta.targetYear)
            : d.targetYear,
        indicators: [
          ...d.indicators.filter((x) => x.name.trim() !== ""),
          ...indicators.map(indicatorToDraft),
        ],
      }));
      setNotice({ intent: "success", text: (l) => t(l, "imported", { n: indicators.length }) });
      setScreen("editor");
    },
    [update],
  );

  const storage = host.capabilities().storage;
  const galleryPlan = check.errors.length === 0 ? check.plan : null;

  return (
    // Layout lives on an inner element: Fluent copies the provider's classes onto its portal
    // nodes (dropdown lists), which must not take the page's size.
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <div className={s.root}>
        <header className={s.header}>
          <h1 className={s.title}>{t(lang, "appTitle")}</h1>
          <Button
            appearance="transparent"
            className={s.langButton}
            aria-label={t(lang, "switchLanguageLabel")}
            onClick={() => setLang(lang === "zh" ? "en" : "zh")}
          >
            {t(lang, "switchLanguage")}
          </Button>
        </header>
        <TabList
          className={s.tabs}
          size="small"
          selectedValue={screen}
          onTabSelect={(_e, d) => setScreen(d.value as Screen)}
          aria-label={t(lang, "tabs")}
        >
          {SCREENS.map((x) => (
            <Tab key={x.id} value={x.id} id={`tab-${x.id}`}>
              {t(lang, x.label)}
            </Tab>
          ))}
        </TabList>
        <main className={s.body} role="tabpanel" aria-labelledby={`tab-${screen}`}>
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text(lang)}</MessageBarBody>
            </MessageBar>
          )}
          {screen === "gallery" && (
            <Gallery
              lang={lang}
              selected={templateId}
              onSelect={setTemplateId}
              plan={galleryPlan}
              incomplete={check.errors.length > 0 && check.plan.indicators.length > 0}
              build={build}
            />
          )}
          {screen === "editor" && (
            <PlanEditor lang={lang} draft={draft} check={check} host={host} update={update} />
          )}
          {screen === "insert" && (
            <InsertPanel
              lang={lang}
              host={host}
              templateId={templateId}
              onTemplate={setTemplateId}
              check={check}
              onEditPlan={() => setScreen("editor")}
            />
          )}
          {screen === "functions" && <FunctionHelp lang={lang} host={host} entries={functions} />}
          {screen === "import" && <ImportScreen lang={lang} onAccept={accept} />}
          {screen === "share" && <ShareScreen lang={lang} host={host} />}
          {screen === "collect" && <CollectScreen lang={lang} host={host} plan={galleryPlan} />}
          {storage !== "none" && (
            <Text size={200} className={s.status}>
              {t(lang, storage === "workbook" ? "savedInWorkbook" : "savedInBrowser")}
            </Text>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
