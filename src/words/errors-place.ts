import { words } from "./book";

/**
 * Where in a process a problem is, as people see it: the step by its name, the rule by its number, the
 * part of the rule (core/definition/place.ts reads these from an error's JSON path).
 */
export const ERRORS_PLACE = words({
  "place.step": { en: "the step “{step}”", "zh-CN": "步骤“{step}”" },
  "place.stepName": { en: "the name of the step “{step}”", "zh-CN": "步骤“{step}”的名称" },
  "place.stepSla": { en: "the SLA of “{step}”", "zh-CN": "“{step}”的时限" },
  "place.ownerRules": { en: "the owner rules of “{step}”", "zh-CN": "“{step}”的负责人规则" },
  "place.nextRules": { en: "the next rules of “{step}”", "zh-CN": "“{step}”的下一步规则" },
  "place.ownerRule": { en: "owner rule {n} of “{step}”", "zh-CN": "“{step}”的第 {n} 条负责人规则" },
  "place.nextRule": { en: "next rule {n} of “{step}”", "zh-CN": "“{step}”的第 {n} 条下一步规则" },
  "place.ownerRuleCondition": {
    en: "owner rule {n} of “{step}”, its condition",
    "zh-CN": "“{step}”的第 {n} 条负责人规则的条件",
  },
  "place.nextRuleCondition": {
    en: "next rule {n} of “{step}”, its condition",
    "zh-CN": "“{step}”的第 {n} 条下一步规则的条件",
  },
  "place.ownerRuleOwner": {
    en: "owner rule {n} of “{step}”, the owner it names",
    "zh-CN": "“{step}”的第 {n} 条负责人规则指定的负责人",
  },
  "place.ownerRuleWorkedOut": {
    en: "owner rule {n} of “{step}”, how it works out the owner",
    "zh-CN": "“{step}”的第 {n} 条负责人规则的负责人计算方式",
  },
  "place.nextRuleGoTo": {
    en: "next rule {n} of “{step}”, where it goes",
    "zh-CN": "“{step}”的第 {n} 条下一步规则的去向",
  },
  "place.field": { en: "the field “{field}”", "zh-CN": "字段“{field}”" },
  "place.role": { en: "the role “{role}”", "zh-CN": "角色“{role}”" },
  "place.test": { en: "rule test {n} (“{test}”)", "zh-CN": "第 {n} 个规则测试（“{test}”）" },
  "place.goal": { en: "the goal", "zh-CN": "目标" },
});
