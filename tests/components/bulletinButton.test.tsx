/**
 * 生成通报 belongs to a consolidation: the button and its 发文机关 field appear only once returned
 * forms have been read. (Pressing it loads the bulletin chunk, docx and echarts: that is driven
 * in Chromium by tests/e2e/bulletin.test.ts.)
 */
import "./support/jsdomShims";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CollectPanel } from "../../src/taskpane/components/CollectPanel";
import { BULLETIN_PLAN, buildBulletinScenario, removeBulletinScenarios } from "../unit/bulletin/scenario";

afterAll(removeBulletinScenarios);

it("offers 生成通报 with a 发文机关 field after consolidation, not before", async () => {
  const s = await buildBulletinScenario();
  const user = userEvent.setup();
  render(<CollectPanel lang="zh" plan={BULLETIN_PLAN} host={null} />);
  expect(screen.queryByRole("button", { name: "生成通报" })).toBeNull();
  expect(screen.queryByLabelText("发文机关")).toBeNull();
  const files = s.files.map((f) => new File([readFileSync(join(s.dir, f))], f));
  await user.upload(screen.getByLabelText("选择回收的文件"), files);
  await waitFor(() => expect(screen.getByText(/县\(市\)区 8\/10 已报送/)).toBeTruthy(), { timeout: 60_000 });
  expect(screen.getByRole("button", { name: "生成通报" })).toBeTruthy();
  await user.type(screen.getByLabelText("发文机关"), "某市知识产权局");
  expect((screen.getByLabelText("发文机关") as HTMLInputElement).value).toBe("某市知识产权局");
}, 120_000);
