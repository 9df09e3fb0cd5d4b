/**
 * Formula text between the file and the engine. Files spell newer functions with a prefix
 * (`_xlfn.RRI(`, `_xlfn._xlws.SORT(`) and add-in functions in their stored form
 * (`_xldudf_PLAN_PROJECT(`); the engine knows the plain names (`RRI(`, `PLAN.PROJECT(`). Only
 * function-name tokens change, so text in string literals and sheet names stays as it was.
 */
import { tokenize } from "../../share/formulaLexer";

/** Functions Excel 2010+ store with `_xlfn.` (without it, LibreOffice and older Excel give #NAME?). */
const XLFN = new Set(
  (
    "ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV " +
    "BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT " +
    "CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT " +
    "COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ENCODEURL ERF.PRECISE ERFC.PRECISE EXPAND " +
    "EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS " +
    "FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA " +
    "GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC " +
    "IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP " +
    "MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST " +
    "NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC " +
    "PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC " +
    "SECH SEQUENCE SHEET SHEETS SINGLE SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV " +
    "T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE " +
    "VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST"
  ).split(" "),
);
/** Worksheet functions stored as `_xlfn._xlws.`. */
const XLWS = new Set(["FILTER", "SORT"]);

const FILE_PREFIX = /^(?:_xlfn\.)?(?:_xlws\.)?/i;
const STORED_PLAN = /^(?:_xldudf_PLAN_|_xludf\.PLAN\.|_xldudf_PLAN\.)([A-Za-z0-9]+)$/i;
const PLAN = /^PLAN\.([A-Za-z0-9]+)$/i;

const MAY_NEED_IMPORT = /_xl/i;

function rewriteFunctions(formula: string, rename: (name: string) => string): string {
  let out = "";
  for (const t of tokenize(formula)) out += t.kind === "func" ? rename(t.text) : t.text;
  return out;
}

/** A file's formula (without "=") as the engine takes it (with "="). */
export function formulaFromFile(formula: string): string {
  if (!MAY_NEED_IMPORT.test(formula)) return "=" + formula;
  try {
    return (
      "=" +
      rewriteFunctions(formula, (name) => {
        const plan = STORED_PLAN.exec(name);
        if (plan) return `PLAN.${plan[1].toUpperCase()}`;
        return name.replace(FILE_PREFIX, "");
      })
    );
  } catch {
    return "=" + formula; // unreadable formula text: the engine reports it, we change nothing
  }
}

const XLFN_CANDIDATE = new RegExp(
  "(?:^|[^A-Za-z0-9_.])(?:" +
    [...XLFN, ...XLWS, "PLAN"].map((n) => n.replace(/\./g, "\\.")).join("|") +
    ")[.(]",
  "i",
);

export interface FileFormula {
  /** Formula text for the file, without "=". */
  text: string;
  /** True when it calls PLAN functions (stored as the add-in stores them). */
  usesPlan: boolean;
}

/** An engine formula ("=…") as files store it (no "=", `_xlfn.` and add-in prefixes). */
export function formulaToFile(formula: string): FileFormula {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!XLFN_CANDIDATE.test(body)) return { text: body, usesPlan: false };
  let usesPlan = false;
  try {
    const text = rewriteFunctions(body, (name) => {
      const plain = name.replace(FILE_PREFIX, "");
      const upper = plain.toUpperCase();
      const plan = PLAN.exec(plain);
      if (plan) {
        usesPlan = true;
        return `_xldudf_PLAN_${plan[1].toUpperCase()}`;
      }
      if (XLWS.has(upper)) return `_xlfn._xlws.${upper}`;
      if (XLFN.has(upper)) return `_xlfn.${upper}`;
      return name;
    });
    return { text, usesPlan };
  } catch {
    return { text: body, usesPlan: false };
  }
}
