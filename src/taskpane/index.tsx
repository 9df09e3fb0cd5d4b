/**
 * The task pane's entry (taskpane.html in Excel and in a browser): boots at once. The workbench
 * loads ./boot itself, early, and boots the pane once its Excel API is installed.
 */
import { bootPane } from "./boot";

void bootPane();
