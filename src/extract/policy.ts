/**
 * Figures of a policy rather than of the region's performance. A target says that an indicator of
 * the region reaches a value by the end of the plan; a policy figure says how much is paid to whom
 * (每件资助3000元, 单笔补偿最高不超过200万元, 按利息的50%给予贴息), how a sum is shared
 * (科研人员所得比例不低于70%), which cases a rule applies to (单笔融资额1000万元以下的贷款,
 * 对涉案金额50万元以上的案件) or how fast a procedure step must follow (决定后3日内移送).
 *
 * Every check looks at a bounded piece of text next to the number, so the cost per number is
 * constant.
 */

/** How far before a number the governing words are looked for. */
const NEAR = 30;

/**
 * Incentive words that govern a sum: 资助, 奖励, 补助 … — but not as the first part of a noun
 * (风险补偿资金池规模, 奖补资金), which names a fund whose size can be a target.
 */
const INCENTIVE =
  /(?:资助|奖励|补助|补贴|贴息|补偿|奖补|扶持|给予|一次性(?!塑料|用品|餐具|制品|筷子|包装))(?!资金|基金|资金池|专项|政策|机制|体系|项目|办法|对象|范围|力度|工作)/;

/** Per-item subjects: 每件, 每笔, 单笔, 单户, 单个项目, 同一企业 (not 每万人口, 每年). */
const PER_ITEM =
  /(?:^|[^万千百亿\d.])每(?:件|家|个|项|笔|户|人|次|场|篇|部|位|名|所|张|台|套)|单(?:笔|户|个|件|家|次|篇)|同一(?:企业|单位|项目|申请人|个人|主体|机构)/;

/** A cap on a payment: 最高, 最多, 上限, 封顶 just before the number (and its comparator). */
/** "贷款最高额度为单人60万元": the cap may name whom it is for (单人, 每户, 双缴存职工家庭). */
const CAP_END =
  /(?:最高|最多|上限为?|封顶)(?:额度|限额|金额|贷款额度)?(?:为|是)?(?:单人|双人|个人|每人|每户|单户|单笔|单个项目|[\u4e00-\u9fff]{0,4}家庭)?$/;
const CAP_LIST = /(?:最高|最多|上限)[^,;。]{0,12}\d[\d.]*\s*[万亿千]?元、[\u4e00-\u9fff]{1,8}$/;
/** "多子女家庭可上浮20%": how far a scheme's figure may be adjusted (policy.adjustable). */
const ADJUSTABLE = /可(?:以)?(?:再)?(?:上浮|下浮|上调|下调|提高|放宽)$/;

/** A ratio applied to some base: 按实际交易额的30%, 按照…比例. */
const RATIO_BASE = /按(?:照)?[^,;。]{0,30}(?:的|比例)$/;

/** What follows a rate that is paid out: 40%给予补偿, 50%的比例给予补助. */
const PAID_AFTER = /^(?:的?比例)?(?:给予|予以|进行|补助|补贴|资助|奖励|贴息|补偿|奖补|返还)/;

/** "研发费用按100%加计扣除", "按2%计提": a rate a tax or levy is computed at (reject.policy). */
const LEVIED_AFTER = /^(?:的?比例)?(?:加计扣除|扣除|计提|征收|缴纳|拨缴|减征|减半征收|抵扣|退还|计征)/;

/** Rules about shares of a sum: 科研人员所得比例, 收益分配比例, 奖励比例. */
const SHARE_RULE =
  /(?:所得|分成|分配|提取|留存|奖励|补助|资助|贴息|补偿|出资|配套|自筹|返还|减缴|减免|公益金用于|资金用于)[^,;。]{0,12}(?:比例|比重|份额|部分)$/;

/** The share of a sum that goes to a use: 用于产业发展的比例, 用于…的资金比例. */
const ALLOCATION = /用于[^,;。]{1,14}的?(?:资金)?(?:比例|比重|份额)[^,;。\d]{0,5}$/;
/**
 * A fund sized as a share of another (购买服务资金不低于…救助资金的2%): how money is allocated, as
 * ALLOCATION (reject.fund-allocation).
 */
const FUND_SHARE =
  /(?:资金|经费|基金)(?:不低于|不少于|不高于|不超过)[^,;。]{1,24}(?:资金|经费|基金|支出|预算|收入)(?:总额|总量)?的$/;

