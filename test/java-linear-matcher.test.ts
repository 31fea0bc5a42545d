// The Java runtime's linear-time matcher (templates/java/runtime/com/openai/validation/
// LinearPattern.java) answers as V8's RegExp with the "u" flag answers, on the programs
// generator/regex/linear.ts compiles: over the pattern table of the security tests (lone
// surrogates included, which the JSON runners cannot carry: Jackson writes them as invalid UTF-8,
// so the texts travel as UTF-16 units, as test/security/engines.ts feeds the engines), the
// backtracking probes and real specs' patterns, on seeded random texts over each pattern's own
// characters. One javac (the tests' flags, -Xlint:all -Werror), one JVM, which also answers every
// text again on four threads at once (the search state is the thread's) and times 100,000-character
// attacks on the probes; a malformed program is refused when the pattern is built.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePattern } from '../generator/regex/parse.js';
import { linearProgram, linearRefusal } from '../generator/regex/linear.js';
import { ROOT } from './helpers/cases.js';
import { JAVA_FLAGS, JAVAC_FLAGS } from './runners/java.js';
import { LONE_SURROGATES, PROBES, SEMANTICS } from './security/patterns-table.js';
import { patternTexts } from './helpers/pattern-texts.js';

const run = promisify(execFile);
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
const VALIDATION = join(ROOT, 'templates', 'java', 'runtime', 'com', 'openai', 'validation');
/** The matcher and what it needs: its base class (whose other kind searches through Regexes) and its exception. */
const RUNTIME_SOURCES = ['LinearPattern.java', 'PatternSearch.java', 'Regexes.java', 'SchemaException.java'].map((f) => join(VALIDATION, f));
const WORK = mkdtempSync(join(tmpdir(), 'java-linear-'));
const ATTACK_LENGTH = 100_000;
/** Five 100,000-character attacks, on a machine that may be running other tests beside it. */
const ATTACK_LIMIT_MS = 5_000;
const THREADS = 4;

/**
 * Reads programs.txt (a program's JSON text per line), probes.txt ("index<TAB>unit,unit,...") and
 * malformed.txt (a program per line); prints a line of 1s and 0s (one per probe), the answers of
 * the same probes on THREADS threads at once, the malformed programs' refusals, and the attacks'
 * answers and time.
 */
const MAIN = `
import com.openai.validation.LinearPattern;
import com.openai.validation.SchemaException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class LinearMain {
    private LinearMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        final List<LinearPattern> patterns = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("programs.txt"), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) patterns.add(new LinearPattern(line));
        }
        final List<Integer> which = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("probes.txt"), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\\t');
            which.add(Integer.parseInt(line.substring(0, tab)));
            StringBuilder text = new StringBuilder();
            for (String unit : line.substring(tab + 1).split(",")) if (!unit.isEmpty()) text.append((char) Integer.parseInt(unit));
            texts.add(text.toString());
        }
        final int n = texts.size();
        String answers = answer(patterns, which, texts, 0, 1);
        System.out.println(answers);
        ExecutorService pool = Executors.newFixedThreadPool(${THREADS});
        List<Future<String>> parts = new ArrayList<>();
        for (int t = 0; t < ${THREADS}; t++) {
            final int first = t;
            parts.add(pool.submit(() -> answer(patterns, which, texts, first, ${THREADS})));
        }
        char[] together = new char[n];
        for (int t = 0; t < ${THREADS}; t++) {
            String part = parts.get(t).get();
            for (int i = t, j = 0; i < n; i += ${THREADS}, j++) together[i] = part.charAt(j);
        }
        pool.shutdown();
        System.out.println(new String(together));
        StringBuilder refused = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve("malformed.txt"), StandardCharsets.UTF_8)) {
            try {
                new LinearPattern(line);
                refused.append('0');
            } catch (SchemaException e) {
                refused.append('1');
            }
        }
        System.out.println(refused);
        StringBuilder attacks = new StringBuilder();
        long started = System.nanoTime();
        for (String line : Files.readAllLines(dir.resolve("attacks.txt"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\\t');
            String text = line.substring(tab + 1);
            attacks.append(new LinearPattern(line.substring(0, tab)).find(text) ? '1' : '0');
        }
        System.out.println(attacks + " " + (System.nanoTime() - started) / 1_000_000);
    }

    /** The answers of probes first, first + step, ... */
    private static String answer(List<LinearPattern> patterns, List<Integer> which, List<String> texts, int first, int step) {
        StringBuilder out = new StringBuilder();
        for (int i = first; i < texts.size(); i += step) out.append(patterns.get(which.get(i)).find(texts.get(i)) ? '1' : '0');
        return out.toString();
    }
}
`;

