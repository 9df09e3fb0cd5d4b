import { UserError, type Command } from "../command";

// Placeholder until the issue that owns this command lands it.
export const distributeCommand: Command = {
  name: "distribute",
  summary: "(尚未实现 / not implemented yet)",
  usage: "distribute",
  async run() {
    throw new UserError("'distribute' is not implemented yet");
  },
};
