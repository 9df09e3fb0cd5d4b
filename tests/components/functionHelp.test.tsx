import "./support/jsdomShims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createTestHost } from "./support/testHost";

function card(name: string) {
  return within(
    screen.getByRole("heading", { name: new RegExp(`^${name.replace(".", "\\.")}\\(`) }).closest("section")!,
  );
}

describe("function help", () => {
  test("example results read as the cell shows them: shares and rates as percentages", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost()} />);
    await user.click(screen.getByRole("tab", { name: "函数" }));
    // 30 Sep 2012: 274 of 366 days (a leap year) = 0.748634 → 74.9% under the template's 0.0%.
    expect(card("PLAN.TIMEPROGRESS").getByText("→ 74.9%")).toBeTruthy();
    expect(card("PLAN.COMPLETION").getByText("→ 80.0%")).toBeTruthy();
    expect(card("PLAN.CAGR").getByText("→ 100.00%")).toBeTruthy();
    expect(card("PLAN.REQUIRED").getByText("→ 25.00%")).toBeTruthy();
    // Plain numbers, series and words stay as they are.
    expect(card("PLAN.PROJECT").getByText("→ 133.1")).toBeTruthy();
    expect(card("PLAN.SERIES").getByText("→ 2024, 2025, 2026; 110, 121, 133.1")).toBeTruthy();
    expect(card("PLAN.STATUS").getByText("→ 滞后")).toBeTruthy();
    expect(screen.queryByText(/→ -?\d+\.\d{4,}/)).toBeNull();
  });

  test("in English too", async () => {
    const user = userEvent.setup();
    render(<App host={createTestHost({ displayLanguage: "en-US" })} />);
    await user.click(screen.getByRole("tab", { name: "Functions" }));
    expect(card("PLAN.TIMEPROGRESS").getByText("→ 74.9%")).toBeTruthy();
  });
});