/** Patterns from published specs that the backtracking analysis flags (as test/linear-matcher.test.ts). */
const REAL = [
  'arn:aws:.*:.*',
  '.*\\S.*',
  '^\\S+@\\S+\\.\\S+$',
  '^(\\s*\\S+\\s*)+$',
  '^(https?://)?([\\da-z.-]+)\\.([a-z.]{2,6})([/\\w .-]*)*/?$',
  '\\s*$',
  '^\\d{1,3}(,\\d{3})*(\\.\\d+)?$',
  '\\bcat\\b|\\Bdog\\B',
  '(x*)*y',
  '(?:)*a',
  '^(?:\\b)+a',
];

const runnable = [
  ...LONE_SURROGATES,
  ...SEMANTICS,
  ...PROBES.map(([p, attack]) => [p, [attack(3), attack(3).slice(0, -1)]] as const),
  ...REAL.map((p) => [p, []] as const),
].filter(([p]) => linearRefusal(parsePattern(p, '')) === null);

const probes = runnable.flatMap(([source, inputs], index) =>
  [...inputs, '', ...patternTexts(source, 150, source.length)].map((text) => ({ index, source, text })),
);

/** Programs the matcher must refuse: not JSON, not an array, a target outside, an unknown operation, unsorted or odd ranges, a bad assertion. */
const MALFORMED = [
  '[[0,1,97',
  '{}',
  '[]',
  '[[1,5],[3]]',
  '[[7],[3]]',
  '[[0,1,98,99,97,97],[3]]',
  '[[0,1,97],[3]]',
  '[[2,9,1],[3]]',
  '[[3,1]]',
  '[[0,1,97.5,98],[3]]',
];

const units = (text: string): string => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).join(',');

let output: string[] = [];

beforeAll(async () => {
  const src = join(WORK, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'LinearMain.java'), MAIN);
  writeFileSync(join(WORK, 'programs.txt'), runnable.map(([p]) => JSON.stringify(linearProgram(parsePattern(p, '')))).join('\n') + '\n');
  writeFileSync(join(WORK, 'probes.txt'), probes.map((p) => `${p.index}\t${units(p.text)}`).join('\n') + '\n');
  writeFileSync(join(WORK, 'malformed.txt'), MALFORMED.join('\n') + '\n');
  const attacks = PROBES.flatMap(([p, attack]) =>
    [attack(ATTACK_LENGTH), attack(ATTACK_LENGTH).slice(0, -1)].map((text) => `${JSON.stringify(linearProgram(parsePattern(p, '')))}\t${text}`),
  );
  writeFileSync(join(WORK, 'attacks.txt'), attacks.join('\n') + '\n');
  const classes = join(WORK, 'classes');
  mkdirSync(classes, { recursive: true });
  const cp = JARS.join(':');
  await run('javac', [...JAVAC_FLAGS, '-cp', cp, '-d', classes, ...RUNTIME_SOURCES, join(src, 'LinearMain.java')], { maxBuffer: 1 << 24 });
  const { stdout } = await run('java', [...JAVA_FLAGS, '-cp', [classes, ...JARS].join(':'), 'LinearMain', WORK], { maxBuffer: 1 << 26 });
  output = stdout.trim().split('\n');
}, 120_000);

describe('the Java linear-time matcher', () => {
  it('runs the table without lookarounds and backreferences, lone surrogates included', () => {
    expect(runnable.length).toBeGreaterThan(70);
    expect(runnable.filter(([p]) => LONE_SURROGATES.some(([q]) => q === p)).length).toBeGreaterThanOrEqual(9);
  });

  it(`answers as RegExp with the "u" flag on ${probes.length} pattern x text pairs`, () => {
    const answers = output[0]!;
    expect(answers).toHaveLength(probes.length);
    const differ = probes
      .filter((p, i) => (answers[i] === '1') !== new RegExp(p.source, 'u').test(p.text))
      .map((p) => `${JSON.stringify(p.source)} on ${JSON.stringify(p.text)}: RegExp says ${new RegExp(p.source, 'u').test(p.text)}`);
    expect(differ).toEqual([]);
    expect(answers).toContain('1');
    expect(answers).toContain('0');
  });

  it(`answers the same on ${THREADS} threads at once`, () => {
    expect(output[1]).toBe(output[0]);
  });

  it('refuses a malformed program when the pattern is built', () => {
    expect(output[2]).toBe('1'.repeat(MALFORMED.length));
  });

  it(`answers a ${ATTACK_LENGTH.toLocaleString('en')}-character attack (and the text that matches) on each backtracking probe within ${ATTACK_LIMIT_MS / 1000} s in all`, () => {
    const [answers, millis] = output[3]!.split(' ');
    expect(answers).toBe('01'.repeat(PROBES.length));
    expect(Number(millis)).toBeLessThan(ATTACK_LIMIT_MS);
  });
});
