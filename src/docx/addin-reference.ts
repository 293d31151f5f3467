/**
 * How a document names an add-in: `we:reference` with id, version, store and storeType
 * ([MS-OWEXML] 2.2.5 CT_OsfWebExtensionReference). The store depends on how the add-in reached
 * the user; Microsoft's page "Automatically open a task pane with a document"
 * (learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document)
 * gives the values per deployment.
 */
import { ADDIN_ID, ADDIN_VERSION } from "../plan/addin";

export type AddinReference = {
  readonly id: string;
  readonly version: string;
  readonly store: string;
  readonly storeType: string;
};

/**
 * The deployments the README describes, with the values that page's table gives: the manifest's
 * GUID and version, and per storeType the store.
 */
export const ADDIN_DEPLOYMENTS = {
  /** Centralized Deployment in the Microsoft 365 admin center: storeType and store "EXCatalog". */
  centralized: { id: ADDIN_ID, version: ADDIN_VERSION, store: "EXCatalog", storeType: "EXCatalog" },
  /** Sideloaded (the system registry): store "developer". */
  sideloaded: { id: ADDIN_ID, version: ADDIN_VERSION, store: "developer", storeType: "Registry" },
} as const satisfies Readonly<Record<string, AddinReference>>;

/** A network share (Trusted Add-in Catalogs): storeType FileSystem, the share's path as the store. */
export function fileShareReference(sharePath: string): AddinReference {
  return { id: ADDIN_ID, version: ADDIN_VERSION, store: sharePath, storeType: "FileSystem" };
}

export type AddinDeployment = keyof typeof ADDIN_DEPLOYMENTS;

/** The reference the template carries and the emulator's default add-in: the production deployment. */
export const ADDIN_REFERENCE: AddinReference = ADDIN_DEPLOYMENTS.centralized;