/** Words after 以上/以下 that continue the predicate rather than start a noun. */
const PREDICATE_START = /^(?:的|增长|增幅|增速|水平|规模|目标|大关|关口|并|且|或|和|及)/;

/** Periods of a procedure: 公示期, 异议期, 有效期, 受理期限 (not 办理周期, an average to shorten). */
const PROCEDURE_PERIOD = /(?:(?:公示|公告|异议|有效|试用|观察|整改|保护|申报|受理|答复)期(?:限)?|公示|公告)$/;

/** Time units whose number followed by 内 is a deadline (3日内, 10个工作日内). */
const TIME_UNITS = new Set(["日", "天", "个工作日", "工作日", "小时", "个月"]);

export interface NumberContext {
  /** The clause text before the number (from the clause start). */
  before: string;
  /** The sentence before the clause (申报单位应具备…, 面积不少于100平方米: a condition). */
  lead?: string;
  /** The clause text right after the number, its unit and any 以上/以内 (at least a few chars). */
  after: string;
  /** The number's unit as normalised by the scanner (元, %, 件 …). */
  unit: string;
  /** The number as written (1 of 1次), when known. */
  value?: number;
  /** The words between the subject and the number contain a comparator (不超过, 压缩至 …). */
  hasComparator: boolean;
  /** A verb that takes a counted object governs the number (建成100家以上的示范企业). */
  countsObject: boolean;
  /** 以上 / 以下 / 及以上 right after the number, if any. */
  suffix?: string;
}

/** "本方案所称中小企业,是指…年营业收入4亿元以下…的企业": a definition, not a goal. */
const DEFINITION = /是指|系指|指的是|所称|界定为|认定标准/;
/** "申请授权的企业须连续经营2年以上、年销售额500万元以上": a condition on applicants. */
const CONDITION = /(?:申请|申报|参评|入选|入驻|享受|认定)[^,;。]{0,15}(?:须|需|应当|必须|应具备|应具有)/;
/**
 * Money set aside rather than a result reached: 市财政每年安排专项资金3000万元, 风险补偿资金池首期
 * 规模2000万元. A budget is an input of the plan, not a figure of the region's performance.
 */
const BUDGET =
  /(?:安排|统筹|设立|投入|列支|预算|拨付|筹集)[^,;。]{0,16}(?:资金|经费|基金)[^,;。]{0,4}$|(?:首期|首批)(?:规模|资金|出资|募集)?[^,;。]{0,4}$|预算(?:资金|经费|额度)?$/;
/** Vouchers handed out (发放消费券不超过5000万元): spending of the plan, not a result. */
const VOUCHERS = /(?:消费券|惠民券|代金券|优惠券|红包)[^,;。]{0,6}$/;
/** A fine: 处…罚款, …以下的罚金. */
const PENALTY_AFTER = /^[^,;。]{0,14}(?:罚款|罚金)/;
/** A share of some cost: 不超过项目总投资的30%, 按贷款实际利息的50%. */
const RATE_OF_COST = /(?:总投资|投资额|费用?|成本|利息|交易额|发生额|合同金额|贷款额|实际支出)的$/;
/** Standards of a benefit scheme (起付标准, 支付限额, 报销比例): the rule, not a result. */
const SCHEME_STANDARD = /起付标准|起付线|支付限额|报销比例|缴费标准|补助标准|补贴标准/;
/**
 * A bound or deduction taken as a share of some base: 收费不高于…平均收费水平的80%, 比例不得低于
 * 在职职工总数的1.5%, 扣减当月作业经费的5% — a rule applied to others (reject.rate-of-base).
 */
const RATE_OF_BASE =
  /(?:不得低于|不得高于|不得少于|不得超过|不高于|不超过|扣减|扣除|核减|扣罚)[^,;。的]{2,24}的$/;

/**
 * A figure of a policy rather than of the region's performance: a payment, its cap or its ratio
 * (每件资助3000元, 单笔补偿最高不超过200万元, 按…的50%给予贴息), a limit per applicant (单个企业每年
 * 资助不超过10件), a definition or an applicant's condition, a budget.
 */
