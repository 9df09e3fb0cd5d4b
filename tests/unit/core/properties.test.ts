import fc from "fast-check";
import { cagr, project, required, target } from "../../../src/core/growth";
import { completion, gap, timeProgress } from "../../../src/core/progress";
import { quarterTarget, readWeights } from "../../../src/core/quarter";
import { status } from "../../../src/core/status";
import { STATUS_LABELS } from "../../../src/core/statusLabels";

const base = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
const rate = fc.double({ min: -0.95, max: 5, noNaN: true });
const periods = fc.double({ min: 0.25, max: 50, noNaN: true });
const rel = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("properties of the PLAN functions", () => {
  it("PROJECT then CAGR gives back the rate", () => {
    fc.assert(
      fc.property(base, rate, periods, (b, r, n) => {
        const end = project(b, r, n) as number;
        fc.pre(end > 1e-300);
        const back = cagr(b, end, n) as number;
        return Math.abs(back - r) <= 1e-9 * Math.max(1, Math.abs(r));
      }),
    );
  });

  it("growing at the REQUIRED rate reaches the target", () => {
    fc.assert(
      fc.property(base, base, periods, (cur, tgt, n) => {
        // Far beyond any plan, growth near −100% per period loses all precision.
        fc.pre(Math.pow(tgt / cur, 1 / n) > 0.01 && Math.pow(tgt / cur, 1 / n) < 100);
        const r = required(cur, tgt, n) as number;
        return rel(project(cur, r, n) as number, tgt);
      }),
    );
  });

  it("TARGET is never below either bound and equals one of them", () => {
    fc.assert(
      fc.property(base, rate, fc.double({ min: -1e6, max: 1e9, noNaN: true }), periods, (b, r, f, n) => {
        const t = target(b, r, f, n) as number;
        const p = project(b, r, n) as number;
        return t >= p && t >= f && (t === p || t === f);
      }),
    );
  });

  it("COMPLETION × target gives the actual, and GAP + actual gives the target", () => {
    const v = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(v, v, (a, t) => {
        fc.pre(Math.abs(t) > 1e-6);
        const scale = Math.max(1, Math.abs(a), Math.abs(t));
        return (
          Math.abs((completion(a, t) as number) * t - a) <= 1e-9 * scale &&
          Math.abs((gap(a, t) as number) + a - t) <= 1e-9 * scale
        );
      }),
    );
  });

  it("TIMEPROGRESS stays within 0…1 and never decreases as the date advances", () => {
    const day = fc.integer({ min: 367, max: 2958000 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (d, step) => {
        const a = timeProgress(d) as number;
        const b = timeProgress(d + step, d - 100, d + 500) as number;
        const c = timeProgress(d + step + 1, d - 100, d + 500) as number;
        return a > 0 && a <= 1 && b >= 0 && c <= 1 && c >= b;
      }),
    );
  });

  it("STATUS is achieved exactly when completion reaches 1, and never improves as time passes", () => {
    const order = STATUS_LABELS.zh;
    const frac = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2, noNaN: true }), frac, frac, (c, tp1, tp2) => {
        const [early, late] = tp1 <= tp2 ? [tp1, tp2] : [tp2, tp1];
        const s1 = status(c * 100, 100, early) as string;
        const s2 = status(c * 100, 100, late) as string;
        const done = (completion(c * 100, 100) as number) >= 1;
        return (s1 === order[0]) === done && order.indexOf(s2) >= order.indexOf(s1);
      }),
    );
  });

  it("QUARTERTARGET rises to the annual target by the fourth quarter", () => {
    const w = fc.tuple(...[0, 1, 2, 3].map(() => fc.double({ min: 0, max: 100, noNaN: true })));
    fc.assert(
      fc.property(base, w, (a, ws) => {
        fc.pre(ws.some((x) => x > 0));
        const weights = readWeights(ws);
        const q = [1, 2, 3, 4].map((k) => quarterTarget(a, k, weights) as number);
        return q[0] <= q[1] && q[1] <= q[2] && q[2] <= q[3] && rel(q[3], a);
      }),
    );
  });
});
