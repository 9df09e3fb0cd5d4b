/**
 * The grid's interface strings in en-US: the core preset's and the validation / conditional-format
 * plugins'. One module per language, loaded with import(), so a page loads only its own language
 * (each is ~0.4 MB of Univer's function descriptions and menus).
 */
import { mergeLocales } from "@univerjs/core";
import core from "@univerjs/preset-sheets-core/locales/en-US";
import validation from "@univerjs/preset-sheets-data-validation/locales/en-US";
import conditional from "@univerjs/preset-sheets-conditional-formatting/locales/en-US";

export default mergeLocales(core, validation, conditional);
