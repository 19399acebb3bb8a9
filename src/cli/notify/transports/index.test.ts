import { describeError } from "../../../core/error";
import type { ProcsheetError } from "../../../core/result";
import { transportFrom, type DeliveryOptions } from "./index";

function refusal(options: DeliveryOptions): ProcsheetError {
  const made = transportFrom(options);
  if (made.ok) throw new Error("expected the options to be refused");
  return made.error;
}

describe("choosing how messages are delivered", () => {
  it("makes an email transport from --smtp and --from", async () => {
    const made = transportFrom({
      smtp: "smtp://mei:pw@mail.example.com:2525",
      from: "procsheet@example.com",
    });
    expect(made.ok && made.value.channel).toBe("email");
    if (made.ok) await made.value.close();
  });

  it("accepts a sender written as a name and an address", () => {
    const made = transportFrom({
      smtp: "smtps://mail.example.com",
      from: "Procsheet <procsheet@example.com>",
    });
    expect(made.ok).toBe(true);
  });

  it.each(["teams", "wecom", "dingtalk", "slack", "json"] as const)(
    "makes a %s webhook transport",
    (format) => {
      const made = transportFrom({ webhook: "https://example.com/hook", format });
      expect(made.ok && made.value.channel).toBe(format);
    },
  );

  it("asks where to send when neither --smtp nor --webhook is given", () => {
    const error = refusal({});
    expect(error.key).toBe("delivery.noChannel");
    expect(describeError(error, "zh-CN")).toContain("Procsheet 不知道把消息发往何处");
  });

  it("refuses --smtp and --webhook together", () => {
    expect(refusal({ smtp: "smtp://h", from: "a@b.c", webhook: "https://x/y", format: "slack" }).key).toBe(
      "delivery.twoChannels",
    );
  });

  it("refuses an address that is not a mail server's, without showing its password", () => {
    const error = refusal({ smtp: "http://mei:topsecret@mail.example.com", from: "a@b.c" });
    expect(error.message).toBe(
      "--smtp “http://mei:***@mail.example.com” is not a mail server address. Write it as smtp://user:password@host:port (or smtps:// for a server that wants TLS from the start, usually port 465).",
    );
    expect(JSON.stringify(error)).not.toContain("topsecret");
  });

  it("needs --from with --smtp, and a --from that is an email address", () => {
    expect(refusal({ smtp: "smtp://mail.example.com" }).key).toBe("delivery.fromMissing");
    const error = refusal({ smtp: "smtp://mail.example.com", from: "procsheet" });
    expect(describeError(error, "zh-CN")).toBe("--from “procsheet”不是电子邮件地址。");
  });

  it("refuses a --webhook that is not a web address, and a --webhook without a known --format", () => {
    expect(refusal({ webhook: "qyapi.weixin.qq.com/send", format: "wecom" }).key).toBe(
      "delivery.webhookAddress",
    );
    expect(refusal({ webhook: "https://example.com/hook" }).key).toBe("delivery.formatMissing");
    const unknown = refusal({ webhook: "https://example.com/hook", format: "feishu" as "json" });
    expect(unknown.message).toBe(
      "--format “feishu” is not one Procsheet knows. Use teams, wecom, dingtalk, slack or json.",
    );
  });

  it("takes --secret for DingTalk only", () => {
    expect(
      transportFrom({
        webhook: "https://oapi.dingtalk.com/robot/send?access_token=t",
        format: "dingtalk",
        secret: "SECx",
      }).ok,
    ).toBe(true);
    expect(refusal({ webhook: "https://example.com/hook", format: "wecom", secret: "SECx" }).key).toBe(
      "delivery.secretNotDingtalk",
    );
    expect(refusal({ smtp: "smtp://mail.example.com", from: "a@b.c", secret: "SECx" }).key).toBe(
      "delivery.secretNotDingtalk",
    );
  });

  it("refuses a wait that is not a positive whole number of milliseconds", () => {
    expect(refusal({ webhook: "https://example.com/hook", format: "json", timeoutMs: 0 }).key).toBe(
      "delivery.timeoutInvalid",
    );
  });
});
