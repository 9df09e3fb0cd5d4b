/*
 * A recording fake of office.js for the browser tests, served in place of the real office.js.
 * Office.onReady resolves with host Excel; Excel.run works on an in-memory workbook that keeps
 * every value and formula written, counts context.sync() calls and logs every API call, so the
 * tests can assert what reached "Excel". Unknown API members are recorded and return another
 * recording object, so a writer using features beyond what the test checks still runs.
 * Settings come from window.__fakeOfficeConfig (set before this script by the test).
 */
(function () {
  "use strict";
  var config = window.__fakeOfficeConfig || {};
  // runLog: one entry per Excel.run with its own sync count and the first API call index.
  // syncLog: one entry per context.sync() with its run and the call and set counts at that moment,
  // so a test can tell which writes went out in which sync.
  var log = { runs: 0, syncs: 0, calls: [], sets: [], runLog: [], syncLog: [] };
  var book = {
    sheets: [{ name: config.firstSheet || "Sheet1", cells: {}, protected: !!config.protectedSheet }],
    active: 0,
    selection: config.selection || { row: 0, col: 0, rows: 1, cols: 1 },
    customXml: (config.customXml || []).map(function (xml) {
      return { xml: xml };
    }),
    settings: {},
  };
  // A config cell holds a value or a formula ("=…"); config.sheets adds further sheets.
  function seed(sheet, cells) {
    (cells || []).forEach(function (c) {
      sheet.cells[c.row + "," + c.col] =
        c.formula !== undefined ? { formula: c.formula } : { value: c.value };
    });
  }
  seed(book.sheets[0], config.cells);
  (config.sheets || []).forEach(function (s) {
    var sheet = { name: s.name, cells: {}, protected: !!s.protected };
    seed(sheet, s.cells);
    book.sheets.push(sheet);
  });
  window.__fakeExcel = { log: log, book: book };

  // Column letters from src/model/a1.ts, prepended by tests/e2e/support/pane.ts.
  /* global PLAN_A1 */
  var colName = PLAN_A1.colName;
  var colIndex = PLAN_A1.colIndex;
  function parseAddress(address) {
    var a = String(address).replace(/^.*!/, "").replace(/\$/g, "");
    var m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(a);
    if (!m) throw new Error("fake Excel: unsupported address " + address);
    var r0 = Number(m[2]) - 1,
      c0 = colIndex(m[1]);
    var r1 = m[4] ? Number(m[4]) - 1 : r0,
      c1 = m[3] ? colIndex(m[3]) : c0;
    return {
      row: Math.min(r0, r1),
      col: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    };
  }
  function a1(rect) {
    var first = colName(rect.col) + (rect.row + 1);
    if (rect.rows === 1 && rect.cols === 1) return first;
    return first + ":" + colName(rect.col + rect.cols - 1) + (rect.row + rect.rows);
  }
  function qualified(sheet, rect) {
    var name = /^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : "'" + sheet.name.replace(/'/g, "''") + "'";
    return name + "!" + a1(rect);
  }
  function excelError(code, message) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    return e;
  }

  // A recording object for API members the fake does not model.
  function generic(path) {
    var target = function () {};
    return new Proxy(target, {
      get: function (_t, prop) {
        if (prop === "then") return undefined;
        if (prop === "isNullObject") return false;
        if (prop === "items") return [];
        if (prop === "protected") return false;
        if (prop === "load" || prop === "track" || prop === "untrack")
          return function () {
            return generic(path);
          };
        return generic(path + "." + String(prop));
      },
      set: function (_t, prop, value) {
        log.sets.push({ path: path + "." + String(prop), value: value });
        return true;
      },
      apply: function (_t, _this, args) {
        log.calls.push({ path: path, args: safeArgs(args) });
        return generic(path + "()");
      },
    });
  }
  function safeArgs(args) {
    try {
      return JSON.parse(JSON.stringify(args));
    } catch (e) {
      return ["<unserializable>"];
    }
  }

  function grid(sheet, rect, read) {
    var out = [];
    for (var r = 0; r < rect.rows; r++) {
      var row = [];
      for (var c = 0; c < rect.cols; c++) row.push(read(sheet.cells[rect.row + r + "," + (rect.col + c)]));
      out.push(row);
    }
    return out;
  }
  function write(sheet, rect, value, key) {
    if (sheet.protected && (key === "values" || key === "formulas"))
      throw excelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    for (var r = 0; r < rect.rows; r++) {
      for (var c = 0; c < rect.cols; c++) {
        var v = Array.isArray(value) ? (value[r] || [])[c] : value;
        var k = rect.row + r + "," + (rect.col + c);
        var cell = sheet.cells[k] || (sheet.cells[k] = {});
        if (key === "formulas" || key === "values") {
          if (typeof v === "string" && v.charAt(0) === "=") {
            cell.formula = v;
            delete cell.value;
          } else {
            cell.value = v;
            delete cell.formula;
          }
        } else cell[key] = v;
      }
    }
  }
  function isEmpty(cell) {
    return !cell || ((cell.value === undefined || cell.value === null || cell.value === "") && !cell.formula);
  }

  // Loaded range properties, as in Office.js: readable only after load() and the next sync().
  var LOADABLE = [
    "values",
    "formulas",
    "text",
    "valueTypes",
    "numberFormat",
    "address",
    "addressLocal",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ];
  var pendingLoads = [];
  function propsOf(arg) {
    if (arg === undefined || arg === null) return LOADABLE;
    if (typeof arg === "string")
      return arg.split(",").map(function (p) {
        return p.trim();
      });
    if (Array.isArray(arg)) return arg;
    if (typeof arg === "object" && arg.select) return propsOf(arg.select);
    return LOADABLE;
  }

  function range(sheet, rect) {
    var path = "range(" + qualified(sheet, rect) + ")";
    var self;
    var loaded = {};
    var api = {
      load: function (props) {
        var wanted = propsOf(props);
        pendingLoads.push(function () {
          wanted.forEach(function (p) {
            loaded[p] = true;
          });
        });
        return self;
      },
      track: function () {
        return self;
      },
      untrack: function () {
        return self;
      },
      getCell: function (r, c) {
        return range(sheet, { row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 });
      },
      getResizedRange: function (dr, dc) {
        return range(sheet, { row: rect.row, col: rect.col, rows: rect.rows + dr, cols: rect.cols + dc });
      },
      getAbsoluteResizedRange: function (rows, cols) {
        return range(sheet, { row: rect.row, col: rect.col, rows: rows, cols: cols });
      },
      getOffsetRange: function (dr, dc) {
        return range(sheet, { row: rect.row + dr, col: rect.col + dc, rows: rect.rows, cols: rect.cols });
      },
      getRow: function (i) {
        return range(sheet, { row: rect.row + i, col: rect.col, rows: 1, cols: rect.cols });
      },
      getColumn: function (i) {
        return range(sheet, { row: rect.row, col: rect.col + i, rows: rect.rows, cols: 1 });
      },
      getUsedRangeOrNullObject: function () {
        return usedRange(sheet, rect);
      },
      getUsedRange: function () {
        return usedRange(sheet, rect);
      },
    };
    self = new Proxy(api, {
      get: function (_t, prop) {
        if (prop === "then") return undefined;
        if (prop in api) {
          var f = api[prop];
          return function () {
            if (prop !== "load" && prop !== "track" && prop !== "untrack")
              log.calls.push({ path: path + "." + prop, args: safeArgs([].slice.call(arguments)) });
            return f.apply(null, arguments);
          };
        }
        if (LOADABLE.indexOf(prop) >= 0 && !loaded[prop]) {
          throw excelError(
            "PropertyNotLoaded",
            "range." + String(prop) + " was read before load() and sync()",
          );
        }
        switch (prop) {
          case "isNullObject":
            return false;
          case "address":
            return qualified(sheet, rect);
          case "addressLocal":
            return qualified(sheet, rect);
          case "rowIndex":
            return rect.row;
          case "columnIndex":
            return rect.col;
          case "rowCount":
            return rect.rows;
          case "columnCount":
            return rect.cols;
          case "worksheet":
            return worksheet(sheet);
          case "values":
            return grid(sheet, rect, function (c) {
              return c && !c.formula && c.value !== undefined && c.value !== null ? c.value : "";
            });
          case "formulas":
            return grid(sheet, rect, function (c) {
              return c ? c.formula || (c.value === undefined || c.value === null ? "" : c.value) : "";
            });
          case "text":
            return grid(sheet, rect, function (c) {
              return c && c.value !== undefined && c.value !== null ? String(c.value) : "";
            });
          case "valueTypes":
            return grid(sheet, rect, function (c) {
              return isEmpty(c) ? "Empty" : typeof c.value === "number" ? "Double" : "String";
            });
          case "numberFormat":
            return grid(sheet, rect, function (c) {
              return (c && c.numberFormat) || "General";
            });
          default:
            return generic(path + "." + String(prop));
        }
      },
      set: function (_t, prop, value) {
        log.sets.push({ path: path + "." + String(prop), value: safeArgs([value])[0] });
        if (prop === "values" || prop === "formulas" || prop === "numberFormat")
          write(sheet, rect, value, prop);
        return true;
      },
    });
    return self;
  }

  function usedRange(sheet, within) {
    var keys = Object.keys(sheet.cells).filter(function (k) {
      if (isEmpty(sheet.cells[k])) return false;
      if (!within) return true;
      var p = k.split(",").map(Number);
      return (
        p[0] >= within.row &&
        p[0] < within.row + within.rows &&
        p[1] >= within.col &&
        p[1] < within.col + within.cols
      );
    });
    if (keys.length === 0) return nullObject("usedRange");
    var rows = keys.map(function (k) {
      return Number(k.split(",")[0]);
    });
    var cols = keys.map(function (k) {
      return Number(k.split(",")[1]);
    });
    var r0 = Math.min.apply(null, rows),
      c0 = Math.min.apply(null, cols);
    return range(sheet, {
      row: r0,
      col: c0,
      rows: Math.max.apply(null, rows) - r0 + 1,
      cols: Math.max.apply(null, cols) - c0 + 1,
    });
  }

  function nullObject(path) {
    return new Proxy(
      {},
      {
        get: function (_t, prop) {
          if (prop === "then") return undefined;
          if (prop === "isNullObject") return true;
          if (prop === "load")
            return function () {
              return nullObject(path);
            };
          return generic(path + ".null." + String(prop));
        },
      },
    );
  }

  var sheetProxies = new Map();
  function worksheet(sheet) {
    if (sheetProxies.has(sheet)) return sheetProxies.get(sheet);
    var path = "sheet(" + sheet.name + ")";
    var api = {
      getRange: function (address) {
        return range(sheet, address ? parseAddress(address) : { row: 0, col: 0, rows: 1048576, cols: 16384 });
      },
      getRangeByIndexes: function (r, c, rows, cols) {
        return range(sheet, { row: r, col: c, rows: rows, cols: cols });
      },
      getCell: function (r, c) {
        return range(sheet, { row: r, col: c, rows: 1, cols: 1 });
      },
      getUsedRangeOrNullObject: function () {
        return usedRange(sheet);
      },
      getUsedRange: function () {
        return usedRange(sheet);
      },
      activate: function () {
        book.active = book.sheets.indexOf(sheet);
      },
      load: function () {
        return proxy;
      },
    };
    var proxy = new Proxy(api, {
      get: function (_t, prop) {
        if (prop === "then") return undefined;
        if (prop in api) {
          var f = api[prop];
          return function () {
            if (prop !== "load")
              log.calls.push({ path: path + "." + prop, args: safeArgs([].slice.call(arguments)) });
            return f.apply(null, arguments);
          };
        }
        if (prop === "name") return sheet.name;
        if (prop === "isNullObject") return false;
        if (prop === "position") return book.sheets.indexOf(sheet);
        if (prop === "id") return "{sheet-" + book.sheets.indexOf(sheet) + "}";
        if (prop === "visibility") return "Visible";
        if (prop === "protection") {
          return new Proxy(
            {},
            {
              get: function (_t2, p) {
                if (p === "protected") return sheet.protected;
                if (p === "load") return function () {};
                return generic(path + ".protection." + String(p));
              },
            },
          );
        }
        return generic(path + "." + String(prop));
      },
      set: function (_t, prop, value) {
        log.sets.push({ path: path + "." + String(prop), value: safeArgs([value])[0] });
        if (prop === "name") sheet.name = value;
        return true;
      },
    });
    sheetProxies.set(sheet, proxy);
    return proxy;
  }

  var worksheets = new Proxy(
    {},
    {
      get: function (_t, prop) {
        if (prop === "then") return undefined;
        var find = function (name) {
          return book.sheets.filter(function (s) {
            return s.name.toLowerCase() === String(name).toLowerCase();
          })[0];
        };
        switch (prop) {
          case "load":
            return function () {
              return worksheets;
            };
          case "items":
            return book.sheets.map(worksheet);
          case "add":
            return function (name) {
              log.calls.push({ path: "worksheets.add", args: [name] });
              var n = name || "Sheet" + (book.sheets.length + 1);
              if (find(n)) throw excelError("ItemAlreadyExists", "A sheet named " + n + " already exists.");
              var s = { name: n, cells: {}, protected: false };
              book.sheets.push(s);
              return worksheet(s);
            };
          case "getItem":
            return function (name) {
              var s = find(name);
              if (!s) throw excelError("ItemNotFound", "No sheet " + name);
              return worksheet(s);
            };
          case "getItemOrNullObject":
            return function (name) {
              var s = find(name);
              return s ? worksheet(s) : nullObject("sheet(" + name + ")");
            };
          case "getActiveWorksheet":
            return function () {
              return worksheet(book.sheets[book.active]);
            };
          case "getCount":
            return function () {
              return { value: book.sheets.length };
            };
          default:
            return generic("worksheets." + String(prop));
        }
      },
    },
  );

  var customXmlParts = {
    add: function (xml) {
      log.calls.push({ path: "customXmlParts.add", args: [xml] });
      book.customXml.push({ xml: xml });
    },
    getByNamespace: function (ns) {
      var parts = book.customXml.filter(function (p) {
        return p.xml.indexOf('xmlns="' + ns + '"') >= 0;
      });
      var items = parts.map(function (p) {
        return {
          delete: function () {
            book.customXml.splice(book.customXml.indexOf(p), 1);
          },
          getXml: function () {
            return { value: p.xml };
          },
        };
      });
      return { load: function () {}, items: items };
    },
  };

  var workbook = new Proxy(
    {},
    {
      get: function (_t, prop) {
        if (prop === "then") return undefined;
        switch (prop) {
          case "worksheets":
            return worksheets;
          case "customXmlParts":
            return customXmlParts;
          case "getSelectedRange":
            return function () {
              return range(book.sheets[book.active], book.selection);
            };
          case "getActiveCell":
            return function () {
              var s = book.selection;
              return range(book.sheets[book.active], { row: s.row, col: s.col, rows: 1, cols: 1 });
            };
          default:
            return generic("workbook." + String(prop));
        }
      },
    },
  );

  function newContext(entry) {
    return {
      workbook: workbook,
      application: generic("application"),
      trackedObjects: generic("trackedObjects"),
      sync: function () {
        log.syncs++;
        entry.syncs++;
        log.syncLog.push({ run: log.runLog.indexOf(entry), calls: log.calls.length, sets: log.sets.length });
        pendingLoads.splice(0).forEach(function (apply) {
          apply();
        });
        return Promise.resolve();
      },
    };
  }

  var SUPPORTED = config.excelApi === undefined ? 1.9 : config.excelApi;
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    // config.readyDelayMs: Office.onReady answers that late (a slow Excel start).
    onReady: function (cb) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(info);
          resolve(info);
        }, config.readyDelayMs || 0);
      });
    },
    context: {
      displayLanguage: config.displayLanguage || "zh-CN",
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== "ExcelApi") return false;
          return version === undefined || Number(version) <= SUPPORTED;
        },
      },
      document: {
        settings: {
          get: function (k) {
            return book.settings[k] === undefined ? null : book.settings[k];
          },
          set: function (k, v) {
            book.settings[k] = v;
          },
          remove: function (k) {
            delete book.settings[k];
          },
          saveAsync: function (cb) {
            if (cb) cb({ status: "succeeded" });
          },
        },
      },
    },
  };
  // Enumerations the fake does not list read as their member name, as Office.js's own do.
  function enumeration() {
    return new Proxy(
      {},
      {
        get: function (_t, p) {
          return String(p);
        },
      },
    );
  }
  var excel = {
    run: function (a, b) {
      var cb = typeof a === "function" ? a : b;
      log.runs++;
      var entry = { syncs: 0, firstCall: log.calls.length, firstSet: log.sets.length };
      log.runLog.push(entry);
      return Promise.resolve().then(function () {
        return cb(newContext(entry));
      });
    },
    ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", apiNotFound: "ApiNotFound" },
    CalculationMode: {
      automatic: "Automatic",
      automaticExceptTables: "AutomaticExceptTables",
      manual: "Manual",
    },
  };
  window.Excel = new Proxy(excel, {
    get: function (t, p) {
      return p in t ? t[p] : p === "then" ? undefined : enumeration();
    },
  });
  window.OfficeExtension = { Error: Error };
  window.CustomFunctions = { associate: function () {} };
})();
