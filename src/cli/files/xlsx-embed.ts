import { createHash } from "node:crypto";
import type { CustomXmlPart } from "../../workbook/parts";
import { escapeXml } from "../../workbook/xml-json";
import { readZipEntries, writeZipEntries, type PackageParts } from "./zip";

/**
 * Parts exceljs cannot write, added to the package it wrote: the add-in's custom XML parts (the process
 * bound to the register, src/excel/store) and the web-extension parts that make Excel open the Procsheet
 * task pane with the workbook
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 * xlsx-carry.ts keeps both through later rewrites by `procsheet sync`.
 */

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPES = {
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
  webextensionTaskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;
export const CONTENT_TYPES = {
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  webextension: "application/vnd.ms-office.webextension+xml",
  webextensionTaskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
} as const;
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The store types the auto-open docs list, with what `store` holds for each. */
export type StoreType = "EXCatalog" | "FileSystem" | "OMEX" | "Registry";

/**
 * Which add-in a workbook asks for and where Office finds it: for centralized deployment (Microsoft 365
 * admin center) `EXCatalog`/`EXCatalog` with the manifest's GUID and version; for a network-share
 * catalogue `FileSystem` with the share's UNC path; for AppSource `OMEX` with the asset id and the
 * store's locale; for a sideloaded add-in `Registry` with "developer".
 */
export interface WebExtensionReference {
  readonly id: string;
  readonly version: string;
  readonly store: string;
  readonly storeType: StoreType;
}

export interface EmbedRequest {
  readonly customXml: readonly CustomXmlPart[];
  /** Absent: no auto-open tagging (`--no-auto-open`). */
  readonly autoOpen?: WebExtensionReference;
}

/** A GUID made from `seed`, so the same workbook comes out byte-identical when made again. */
export function stableGuid(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function insertBefore(xml: string, closing: string, added: readonly string[]): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`no ${closing} to insert before`);
  return xml.slice(0, at) + added.join("") + xml.slice(at);
}

/** Relationship ids not yet used in a rels file: `rIdProcsheet1`, `rIdProcsheet2`, … */
function freshIds(rels: string): () => string {
  const taken = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 0;
  return () => {
    let id: string;
    do id = `rIdProcsheet${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

function text(entries: PackageParts, name: string): string {
  const b = entries.get(name);
  if (!b) throw new Error(`the package has no ${name}`);
  return b.toString("utf8");
}

/** `<we:webextension>`: the add-in reference and the property that asks Excel to show its task pane. */
export function webExtensionXml(ref: WebExtensionReference): string {
  const instance = stableGuid(`procsheet webextension ${ref.id}`);
  return (
    XML_DECL +
    `<we:webextension xmlns:we="${WE_NS}" id="${instance}">` +
    `<we:reference id="${escapeXml(ref.id)}" version="${escapeXml(ref.version)}" store="${escapeXml(ref.store)}" storeType="${ref.storeType}"/>` +
    "<we:alternateReferences/>" +
    // The same name the manifest's <TaskpaneId> carries; value "true" (a JSON document setting).
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
    "<we:bindings/>" +
    `<we:snapshot xmlns:r="${R_NS}"/>` +
    "</we:webextension>"
  );
}

/**
 * `<wetp:taskpanes>`: the pane docked right, 350 px (Office's default task pane width). visibility="0":
 * Excel opens it only where the add-in is already installed (centralized deployment) and never prompts
 * to install it; the person can still turn auto-open off from the add-in.
 */
export function taskpanesXml(webExtensionRelId: string): string {
  return (
    XML_DECL +
    `<wetp:taskpanes xmlns:wetp="${WETP_NS}">` +
    '<wetp:taskpane dockstate="right" visibility="0" width="350" row="4">' +
    `<wetp:webextensionref xmlns:r="${R_NS}" r:id="${webExtensionRelId}"/>` +
    "</wetp:taskpane></wetp:taskpanes>"
  );
}

function itemPropsXml(part: CustomXmlPart): string {
  const itemId = stableGuid(`procsheet custom xml ${part.namespace}`);
  return (
    XML_DECL +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${DS_NS}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(part.namespace)}"/></ds:schemaRefs>` +
    "</ds:datastoreItem>"
  );
}

