/** The template builder: the .docx, and its parts as trees for tests and tools. */
export { buildTemplate } from "./build-template";
export { type TemplatePart, templateParts } from "./template-parts";
export { BLANK_PLACEHOLDER } from "./wml/placeholder";
