import { NS } from "../../namespaces";
import { el, type XmlElement } from "../xml/tree";

export type Relationship = {
  readonly id: string;
  readonly type: string;
  /** Package path of the target ("word/styles.xml"). */
  readonly target: string;
};

/** A relationship target relative to the source part's folder; the template only points downwards. */
export function relativeTarget(sourcePath: string, targetPath: string): string {
  const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
  if (!targetPath.startsWith(folder))
    throw new Error(`${targetPath} is not under the folder of ${sourcePath}`);
  return targetPath.slice(folder.length);
}

/** A `.rels` part. `sourcePath` is "" for the package's own relationships. */
export function relationshipsPart(sourcePath: string, relationships: readonly Relationship[]): XmlElement {
  return el(
    "Relationships",
    { xmlns: NS.pkgRels },
    relationships.map((relationship) =>
      el("Relationship", {
        Id: relationship.id,
        Type: relationship.type,
        Target: relativeTarget(sourcePath, relationship.target),
      }),
    ),
  );
}
