// webpack loader: writes Fluent UI's design tokens into the styles that read them.
//
// Fluent's `tokens` is one object of 467 names, each a CSS variable reference
// (`tokens.colorNeutralForeground1` is "var(--colorNeutralForeground1)"). A module read by several
// chunks cannot be trimmed, so once the pane's sections load on demand the whole object (8 KB gzip)
// sat on the first screen. Replacing each `tokens.name` with its string, in Fluent's own style files
// and ours, leaves nothing reading the object, and webpack drops it. The strings come from the
// installed @fluentui/tokens itself, so they are the values the object would have given.
const { tokens } = require("@fluentui/tokens");

/** A file that imports `tokens` from a Fluent package, and so means Fluent's object by it. */
const IMPORTS_TOKENS = /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/[\w-]+["']/;
/** A file that also declares something else called `tokens` is left alone. */
const REBINDS_TOKENS = /\b(?:const|let|var|function|class)\s+tokens\b|[(,]\s*tokens\s*[,)=]/;
const TOKEN_READ = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;

function inlineTokens(source) {
  if (!IMPORTS_TOKENS.test(source) || REBINDS_TOKENS.test(source)) return source;
  return source.replace(TOKEN_READ, (read, name) =>
    Object.hasOwn(tokens, name) ? JSON.stringify(tokens[name]) : read,
  );
}

module.exports = function inlineTokensLoader(source) {
  return inlineTokens(source);
};
module.exports.inlineTokens = inlineTokens;
