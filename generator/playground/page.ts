/// <reference lib="dom" />
// page: the playground's page (index.html). The schema typed on the left is sent, debounced, to
// the generator in a Web Worker (worker.ts); its answer fills one tab per target, each with a
// picker of its files, or lists the error at its JSON pointer (a click selects it in the editor)
// and keeps the last outputs that generated, marked stale. One request at a time: typing during a
// run sends only the latest text when it ends. A run that overruns is ended with its worker (the
// pipeline's pattern tests cannot be interrupted otherwise, regex/budget.ts) and said so.

import { config, example } from 'playground:inputs';
import workerCode from 'playground:worker';
import { lineColumn, spanOfLineColumn, spanOfPointer, type Span } from './locate.js';
import type { Answer, Problem, Request } from './protocol.js';

/** Typing pauses this long before a run: most keystrokes of a word cost none. */
const DEBOUNCE_MS = 150;
/** A run longer than this is ended (regex/budget.ts gives pattern tests 2 s on the command line). */
const BUDGET_MS = 10_000;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const editor = $<HTMLTextAreaElement>('schema');
const fileName = $<HTMLInputElement>('file-name');
const tabs = $<HTMLElement>('tabs');
const picker = $<HTMLSelectElement>('file-picker');
const output = $<HTMLElement>('output');
const problems = $<HTMLElement>('problems');
const status = $<HTMLElement>('status');

const workerUrl = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
let worker = startWorker();
let sent = 0;
let running: { id: number; watchdog: number } | null = null;
let waiting = false;
let debounce = 0;
/** Per target, its files in the order rendered: [path below the target, content]. */
let outputs = new Map<string, [string, string][]>();
let target = config.targets[0]!;
const chosen = new Map<string, string>();

function startWorker(): Worker {
  const started = new Worker(workerUrl);
  started.onmessage = (event: MessageEvent<Answer>) => finished(event.data);
  return started;
}

/** The name the banners carry, as the CLI's carry the schema file's; with the field empty, schema.json. */
function schemaName(): string {
  return fileName.value === '' ? 'schema.json' : fileName.value;
}

function schedule(): void {
  clearTimeout(debounce);
  debounce = window.setTimeout(send, DEBOUNCE_MS);
}

function send(): void {
  if (running !== null) {
    waiting = true;
    return;
  }
  const request: Request = { id: ++sent, text: editor.value, fileName: schemaName() };
  running = { id: request.id, watchdog: window.setTimeout(overran, BUDGET_MS) };
  document.body.dataset['state'] = 'busy';
  worker.postMessage(request);
}

function overran(): void {
  worker.terminate();
  worker = startWorker();
  running = null;
  waiting = false;
  const problem: Problem = {
    kind: 'internal',
    message: `the generator took longer than ${BUDGET_MS / 1000} s and was stopped`,
    pointer: null,
    hint: 'a pattern that backtracks super-linearly, tested against an example, is the usual cause (the CLI names it)',
    file: null,
  };
  show({ id: sent, files: [], problem, warnings: [], ms: BUDGET_MS });
}

function finished(answer: Answer): void {
  if (running === null || answer.id !== running.id) return;
  clearTimeout(running.watchdog);
  running = null;
  if (waiting) {
    waiting = false;
    send(); // the text changed during the run: this answer is already stale
    return;
  }
  show(answer);
}

function show(answer: Answer): void {
  if (answer.problem === null) {
    outputs = new Map(config.targets.map((t) => [t, []]));
    for (const [path, content] of answer.files) {
      const slash = path.indexOf('/');
      outputs.get(path.slice(0, slash))?.push([path.slice(slash + 1), content]);
    }
  }
  const stale = answer.problem !== null && outputs.size > 0;
  output.classList.toggle('stale', stale);
  status.textContent =
    answer.problem === null
      ? `${answer.files.length} files in ${Math.round(answer.ms)} ms`
      : `not generated${stale ? ': the outputs shown are the last that generated' : ''}`;
  showProblems(answer.problem, answer.warnings);
  showTabs();
  document.body.dataset['state'] = answer.problem === null ? 'ready' : 'error';
  document.body.dataset['generation'] = String(answer.id);
}

function showProblems(problem: Problem | null, warnings: readonly string[]): void {
  problems.replaceChildren();
  if (problem !== null) problems.append(problemItem(problem));
  for (const warning of warnings) problems.append(element('li', { className: 'warning' }, element('pre', { textContent: warning })));
}

function problemItem(problem: Problem): HTMLElement {
  const item = element('li', { className: `error ${problem.kind}` });
  const text = editor.value;
  // A parse error names its line and column (its pointer is the root); an error in a file a reference names has no place in this text.
  const elsewhere = problem.file !== null && problem.file !== schemaName();
  const span = elsewhere ? null : (spanOfLineColumn(text, problem.message) ?? (problem.pointer === null ? null : spanOfPointer(text, problem.pointer)));
  if (problem.pointer !== null) {
    const at = span === null ? null : lineColumn(text, span.start);
    const link = element('button', {
      className: 'pointer',
      textContent: `${problem.file ?? schemaName()}#${problem.pointer}${at === null ? '' : ` (line ${at.line}, column ${at.column})`}`,
      disabled: span === null,
    });
    link.dataset['pointer'] = problem.pointer;
    if (span !== null) link.onclick = () => select(span);
    item.append(link);
  }
  item.append(element('div', { className: 'message', textContent: problem.message }));
  if (problem.hint !== '') item.append(element('div', { className: 'hint', textContent: `hint: ${problem.hint}` }));
  return item;
}

/** Selects a span in the editor and scrolls it into view (a textarea scrolls to its caret when focused). */
function select(span: Span): void {
  editor.focus();
  editor.setSelectionRange(span.end, span.end);
  editor.blur();
  editor.focus();
  editor.setSelectionRange(span.start, span.end);
}

function showTabs(): void {
  tabs.replaceChildren(
    ...config.targets.map((t) => {
      const tab = element('button', { className: t === target ? 'tab active' : 'tab', textContent: `${t} (${outputs.get(t)?.length ?? 0})` });
      tab.dataset['target'] = t;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(t === target));
      tab.onclick = () => {
        target = t;
        showTabs();
      };
      return tab;
    }),
  );
  const files = outputs.get(target) ?? [];
  const current = files.some(([path]) => path === chosen.get(target)) ? chosen.get(target)! : (files[0]?.[0] ?? '');
  picker.replaceChildren(...files.map(([path]) => element('option', { value: path, textContent: path, selected: path === current })));
  output.textContent = files.find(([path]) => path === current)?.[1] ?? '';
  output.dataset['file'] = current === '' ? '' : `${target}/${current}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

picker.onchange = () => {
  chosen.set(target, picker.value);
  showTabs();
};
editor.addEventListener('input', schedule);
fileName.addEventListener('input', schedule);
// Tab indents rather than leaving the editor.
editor.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab' || event.shiftKey) return;
  event.preventDefault();
  editor.setRangeText('  ', editor.selectionStart, editor.selectionEnd, 'end');
  schedule();
});
$<HTMLButtonElement>('load-example').onclick = () => {
  editor.value = example.text;
  fileName.value = example.name;
  schedule();
};
$<HTMLElement>('options').textContent = JSON.stringify(config.options, null, 2);
editor.value = example.text;
fileName.value = example.name;
send();
