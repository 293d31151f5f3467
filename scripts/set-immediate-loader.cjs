// webpack loader for JSZip's prebuilt browser bundle (see webpack.config.js), which the pane loads
// only to build a template for school years other than the official file's.
//
// That bundle carries the setImmediate polyfill, which turns a callback given as a string into code
// with `new Function("" + callback)`. JSZip only ever passes functions, so the branch is never
// taken, but it puts new Function in the shipped code, which the pages' CSP refuses. The loader
// makes a string callback fail instead.
//
// The loader fails the build rather than ship a half-patched file: when a new version of the
// package spells the polyfill differently, someone has to look.
const STRING_CALLBACK = /new Function\(\s*(['"])\1\s*\+\s*([\w$]+)\s*\)/g;
const LEFT_OVER = /(?<![\w$.])(?:eval\s*\(|\(\d+,\s*eval\)|new Function\b|Function\s*\()/;

module.exports = function setImmediateLoader(source) {
  let replaced = 0;
  const patched = source.replace(STRING_CALLBACK, () => {
    replaced += 1;
    return 'function(){throw new TypeError("setImmediate needs a function")}';
  });
  if (replaced === 0)
    throw new Error(`${this.resourcePath}: no new Function("" + callback) found; check the loader`);
  const left = LEFT_OVER.exec(patched);
  if (left !== null)
    throw new Error(`${this.resourcePath}: still evaluates code after patching: «${left[0]}»`);
  return patched;
};
