import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const collectCommand: Command = {
  name: "collect",
  summary: "(尚未实现 / not implemented yet)",
  usage: "collect",
  async run() {
    throw new UserError("'collect' is not implemented yet");
  },
};
