import type { FieldProps } from "@fluentui/react-components";
import type { Lang } from "../../core/errors";
import type { FieldIssue } from "../plan/planIssues";

/** Fluent Field props that show the issue of `path`, if any, under the control. */
export function issueProps(
  byPath: Record<string, FieldIssue>,
  path: string,
  lang: Lang,
): Pick<FieldProps, "validationState" | "validationMessage"> {
  const issue = byPath[path];
  if (!issue) return {};
  return { validationState: issue.severity, validationMessage: lang === "zh" ? issue.zh : issue.en };
}
