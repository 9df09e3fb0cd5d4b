import type { Command } from "../command";
import { TEMPLATES } from "../../model/templates/registry";

export const templatesCommand: Command = {
  name: "templates",
  summary: "列出标准规划模板 / list the standard plan templates",
  usage: "templates",
  async run() {
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    for (const t of TEMPLATES) {
      console.log(`${t.id.padEnd(width)}  ${t.title.zh} / ${t.title.en}`);
      console.log(`${" ".repeat(width)}  ${t.description.zh}`);
      console.log(`${" ".repeat(width)}  ${t.description.en}`);
    }
    console.log("");
    console.log("用法 / usage: npm run cli -- new <template> --plan plan.json --out file.xlsx [--lang en]");
    return 0;
  },
};
