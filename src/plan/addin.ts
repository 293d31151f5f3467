/**
 * The add-in's identity, as its manifests declare it. Word keys an add-in's document settings and
 * its task-pane part by this Id, so the template, the settings readers and the emulator all use
 * these constants; test/manifest checks that they equal the manifests' `<Id>` and `<Version>`.
 */

/** manifest.xml `<Id>`: the Piano Generale di Supporto pane. */
export const ADDIN_ID = "3d6f94d3-0a8a-48d0-9d39-9b9267c946f2";

/** manifest.xml `<Version>`. */
export const ADDIN_VERSION = "0.1.0.0";

/** manifest.conformance.xml `<Id>`: the conformance page, a separate add-in so it never touches the pane's settings. */
export const CONFORMANCE_ADDIN_ID = "8a1c52e4-6f0b-4b7e-9d5c-2e7f3a9b1c60";

/** The TaskpaneId Word opens with a document ([MS-OWEMXML] 2.2.x ShowTaskpane action). */
export const AUTO_SHOW_TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";
