/** The page's CSS, one <style> element (the dev build has no CSS loader, and needs none). */
export const PLAYGROUND_CSS = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; color: #242424; background: #f0f0f0; }
#root { height: 100%; display: flex; flex-direction: column; }
.skip-link { position: absolute; left: 8px; top: -48px; z-index: 20; padding: 6px 12px; border-radius: 4px;
  background: #fff; color: #1f3864; font-weight: 600; box-shadow: 0 1px 4px rgba(0,0,0,.4); }
.skip-link:focus { top: 8px; }
.doc-column:focus-visible, .panel-column:focus-visible { outline: 2px solid #2f5496; outline-offset: -2px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 16px;
  background: #1f3864; color: #fff; }
.toolbar h1 { font-size: 16px; margin: 0 8px 0 0; font-weight: 600; }
.toolbar button, .toolbar select { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #8fa4c8;
  background: #fff; color: #1f3864; cursor: pointer; }
.toolbar label { display: flex; align-items: center; gap: 6px; }
.toolbar .file-name { font-style: italic; opacity: .9; }
.toolbar .stats { margin-left: auto; font-variant-numeric: tabular-nums; opacity: .9; }
.message { display: flex; gap: 12px; align-items: center; padding: 8px 16px; background: #fde7e9; color: #a4262c;
  border-bottom: 1px solid #f1bbbc; }
.message[hidden] { display: none; }
.message button { margin-left: auto; font: inherit; }
.columns { flex: 1; display: flex; min-height: 0; }
.doc-column { flex: 1; overflow: auto; padding: 24px; min-width: 0; }
.panel-column { flex: none; display: flex; flex-direction: column; background: #fff; border-left: 1px solid #d1d1d1; }
html[data-office-theme=dark] .panel-column, html[data-office-theme=dark] .pane-title { background: #292929; color: #fff; }
html[data-office-theme=high-contrast] .panel-column, html[data-office-theme=high-contrast] .pane-title { background: #000; color: #fff; }
.pane-title { flex: none; padding: 10px 12px; font-size: 15px; font-weight: 600; border-bottom: 1px solid #e0e0e0; }
.panel-slot { flex: 1; overflow: auto; min-height: 0; }
.page { max-width: 21cm; margin: 0 auto; background: #fff; padding: 2cm 1.8cm; box-shadow: 0 1px 4px rgba(0,0,0,.2);
  font-family: Calibri, Carlito, "Segoe UI", sans-serif; font-size: 11pt; line-height: 1.25; }
.doc-view p, .doc-view h1, .doc-view h2, .doc-view h3, .doc-view h4 { margin: 0 0 6pt; }
.doc-view h1 { font-size: 22pt; text-align: center; color: #1f3864; margin: 12pt 0; }
.doc-view h2 { font-size: 15pt; color: #1f3864; margin-top: 14pt; }
.doc-view h3 { font-size: 13pt; color: #2f5496; margin-top: 12pt; }
.doc-view .page-break { border-top: 1px dashed #b0b0b0; padding-top: 12pt; margin-top: 18pt; }
.doc-view .list::before { content: "• "; }
.doc-view .s-TOC2 { padding-left: 1.5em; }
.doc-view .s-TableText, .doc-view .s-CellEnd { margin: 0; }
.doc-view .s-CellEnd { font-size: 2pt; line-height: 2pt; }
.doc-view .tab { white-space: pre; }
.doc-table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; table-layout: auto; }
.doc-table td { border: 1px solid #7f7f7f; padding: 2pt 4pt; vertical-align: top; font-size: 9.5pt; }
.cc { outline: 1px dotted #9db4dc; outline-offset: 0; }
.cc-inline { display: inline-block; min-width: 1.6em; min-height: 1.1em; text-align: inherit; }
.cc-block, .cc-cell { display: block; min-height: 1.2em; }
.cc-editable { cursor: text; }
.cc-editable:hover, .cc-editable:focus { background: #e8effa; outline: 1px solid #2f5496; }
.cc-placeholder { color: #7f7f7f; }
.cc-editing { outline: 2px solid #2f5496; background: #fff; }
.cc-editor { font: inherit; width: 100%; min-width: 3em; border: 0; padding: 1px 2px; background: #fffbe6; }
textarea.cc-editor { resize: vertical; }
.pgs-version-dialog { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  background: rgba(0,0,0,.3); z-index: 10; }
.pgs-version-dialog form { background: #fff; color: #242424; padding: 16px 20px; width: min(420px, 90vw);
  box-shadow: 0 4px 16px rgba(0,0,0,.3); font: 14px "Segoe UI", sans-serif; }
.pgs-version-dialog form > div { display: flex; flex-direction: column; gap: 2px; margin: 0 0 8px; }
.pgs-version-dialog h1 { font-size: 18px; margin: 0 0 8px; }
.pgs-version-dialog [role=alert], .pgs-version-dialog span { color: #b10e1c; }
.pgs-version-dialog button { margin-right: 8px; }
`;