export function isPolicyAmount(c: NumberContext): boolean | "rate-of-base" | "allocation" {
  const near = c.before.slice(-NEAR);
  if (DEFINITION.test(c.before) || CONDITION.test(c.before)) return true;
  // "申报单位应具备固定服务场所,面积不少于100平方米,专职服务人员不少于3名": the clauses after a
  // condition on applicants list its parts.
  if (c.lead && CONDITION.test(c.lead) && !/[。;]/.test(c.lead)) return true;
  // "处5万元以上50万元以下罚款": a statutory penalty.
  if (PENALTY_AFTER.test(c.after) || /(?:并处|处以|处)$/.test(c.before)) return true;
  // The head noun after the last 的: "单笔融资额1000万元以下的普惠贷款占比" is about 占比.
  let head = near.slice(near.lastIndexOf("的") + 1);
  // "资助额度不超过申请费用的50%": the number right after 的 is a share of the phrase before.
  if (head.trim() === "") head = near;
  if (CAP_END.test(stripComparator(head))) return true;
  if (c.unit === "%" && ADJUSTABLE.test(head)) return true;
  // "最高额度为单人60万元、双人80万元": the next cap of the same list.
  if (CAP_LIST.test(head)) return true;
  if (c.unit === "元" && BUDGET.test(stripComparator(head))) return true;
  if (c.unit === "元" && VOUCHERS.test(stripComparator(head))) return true;
  // "县财政每年安排1000万元知识产权专项资金": the same budget, the fund named after the sum.
  if (
    c.unit === "元" &&
    /(?:安排|投入|设立|统筹|筹集)$/.test(head) &&
    /^[^,;。]{0,8}(?:资金|经费|基金)/.test(c.after)
  )
    return true;
  // "设立市级金融发展专项资金,每年安排1亿元": the fund just named, sized.
  if (
    c.unit === "元" &&
    (/(?:资金|经费|基金)[,，]?\s*(?:每年|年度)?(?:安排|投入|统筹|规模为?)$/.test(near) ||
      (/(?:资金|经费|基金)[,，]?\s*$/.test(c.lead ?? "") &&
        /^\s*(?:每年|年度)?(?:安排|投入|统筹)$/.test(c.before)))
  )
    return true;
  // "政府采购面向中小企业的预留份额不低于40%", "继续执行5%—12%的缴存比例政策": a set-aside or a
  // contribution rate the rules fix, not a result.
  if (c.unit === "%" && (SET_ASIDE.test(near) || RATE_POLICY_AFTER.test(c.after))) return true;
  // "单个企业每年资助不超过10件", "每个主体补助不超过3件": how much one applicant may receive.
  if (INCENTIVE.test(head) && PER_ITEM.test(near)) return true;
  if (c.unit === "%" && RATE_OF_COST.test(near)) return true;
  // "住院起付标准一级医院200元、二级医院500元": the standards of a scheme, not results.
  if ((c.unit === "元" || c.unit === "%") && SCHEME_STANDARD.test(near)) return true;
  if (c.unit === "%" && RATE_OF_BASE.test(near)) return "rate-of-base";
  // "公益金55%以上用于支持养老服务", "其中用于产业发展的比例不低于60%": how a fund is allocated.
  if (
    c.unit === "%" &&
    (/^(?:以上|以下)?用于/.test(c.after) || ALLOCATION.test(near) || FUND_SHARE.test(near))
  )
    return "allocation";
  if (c.unit !== "元" && c.unit !== "%") return false;
  // "奖励兑现率达到100%": a rate of the region's work, whatever it measures.
  if (c.unit === "%" && /率(?:达到|不低于|超过|高于|保持|稳定在|为)?$/.test(head)) return false;
  if (INCENTIVE.test(head) || PER_ITEM.test(head)) return true;
  if (c.unit === "%" && (RATIO_BASE.test(near) || PAID_AFTER.test(c.after))) return true;
  if (c.unit === "%" && /按(?:照)?$/.test(near) && LEVIED_AFTER.test(c.after)) return true;
  return false;
}

/** A share set aside for some (预留份额, 预留给小微企业的比例). */
const SET_ASIDE = /预留(?:份额|比例)[^,;。]{0,6}$|预留给[^,;。]{1,12}的比例[^,;。]{0,6}$/;
/** After the figure, a rate the rules fix: 5%—12%的单位和职工缴存比例政策. */
const RATE_POLICY_AFTER = /^[^,;。]{0,16}(?:比例|费率|标准)政策/;

