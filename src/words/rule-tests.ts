import { words } from "./book";

/** What a rule test found when the rules did not decide what it expected (core/testing/rule-tests.ts). */
export const RULE_TESTS = words({
  "tests.ownerError": {
    en: "owner: expected “{expected}”, but the rules failed: {got}",
    "zh-CN": "负责人：应为“{expected}”，但规则出错：{got}",
  },
  "tests.ownerNone": {
    en: "owner: expected “{expected}”, but no rule named one",
    "zh-CN": "负责人：应为“{expected}”，但没有规则指定负责人",
  },
  "tests.ownerOther": {
    en: "owner: expected “{expected}”, got “{got}”",
    "zh-CN": "负责人：应为“{expected}”，实际为“{got}”",
  },
  "tests.ownerOtherRole": {
    en: "owner: expected “{expected}”, got “{got}” (role {role})",
    "zh-CN": "负责人：应为“{expected}”，实际为“{got}”（角色 {role}）",
  },
  "tests.nextError": {
    en: "next step: expected “{expected}”, but the rules failed: {got}",
    "zh-CN": "下一步：应为“{expected}”，但规则出错：{got}",
  },
  "tests.nextOther": {
    en: "next step: expected “{expected}”, got “{got}”",
    "zh-CN": "下一步：应为“{expected}”，实际为“{got}”",
  },
  "tests.errorNone": {
    en: "error: expected “{expected}”, but the rules decided without one",
    "zh-CN": "错误：应出现“{expected}”，但规则正常得出了结果",
  },
  "tests.errorOther": {
    en: "error: expected “{expected}”, got: {got}",
    "zh-CN": "错误：应出现“{expected}”，实际为：{got}",
  },
  "tests.end": { en: "end", "zh-CN": "结束" },
});
