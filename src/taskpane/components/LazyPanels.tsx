/**
 * The import, share and collect screens, loaded when first opened: they bring the document
 * reader, the formula rewriter and the workbook reader, which the pane's first paint does not
 * need (the pane's start-up budget). Their workbook edges come from the host.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import type { Indicator, Plan } from "../../core/plan";
import type { CollectHost, Host, ShareHost } from "../../host/port";
import type { ImportMeta } from "./ImportPanel";

const ImportPanel = lazy(() => import("./ImportPanel").then((m) => ({ default: m.ImportPanel })));
const SharePanel = lazy(() => import("./SharePanel").then((m) => ({ default: m.SharePanel })));
const CollectPanel = lazy(() => import("./CollectPanel").then((m) => ({ default: m.CollectPanel })));

function Loading({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <Suspense fallback={<Spinner size="small" label={lang === "zh" ? "正在加载…" : "Loading…"} />}>
      {children}
    </Suspense>
  );
}

/** The host's edge for a screen, once loaded; undefined while loading. */
function useEdge<T>(load: () => Promise<T | null>): T | null | undefined {
  const [edge, setEdge] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (e) => live && setEdge(e),
      () => live && setEdge(null),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return edge;
}

export function ImportScreen(props: {
  lang: Lang;
  onAccept: (indicators: Indicator[], meta: ImportMeta) => void;
}) {
  return (
    <Loading lang={props.lang}>
      <ImportPanel lang={props.lang} onAccept={props.onAccept} />
    </Loading>
  );
}

export function ShareScreen({ lang, host }: { lang: Lang; host: Host }) {
  const edge = useEdge<ShareHost>(host.shareHost);
  if (edge === undefined) return <Spinner size="small" />;
  return (
    <Loading lang={lang}>
      <SharePanel lang={lang} host={edge} />
    </Loading>
  );
}

export function CollectScreen({ lang, host, plan }: { lang: Lang; host: Host; plan: Plan | null }) {
  const edge = useEdge<CollectHost>(host.collectHost);
  if (edge === undefined) return <Spinner size="small" />;
  return (
    <Loading lang={lang}>
      <CollectPanel lang={lang} host={edge} plan={plan} />
    </Loading>
  );
}
