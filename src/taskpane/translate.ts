/**
 * One translator for every table of pane words: each screen keeps its own table, Chinese and
 * English side by side, so a missing translation is a type error, not a blank label.
 */
import type { Lang } from "../core/errors";

export type Strings = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

export type Translate<K extends string> = (
  lang: Lang,
  key: K,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** The text of `key` in `lang`, with the {placeholders} given in `vars` filled in. */
export function translator<S extends Strings>(strings: S): Translate<keyof S & string> {
  return (lang, key, vars) => {
    const s = strings[key][lang];
    if (!vars) return s;
    return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  };
}
