import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const templatesCommand: Command = {
  name: "templates",
  summary: "(尚未实现 / not implemented yet)",
  usage: "templates",
  async run() {
    throw new UserError("'templates' is not implemented yet");
  },
};
