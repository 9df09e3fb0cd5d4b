/**
 * office.js's CustomFunctions global, as far as src/functions needs it where office.js is not
 * loaded (the workbench page, Node): an Error class with a code and a message, and associate(),
 * which the custom-functions metadata plugin calls when functions.ts is bundled (a no-op here:
 * the workbench registers the functions with Univer instead). Installed on import, so it must be
 * imported before src/functions/functions.ts; an existing CustomFunctions (office.js) is kept.
 */
class WorkbenchFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function ensureCustomFunctionsGlobal(target: object = globalThis): void {
  const g = target as { CustomFunctions?: Record<string, unknown> };
  const existing = g.CustomFunctions ?? {};
  g.CustomFunctions = {
    ...existing,
    Error: existing.Error ?? WorkbenchFunctionError,
    associate: existing.associate ?? (() => undefined),
  };
}

ensureCustomFunctionsGlobal();