/**
 * The package with `request`'s parts added, each with its relationships and content types: custom XML as
 * customXml/itemN.xml + itemPropsN.xml, related from the workbook part (ECMA-376 Part 1 §15.2.4/§15.2.5);
 * the web extension as xl/webextensions/webextension1.xml, related from xl/webextensions/taskpanes.xml,
 * which the package itself relates to (as Excel and the Open XML SDK place them).
 */
export async function embedParts(xlsx: Buffer, request: EmbedRequest): Promise<Buffer> {
  const entries = await readZipEntries(xlsx);
  embedPartsInto(entries, request);
  return writeZipEntries(entries);
}

/** embedParts on a package's parts, which gain the new parts and the changed rels and content types. */
export function embedPartsInto(entries: PackageParts, request: EmbedRequest): void {
  const typesName = "[Content_Types].xml";
  let types = text(entries, typesName);
  const typeOverrides: string[] = [];
  const override = (part: string, type: string): void => {
    if (!types.includes(`PartName="/${part}"`))
      typeOverrides.push(`<Override PartName="/${part}" ContentType="${type}"/>`);
  };
  // Custom XML items are plain XML: covered by a Default for .xml, or given an override when there is none.
  const xmlDefault = /<Default\b[^>]*Extension="xml"/i.test(types);

  if (request.customXml.length > 0) {
    const workbookRels = "xl/_rels/workbook.xml.rels";
    let rels = text(entries, workbookRels);
    const nextId = freshIds(rels);
    const added: string[] = [];
    let n = 0;
    for (const part of request.customXml) {
      do n++;
      while (entries.has(`customXml/item${n}.xml`));
      const item = `customXml/item${n}.xml`;
      const props = `customXml/itemProps${n}.xml`;
      entries.set(item, Buffer.from(part.xml, "utf8"));
      entries.set(props, Buffer.from(itemPropsXml(part), "utf8"));
      entries.set(
        `customXml/_rels/item${n}.xml.rels`,
        Buffer.from(
          `${XML_DECL}<Relationships xmlns="${REL_NS}">${relationship("rId1", REL_TYPES.customXmlProps, `itemProps${n}.xml`)}</Relationships>`,
          "utf8",
        ),
      );
      added.push(relationship(nextId(), REL_TYPES.customXml, `../${item}`));
      if (!xmlDefault) override(item, "application/xml");
      override(props, CONTENT_TYPES.customXmlProps);
    }
    rels = insertBefore(rels, "</Relationships>", added);
    entries.set(workbookRels, Buffer.from(rels, "utf8"));
  }

  if (request.autoOpen) {
    const packageRels = "_rels/.rels";
    const rels = text(entries, packageRels);
    entries.set("xl/webextensions/webextension1.xml", Buffer.from(webExtensionXml(request.autoOpen), "utf8"));
    entries.set("xl/webextensions/taskpanes.xml", Buffer.from(taskpanesXml("rId1"), "utf8"));
    entries.set(
      "xl/webextensions/_rels/taskpanes.xml.rels",
      Buffer.from(
        `${XML_DECL}<Relationships xmlns="${REL_NS}">${relationship("rId1", REL_TYPES.webextension, "webextension1.xml")}</Relationships>`,
        "utf8",
      ),
    );
    entries.set(
      packageRels,
      Buffer.from(
        insertBefore(rels, "</Relationships>", [
          relationship(freshIds(rels)(), REL_TYPES.webextensionTaskpanes, "xl/webextensions/taskpanes.xml"),
        ]),
        "utf8",
      ),
    );
    override("xl/webextensions/taskpanes.xml", CONTENT_TYPES.webextensionTaskpanes);
    override("xl/webextensions/webextension1.xml", CONTENT_TYPES.webextension);
  }

  types = insertBefore(types, "</Types>", typeOverrides);
  entries.set(typesName, Buffer.from(types, "utf8"));
}
