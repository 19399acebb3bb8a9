import { words } from "./book";

// How `procsheet notify` delivers a message (src/cli/notify/transports): options it cannot use, and what a
// mail server or a chat answered when a send failed. A failed send's words go on the Outbox row, where an
// admin reads them: they name the server and quote its reply, and say whether the next run tries again.
// Ports and error codes travel as text, so no locale puts a thousands separator into them.
export const CLI_NOTIFY_DELIVERY = words({
  "delivery.noChannel": {
    en: "Procsheet does not know where to send messages. Give --smtp smtp://user:password@host:port with --from ADDRESS, or --webhook URL with --format teams|wecom|dingtalk|slack|json.",
    "zh-CN":
      "Procsheet 不知道把消息发往何处。请提供 --smtp smtp://用户名:密码@主机:端口 和 --from 地址，或 --webhook 网址 和 --format teams|wecom|dingtalk|slack|json。",
  },
  "delivery.twoChannels": {
    en: "Give --smtp or --webhook, not both: one run sends through one channel.",
    "zh-CN": "请只提供 --smtp 或 --webhook 其中之一：每次运行只通过一个渠道发送。",
  },
  "delivery.smtpAddress": {
    en: "--smtp “{value}” is not a mail server address. Write it as smtp://user:password@host:port (or smtps:// for a server that wants TLS from the start, usually port 465).",
    "zh-CN":
      "--smtp “{value}”不是邮件服务器地址。请写成 smtp://用户名:密码@主机:端口（一开始就要求 TLS 的服务器用 smtps://，通常是 465 端口）。",
  },
  "delivery.fromMissing": {
    en: "--smtp needs --from: the address the mail comes from, e.g. --from procsheet@example.com.",
    "zh-CN": "--smtp 需要 --from：发件地址，例如 --from procsheet@example.com。",
  },
  "delivery.fromInvalid": {
    en: "--from “{value}” is not an email address.",
    "zh-CN": "--from “{value}”不是电子邮件地址。",
  },
  "delivery.webhookAddress": {
    en: "--webhook “{value}” is not a web address. Paste the whole https://… address the chat or the workflow gave you.",
    "zh-CN": "--webhook “{value}”不是网址。请粘贴群聊或工作流给出的完整 https://… 地址。",
  },
  "delivery.formatMissing": {
    en: "--webhook needs --format: teams, wecom, dingtalk, slack or json.",
    "zh-CN": "--webhook 需要 --format：teams、wecom、dingtalk、slack 或 json。",
  },
  "delivery.formatUnknown": {
    en: "--format “{value}” is not one Procsheet knows. Use teams, wecom, dingtalk, slack or json.",
    "zh-CN": "Procsheet 不认识 --format “{value}”。请使用 teams、wecom、dingtalk、slack 或 json。",
  },
  "delivery.secretNotDingtalk": {
    en: "--secret is the signing secret of a DingTalk robot (it starts with SEC); it goes with --format dingtalk only.",
    "zh-CN": "--secret 是钉钉机器人的加签密钥（以 SEC 开头），只能与 --format dingtalk 一起使用。",
  },
  "delivery.timeoutInvalid": {
    en: "The time to wait for a server must be a whole number of milliseconds above 0, not {value}.",
    "zh-CN": "等待服务器的时间必须是大于 0 的整数毫秒，而不是 {value}。",
  },

  // A send that failed, as the Outbox row keeps it.
  "delivery.noEmail": {
    en: "{to} has no email address in People, so no mail was sent.",
    "zh-CN": "{to} 在人员表中没有电子邮件地址，因此未发送邮件。",
  },
  "delivery.smtpRefused": {
    en: "The mail server {host}:{port} refused the connection (nothing is listening there, or a firewall is in the way). Procsheet tries again on the next run.",
    "zh-CN": "邮件服务器 {host}:{port} 拒绝连接（该端口无服务，或被防火墙阻挡）。下次运行时重试。",
  },
  "delivery.smtpTimeout": {
    en: "The mail server {host}:{port} did not answer within {seconds, plural, one {# second} other {# seconds}}. Procsheet tries again on the next run.",
    "zh-CN": "邮件服务器 {host}:{port} 在 {seconds} 秒内没有应答。下次运行时重试。",
  },
  "delivery.smtpUnreachable": {
    en: "The mail server {host}:{port} could not be reached ({detail}). Procsheet tries again on the next run.",
    "zh-CN": "无法连接邮件服务器 {host}:{port}（{detail}）。下次运行时重试。",
  },
  "delivery.smtpLogin": {
    en: "The mail server {host}:{port} did not accept the user name or password in --smtp. It replied: {reply}",
    "zh-CN": "邮件服务器 {host}:{port} 不接受 --smtp 中的用户名或密码。服务器回复：{reply}",
  },
  "delivery.smtpRejected": {
    en: "The mail server {host}:{port} refused the message to {address} for good. It replied: {reply}",
    "zh-CN": "邮件服务器 {host}:{port} 永久拒绝了发给 {address} 的邮件。服务器回复：{reply}",
  },
  "delivery.smtpDeferred": {
    en: "The mail server {host}:{port} put the message to {address} off for now. It replied: {reply}. Procsheet tries again on the next run.",
    "zh-CN": "邮件服务器 {host}:{port} 暂缓接收发给 {address} 的邮件。服务器回复：{reply}。下次运行时重试。",
  },
  "delivery.smtpFailed": {
    en: "Sending through the mail server {host}:{port} failed: {detail}. Procsheet tries again on the next run.",
    "zh-CN": "通过邮件服务器 {host}:{port} 发送失败：{detail}。下次运行时重试。",
  },
  "delivery.httpRejected": {
    en: "{service} answered {status} and did not take the message: {reply}. Check the --webhook address.",
    "zh-CN": "{service} 返回 {status}，没有接收消息：{reply}。请检查 --webhook 地址。",
  },
  "delivery.httpBusy": {
    en: "{service} answered {status} (busy or unavailable): {reply}. Procsheet tries again on the next run.",
    "zh-CN": "{service} 返回 {status}（繁忙或暂不可用）：{reply}。下次运行时重试。",
  },
  "delivery.httpTimeout": {
    en: "{service} at {host} did not answer within {seconds, plural, one {# second} other {# seconds}}. Procsheet tries again on the next run.",
    "zh-CN": "{host} 上的 {service} 在 {seconds} 秒内没有应答。下次运行时重试。",
  },
  "delivery.httpRefused": {
    en: "{service} at {host} refused the connection. Procsheet tries again on the next run.",
    "zh-CN": "{host} 上的 {service} 拒绝连接。下次运行时重试。",
  },
  "delivery.httpUnreachable": {
    en: "{service} at {host} could not be reached ({detail}). Procsheet tries again on the next run.",
    "zh-CN": "无法连接 {host} 上的 {service}（{detail}）。下次运行时重试。",
  },
  "delivery.robotRefused": {
    en: "{service} did not post the message: error {code}, “{reply}”.",
    "zh-CN": "{service} 没有发出消息：错误 {code}，“{reply}”。",
  },
  "delivery.robotBusy": {
    en: "{service} is not posting more messages for now (error {code}, “{reply}”): too many in a short time. Procsheet tries again on the next run.",
    "zh-CN": "{service} 暂时不再发送消息（错误 {code}，“{reply}”）：短时间内消息过多。下次运行时重试。",
  },
  "delivery.robotUnclear": {
    en: "{service} answered something Procsheet cannot read as a robot's reply: {reply}",
    "zh-CN": "{service} 的回复无法识别为机器人的应答：{reply}",
  },

  // Names of the places a message goes, as the words above say them.
  "delivery.service.teams": { en: "The Teams workflow", "zh-CN": "Teams 工作流" },
  "delivery.service.wecom": { en: "The WeCom robot", "zh-CN": "企业微信群机器人" },
  "delivery.service.dingtalk": { en: "The DingTalk robot", "zh-CN": "钉钉群机器人" },
  "delivery.service.slack": { en: "The Slack webhook", "zh-CN": "Slack 传入 Webhook" },
  "delivery.service.json": { en: "The webhook", "zh-CN": "Webhook" },

  // The one word a chat card adds to a message: the label of the case ID.
  "delivery.card.case": { en: "Case", "zh-CN": "事项" },
});
