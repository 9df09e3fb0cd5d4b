/**
 * The one piece of Excel these tests stand in for: the CustomFunctions.Error class the runtime
 * provides as a global. Everything else under test is the real code.
 */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installFakeCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

/** A spilled result with errors shown by code, for readable expectations. */
export function show(result: unknown[][]): unknown[][] {
  return result.map((row) => row.map((c) => (c instanceof FakeExcelError ? c.code : c)));
}