/** The comparator words a cap can carry: "最高不超过", "最高可达". */
function stripComparator(s: string): string {
  return s.replace(/(?:不超过|不高于|不少于|不低于|可达|为|达|给予|奖励|资助|补助|补贴)$/, "");
}

/**
 * A threshold inside a noun phrase: "单笔融资额1000万元以下的普惠贷款", "发明专利拥有量10件以上的企业",
 * "对涉案金额50万元以上或者…的案件". The number modifies a noun and the clause's own figure, if
 * any, comes later. `after` starts right after the unit and its 以上/以下.
 */
export function isQualifier(c: NumberContext): boolean {
  // "对完成任务不足80%的乡镇予以约谈": the rule applies to the cases described.
  const lead = c.before.trimStart();
  const toCases = /^(?:对于|对|凡|针对)(?!照|标|接|外|比|象|口|话|策)/.test(lead) && c.after.includes("的");
  if (c.unit === "%")
    // "对能源消费量超过定额标准10%的单位,由…约谈": the cases end their clause, the rule follows.
    return toCases && /^的[\u4e00-\u9fff]{1,8}(?:予以|给予|进行|实行|实施|要|须|将|$)/.test(c.after);
  // "年销售收入5000万元以上、拥有自主品牌的企业": a threshold among the conditions of a noun.
  if (c.suffix !== undefined && /^、[^,;。的]{1,12}的[\u4e00-\u9fff]/.test(c.after)) return true;
  // "新建年出栏5000头以上的规模猪场6个": the clause's own count follows the noun it qualifies.
  if ((c.suffix !== undefined || c.after.startsWith("的")) && /^的?[\u4e00-\u9fff]{1,10}\d/.test(c.after))
    return true;
  // "年代理量达到200件以上的,给予奖励": 的 closing the clause makes it the condition of a rule;
  // so does "得分90分以上且排名靠前的" (a condition of several parts).
  if (/^\s*(?:(?:且|并且|或者?)[^,;。的]{1,12})?的\s*$/.test(c.after)) return true;
  if (!c.countsObject) {
    // "达到1万件的目标": the number is the target the noun stands for.
    if (/^的(?:目标|水平|规模|任务|预期|要求|大关|关口)/.test(c.after)) return false;
    if (/^(?:或者?|及|和|以及)?的[\u4e00-\u9fff《“]/.test(c.after)) return true;
    // "注册资本500万元以上企业": a threshold with 以上/以下 before a noun, without 的.
    if (
      c.suffix &&
      /以上|以下/.test(c.suffix) &&
      /^[\u4e00-\u9fff]/.test(c.after) &&
      !PREDICATE_START.test(c.after)
    )
      return true;
  }
  // "对…的" / "凡…的": the rule applies to the cases described, up to the next 的.
  return toCases;
}

/**
 * "3日内移送", "10个工作日内作出答复": a deadline of a procedure step, not a target. With a
 * comparator in front (压缩至30个工作日内) the 内 bounds a target instead; undefined = neither.
 */
export function deadlineAfter(c: NumberContext): "deadline" | "bound" | undefined {
  if (!TIME_UNITS.has(c.unit)) return undefined;
  // "公示期为10个工作日", "认定有效期3年": the length of a step of a procedure, set by rule.
  if (PROCEDURE_PERIOD.test(c.before.replace(/\s*(?:为|是)?\s*$/, ""))) return "deadline";
  if (!c.after.startsWith("内")) return undefined;
  // "办案周期30个工作日内。" ends its clause: a bound; "3日内移送" goes on with the step.
  return c.hasComparator || !/^内[\u4e00-\u9fff]/.test(c.after) ? "bound" : "deadline";
}

/** Names that state how a sum is shared, not how the region performs: 科研人员所得比例. */
export function isShareRule(name: string): boolean {
  return SHARE_RULE.test(name);
}

/** Headings and summaries that name no indicator: 主要指标, 各项目标. */
export function isGenericHeading(name: string): boolean {
  return /^(?:主要|各项|核心|重点|总体|相关|有关|全部|所有|各类){0,2}(?:指标|目标|任务|工作)(?:任务)?$/.test(
    name,
  );
}

/**
 * A per-unit standard: how much each school, village, outlet or mu is to have (每个村卫生室配备2名,
 * 生均…不低于, 每亩补贴) is a norm that applies everywhere, not a figure the region reaches.
 * 每万人口… (a rate of the whole region) is not one.
 */
