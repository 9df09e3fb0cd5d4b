import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const shareCommand: Command = {
  name: "share",
  summary: "(尚未实现 / not implemented yet)",
  usage: "share",
  async run() {
    throw new UserError("'share' is not implemented yet");
  },
};
