// webpack loader for @microsoft/office-js-helpers' prebuilt bundle (see webpack.config.js).
//
// That bundle finds the global object the 2018 way: lodash's `Function('return this')()` and
// webpack 3's `Function("return this")() || (1,eval)("this")`. Both are fallbacks that a browser
// never reaches, but they put eval and new Function in the shipped code, which the pages' CSP
// refuses. Every browser a React 19 pane runs in has `globalThis`, which is what they look for.
//
// The loader fails the build rather than ship a half-patched file: when a new version of the
// package spells its lookups differently, someone has to look.
const GLOBAL_LOOKUP = /Function\((['"])return this\1\)\(\)(?:\s*\|\|\s*\(\d+,\s*eval\)\((['"])this\2\))?/g;
const LEFT_OVER = /(?<![\w$.])(?:eval\s*\(|\(\d+,\s*eval\)|new Function\b|Function\s*\()/;

module.exports = function globalThisLoader(source) {
  let replaced = 0;
  const patched = source.replace(GLOBAL_LOOKUP, () => {
    replaced += 1;
    return "globalThis";
  });
  if (replaced === 0)
    throw new Error(`${this.resourcePath}: no Function("return this") lookup found; check the loader`);
  const left = LEFT_OVER.exec(patched);
  if (left !== null)
    throw new Error(`${this.resourcePath}: still evaluates code after patching: «${left[0]}»`);
  return patched;
};
