import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const extractCommand: Command = {
  name: "extract",
  summary: "(尚未实现 / not implemented yet)",
  usage: "extract",
  async run() {
    throw new UserError("'extract' is not implemented yet");
  },
};
