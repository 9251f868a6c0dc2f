/**
 * @module report/html-assets
 * The inline style sheet and script of the HTML report. Inline so the page is one file that makes
 * no request: it may be opened offline, mailed, or archived beside the texts it describes.
 */

export const REPORT_CSS = `
:root { --copied: #f6c9c9; --paraphrased: #f8e3a8; --added: #c6dcf7; --dropped: #ddd3ef;
  --changed: #a35200; --unsupported: #b3001b; --dropped-fact: #5b3596; --kept: #777;
  --ink: #1d1d1f; --muted: #555; --line: #d6d6d6; --focus: #0a58ca; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafafa; }
a { color: var(--focus); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem .6rem; z-index: 2; }
header, main { max-width: 1400px; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.1rem; margin: 0 0 .5rem; color: var(--muted); font-weight: 600; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
.verdict { font-size: 1.4rem; margin: 0; }
.relation { font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
.r-copy { color: #b3001b; } .r-light-rewrite, .r-heavy-rewrite, .r-partial-copy { color: #a35200; } .r-same-story { color: #0b6e8a; } .r-unrelated { color: #2b7a2b; }
.direction { color: var(--muted); font-size: 1rem; margin-left: .5rem; }
.explanation { max-width: 75ch; margin: .4rem 0 .8rem; }
.scores { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; }
.scores div { display: flex; flex-direction: column; }
.scores dt { color: var(--muted); font-size: .85rem; order: 2; } .scores dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: 0; margin: .8rem 0 0; font-size: .9rem; }
.swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px; vertical-align: -.15em; margin-right: .3rem; }
.texts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; min-width: 0; }
.side h2 small { color: var(--muted); font-weight: 400; margin-left: .4rem; overflow-wrap: anywhere; }
.side .title { font-size: 1.05rem; margin: 0 0 .6rem; }
.text { white-space: pre-wrap; overflow-wrap: break-word; max-height: 75vh; overflow-y: auto; padding-right: .3rem; }
.pass { border-radius: 3px; cursor: pointer; }
.k-copied { background: var(--copied); } .k-paraphrased { background: var(--paraphrased); }
.k-added { background: var(--added); cursor: default; } .k-dropped { background: var(--dropped); cursor: default; }
.pass.hl, .pass:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
mark.fact { background: transparent; color: inherit; border-bottom: 2px solid var(--kept); }
mark.st-changed { border-bottom-color: var(--changed); } mark.st-unsupported { border-bottom-color: var(--unsupported); }
mark.st-dropped { border-bottom-color: var(--dropped-fact); } mark.st-kept { border-bottom-style: dotted; }
mark.fact.hl, mark.fact:target { background: #fff3a0; box-shadow: 0 0 0 2px #e0b400; }
.facts { margin-top: 1.5rem; }
.facts h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.facts ol { margin: 0; padding-left: 1.4rem; }
.facts li { margin: .3rem 0; }
.facts li.hl { background: #fff3a0; }
.ftype { color: var(--muted); font-size: .85rem; margin-right: .4rem; }
.note { color: var(--muted); margin-left: .3rem; }
.h-changed { color: var(--changed); } .h-unsupported { color: var(--unsupported); } .h-dropped { color: var(--dropped-fact); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (max-width: 800px) {
  .texts { grid-template-columns: 1fr; }
  .text { max-height: none; overflow: visible; }
  header, main { padding: .75rem; }
  .verdict { font-size: 1.2rem; }
}
`;

/**
 * Hover or focus on a passage or fact highlights its partner; click or Enter on a passage scrolls
 * its partner into view and moves focus there, so the pair can be walked from the keyboard.
 */
export const REPORT_JS = `
(() => {
  const other = { s: 'd', d: 's' };
  const partners = (el) => {
    if (el.dataset.p !== undefined) return document.querySelectorAll('.pass[data-p="' + el.dataset.p + '"]');
    if (el.dataset.f !== undefined) return document.querySelectorAll('[data-f="' + el.dataset.f + '"]');
    return [];
  };
  const target = (e) => e.target.closest && e.target.closest('[data-p],[data-f]');
  const toggle = (on) => (e) => { const el = target(e); if (el) partners(el).forEach((x) => x.classList.toggle('hl', on)); };
  for (const [type, on] of [['mouseover', true], ['mouseout', false], ['focusin', true], ['focusout', false]]) document.addEventListener(type, toggle(on));
  const jump = (el) => {
    const side = el.id ? el.id[0] : el.closest('[data-side]')?.dataset.side;
    const partner = side && document.getElementById(other[side] + '-p' + el.dataset.p);
    if (!partner) return;
    partner.scrollIntoView({ block: 'center', behavior: 'smooth' });
    partner.focus({ preventScroll: true });
  };
  document.addEventListener('click', (e) => { const el = e.target.closest && e.target.closest('.pass'); if (el) jump(el); });
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('pass')) { e.preventDefault(); jump(e.target); }
  });
})();
`;
