import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const newCommand: Command = {
  name: "new",
  summary: "(尚未实现 / not implemented yet)",
  usage: "new",
  async run() {
    throw new UserError("'new' is not implemented yet");
  },
};
