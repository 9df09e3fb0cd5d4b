/** Reading plan documents: the public API used by the CLI and the task pane. */
export { extractIndicators, type ExtractOptions } from "./extract";
export { toPlan, mergeIndicators } from "./toPlan";
export { decodeText, sniffFormat, UnreadableDocument } from "./decode";
export { documentText, docxText } from "./docx";
export { evaluate, type Evaluation } from "./evaluate";
export type { ExtractedIndicator, ExtractResult, Kind, ExtractComparator } from "./types";
