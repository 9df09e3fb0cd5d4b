import { toR1C1 } from "../../../src/model/r1c1";
import { fromR1C1 } from "../../support/fakeExcel";

describe("toR1C1", () => {
  it("writes relative, absolute and mixed references relative to the cell", () => {
    expect(toR1C1('IF(OR(D5="",C5=""),"",D5/C5)', 4, 4)).toBe('IF(OR(RC[-1]="",RC[-2]=""),"",RC[-1]/RC[-2])');
    expect(toR1C1("RANK(E5,E$5:E$154)+$F$2", 4, 4)).toBe("RANK(RC,R5C:R154C)+R2C6");
    expect(toR1C1("SUM(AB12:AC13)", 4, 4)).toBe("SUM(R[7]C[23]:R[8]C[24])");
  });
  it("leaves string literals and function names with digits alone", () => {
    expect(toR1C1('IF(A1="B2","C3",LOG10(A1))', 0, 0)).toBe('IF(RC="B2","C3",LOG10(RC))');
    expect(toR1C1("DATE(2024,1,1)+ACOS(2)", 0, 0)).toBe("DATE(2024,1,1)+ACOS(2)");
  });
  it("round-trips with the fake's inverse at another cell (what fill-down does)", () => {
    const f = 'IF(OR(C5="",D5=""),"",IF(D5/C5>=1,"已完成",$F$2-D5/C5))';
    expect(fromR1C1(toR1C1(f, 4, 4), 9, 4)).toBe(
      'IF(OR(C10="",D10=""),"",IF(D10/C10>=1,"已完成",$F$2-D10/C10))',
    );
  });
});