export function isPerUnitStandard(
  c: NumberContext,
): false | "per-unit" | "frequency" | "yearly-routine" | "provision" | "obligation" {
  const near = c.before.slice(-24);
  if (/率[^,;。]{0,6}$/.test(near)) return false;
  // "每天综合体育活动时间不低于2小时", "河湖长每季度巡河不少于1次": how often or how long each one
  // acts, a norm of conduct (reject.frequency-norm); 每年 counts are the region's targets.
  if (
    /^(?:次|场|小时|分钟)$/.test(c.unit) &&
    /每(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:个)?(?:半年|半月|天|日|周|旬|月|季度|学期|小时|分钟)[^,;。每\d]{0,14}$/.test(
      near,
    )
  )
    return "frequency";
  // "雷电防护装置每年检测1次", "每年至少开展1次等级测评": once a year is the routine of each one,
  // not a count the region reaches (每年开展专项执法行动不少于4次 is one; reject.yearly-routine).
  if (c.unit === "次" && c.value === 1 && /每年[^,;。每\d]{0,16}$/.test(near)) return "yearly-routine";
  // "每名团干部直接联系青年人数达到50名", "每个青少年之家年开展活动不少于24场": the workload each
  // member or each post carries, a norm of conduct (reject.frequency-norm); 每家示范企业专利申请量
  // 不少于10件 is a result of each and stays a target.
  if (
    /^(?:场|场次|次|名|人|家|户|学时|课时|小时)$/.test(c.unit) &&
    /每(?:名|位|个|支)[^,;。每\d]{1,8}?(?:每年|每月|每季度|每周|年度|年|全年)?(?:直接)?(?:联系|开展|举办|走访|服务|组织|参加|巡查|检查)[^,;。每\d]{0,8}$/.test(
      near,
    )
  )
    return "frequency";
  // "按室内人均建筑面积不低于0.1平方米…的标准配建", "按照亩均投入不低于3000元的标准建设": the
  // standard things are built to (reject.provision-standard).
  if (
    /按(?:照)?[^,;。]{0,20}$/.test(near) &&
    (/^[^,;。]{0,20}标准/.test(c.after) || /(?:人均|亩均|户均|生均)[^,;。]{0,10}$/.test(near))
  )
    return "provision";
  // "苗木胸径须在8厘米以上、冠幅在2米以上": what each thing must measure (reject.obligation).
  if (/(?:须|必须|应当)[^,;。]{0,12}在$|(?:须|必须|应当)(?:达到|符合)[^,;。\d]{0,12}$/.test(near))
    return "obligation";
  // "每亩300万元", "县道每公里每年1万元", "每班不超过10人": an amount per unit of land, road,
  // class or month is a norm (reject.per-unit).
  if (
    /每(?:亩|公顷|公里|千米|平方米|班|床|月|人|生|学生)(?:每年|每月)?(?:增加|提高)?(?:不低于|不少于|不超过|不高于|低于|高于|为|达到|按)?$/.test(
      near,
    )
  )
    return "per-unit";
  // 生均: a norm of provision whatever the verb (每千人口…托位数 is a per-capita outcome, a target).
  if (/生均[^,;。每]{0,14}$/.test(near)) return "per-unit";
  // "用人单位安排残疾人就业的比例不得低于…1.5%": a legal obligation on others.
  if (/不得(?:低于|少于|超过|高于)$/.test(near)) return "per-unit";
  // 每个村卫生室配备2名, 每个乡镇至少设立1个: a norm when the verb provides (配备, 设置, 设立, 补助 …); 每家示范企业专利申请量
  // 不少于10件 is a target for each.
  // "组建应急民兵分队4支,每支不少于30人": the size of each one just counted.
  if (/^\s*每(?:个|支|名|家|所|户|村|座|台|队)(?:不少于|不低于|不超过|至少|达到|为)?$/.test(c.before))
    return "per-unit";
  // "每300户增配1名", "每500台电梯配备1名": the same with a count of units.
  return /每(?:\d{1,6}|[一二三四五六七八九十百千万两]{1,4})?(?:个|所|家|名|位|户|村|亩|公顷|张床|台|座)[^,;。每]{0,12}(?:配备|增配|配置|设置|设立|设有|建有|补助|补贴|标准|面积|经费|半径)[^,;。每]{0,4}$/.test(
    near,
  )
    ? "per-unit"
    : false;
}
