/** Public surface of the Word emulator (tests, playground, benchmark). */
export { EmulatedWord, WORD_ENUMS, type EmulatedWordNamespace, type OpenOptions } from "./emulated-word";
export { HOST_PROFILES, PROFILES, isSetSupported, type HostProfile, type HostQuirks } from "./host-profile";
export {
  ERROR_CODES,
  MESSAGES,
  NotEmulatedError,
  OfficeExtensionError,
  type DebugInfo,
  WEB_REFUSAL_2017,
  WEB_REFUSAL_TODAY,
  type ErrorCode,
  type SourcedText,
} from "./errors";
export type { EmulatorStats } from "./meter";
export type { EmulatedOffice, SelectionChangedEventArgs, SelectionChangedHandler } from "./office-namespace";
export { OFFICE_THEMES, type OfficeThemeId } from "./office-theme";
export type { EmulatedSettings } from "./settings";
export type { AsyncResult, AsyncCallback } from "./async-result";
export { DEFAULT_ADDIN_REFERENCE, type AddinReference } from "./webextension-part";
export { DEFAULT_PLACEHOLDER_TEXT } from "./ooxml/placeholder";
export { PARAGRAPH_SEPARATOR } from "./ooxml/text";
export type { IdentityScheme, RichApiExchange, RichApiHost, RichApiOptions } from "./richapi/host";
