import { toHostError, officeErrorCode } from "../../../src/office/officeErrors";
import { FakeOfficeError } from "../../support/fakeExcel";

describe("Excel's errors in plain words, by error.code (messages are localized)", () => {
  it("classifies zh-CN Excel's errors by their code", () => {
    const cases: [string, string, string][] = [
      ["AccessDenied", "您试图更改的单元格或图表位于受保护的工作表中。", "protected"],
      ["ItemNotFound", "请求的资源不存在。", "notFound"],
      ["ApiNotFound", "找不到你尝试使用的 API。", "unsupported"],
      ["RequestPayloadSizeLimitExceeded", "请求有效负载大小超出了限制。", "tooLarge"],
      ["InvalidOperationInCellEditMode", "Excel 处于单元格编辑模式。", "busy"],
    ];
    for (const [code, message, kind] of cases) {
      const e = toHostError(new FakeOfficeError(code, message));
      expect([code, e.code]).toEqual([code, kind]);
      expect(e.text("zh")).not.toContain(message); // our words, not Excel's
    }
    expect(toHostError(new FakeOfficeError("InvalidArgument", "参数无效。")).text("zh")).toContain(
      "参数无效",
    );
  });

  it("does not guess from English message text", () => {
    // An English message about protection without the AccessDenied code is not "protected".
    const e = toHostError(new Error("The sheet is protected"));
    expect(e.code).toBe("unknown");
    expect(e.text("en")).toBe("The operation did not complete: The sheet is protected");
    // An unknown code is named in the details, so support can tell what happened.
    const other = toHostError(new FakeOfficeError("MergedRangeConflict", "无法对合并单元格执行此操作。"));
    expect(other.code).toBe("unknown");
    expect(other.text("zh")).toContain("MergedRangeConflict");
    expect(officeErrorCode({ code: 42 })).toBe("");
  });
});
