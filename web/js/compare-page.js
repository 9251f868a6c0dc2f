/**
 * @module web/compare-page
 * Compare: paste, drop or open two texts (plain or HTML), or load the example pair, or arrive from
 * the Library with two stored documents (`#/compare?a=ID&b=ID`).
 */
import { api, getDocument } from './api.js';
import { errorBox, h, titleOf } from './dom.js';
import { renderReport } from './compare-report.js';
import { readTextFile } from './read-file.js';

function textField(key, title, hint) {
  const area = h('textarea', { id: `${key}-text`, name: key, rows: '10', required: true, spellcheck: 'false', 'aria-describedby': `${key}-hint` });
  const file = h('input', { type: 'file', id: `${key}-file`, accept: '.txt,.html,.htm,text/plain,text/html' });
  const field = { area, label: null };
  const load = async (f) => {
    area.value = await readTextFile(f);
    field.label = f.name;
  };
  area.addEventListener('input', () => (field.label = null));
  area.addEventListener('dragover', (e) => {
    e.preventDefault();
    area.classList.add('dropping');
  });
  area.addEventListener('dragleave', () => area.classList.remove('dropping'));
  area.addEventListener('drop', (e) => {
    e.preventDefault();
    area.classList.remove('dropping');
    const dropped = e.dataTransfer?.files?.[0];
    if (dropped) void load(dropped);
  });
  file.addEventListener('change', () => file.files?.[0] && void load(file.files[0]));
  field.element = h(
    'div',
    { class: 'field' },
    h('label', { for: area.id }, title),
    h('p', { class: 'muted hint', id: `${key}-hint` }, hint),
    area,
    h('label', { class: 'file', for: file.id }, 'Or open a file: ', file),
  );
  return field;
}

export function comparePage(main, params) {
  const source = textField('source', 'Source', 'The original text or HTML page. Paste it or drop a file here.');
  const derivative = textField('derivative', 'Derivative', 'The retelling to check. Paste it or drop a file here.');
  const results = h('div', { class: 'results' });
  const status = h('p', { class: 'muted status', role: 'status' });
  const compareButton = h('button', { type: 'submit', class: 'primary' }, 'Compare');
  const exampleButton = h('button', { type: 'button', id: 'load-example' }, 'Load example');

  const run = async () => {
    status.textContent = 'Comparing…';
    results.replaceChildren();
    compareButton.disabled = true;
    try {
      const body = { source: source.area.value, derivative: derivative.area.value };
      if (source.label) body.sourceLabel = source.label;
      if (derivative.label) body.derivativeLabel = derivative.label;
      const report = await api('/api/compare', body);
      results.replaceChildren(renderReport(report));
      status.textContent = `Compared: ${report.verdict.relation}, ${report.passages.length} passages, ${report.facts.length} facts.`;
    } catch (error) {
      status.textContent = '';
      results.replaceChildren(errorBox(error));
    } finally {
      compareButton.disabled = false;
    }
  };
  const fill = (pair) => {
    source.area.value = pair.source;
    derivative.area.value = pair.derivative;
    source.label = pair.sourceLabel ?? null;
    derivative.label = pair.derivativeLabel ?? null;
  };

  exampleButton.addEventListener('click', async () => {
    try {
      fill(await api('/api/examples/seed'));
      await run();
    } catch (error) {
      results.replaceChildren(errorBox(error));
    }
  });
  const form = h(
    'form',
    { class: 'compare-form', 'aria-label': 'Texts to compare' },
    h('div', { class: 'fields' }, source.element, derivative.element),
    h('div', { class: 'actions' }, compareButton, exampleButton),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  main.replaceChildren(
    h('h1', null, 'Compare a text with its source'),
    h('p', { class: 'lead' }, 'See what a retelling copied, paraphrased, changed, dropped and added, with every claim linked to both texts.'),
    form,
    status,
    results,
  );

  const a = params.get('a');
  const b = params.get('b');
  if (a && b) {
    Promise.all([getDocument(a), getDocument(b)])
      .then(([sd, dd]) => {
        fill({ source: sd.text, derivative: dd.text, sourceLabel: titleOf(sd), derivativeLabel: titleOf(dd) });
        return run();
      })
      .catch((error) => results.replaceChildren(errorBox(error)));
  }
}
