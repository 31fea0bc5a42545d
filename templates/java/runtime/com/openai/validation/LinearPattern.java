package com.openai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * The linear-time matcher of patterns that a backtracking engine could take exponential or
 * polynomial time on ({@code ^(a+)+$}, {@code ^\S+@\S+\.\S+$}): the generator compiles each such
 * pattern into the program of its Thompson NFA (generator/regex/linear.ts says the format), and a
 * search keeps the set of states the NFA can be in while it reads the text once, so it costs at
 * most (text length) x (program length) steps whatever the pattern and the text. {@link #find}
 * answers what RegExp.prototype.test with the "u" flag answers: whether the pattern matches
 * somewhere in the text, reading it by code points (a UTF-16 pair is one, a lone surrogate is
 * itself). The same algorithm as the TypeScript runtime's linear.ts.
 *
 * <p>The program, a JSON array: instruction 0 starts; {@code [0, next, lo, hi, ...]} consumes one
 * code point within the sorted inclusive ranges, {@code [1, targets...]} forks, {@code [2, kind,
 * next]} asserts (0 the text's start, 1 its end, 2 a word boundary, 3 not one), {@code [3]}
 * matches. It is read and checked once, when the pattern is built; a search allocates nothing
 * (its state is the thread's), so one instance serves any number of threads. A pattern with
 * lookaheads at the text's start is the object {@code {"all": [programs], "none": [programs]}}: it
 * matches when every program of "all" does and none of "none" does.
 */
public final class LinearPattern extends PatternSearch {
    private static final int CONSUME = 0;
    private static final int FORK = 1;
    private static final int ASSERT = 2;
    private static final int MATCH = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int[][] code;
    /** A pattern with lookaheads at its start: its parts' matchers (then {@link #code} is unused); else null. */
    private final LinearPattern[] all;
    private final LinearPattern[] none;

    /** The program as JSON text; throws SchemaException when it is not a well-formed program. */
    public LinearPattern(String program) {
        this(parse(program));
    }

    /** The program as a JSON array; throws SchemaException when it is not a well-formed program. */
    public LinearPattern(JsonNode program) {
        if (program != null && program.isObject()) {
            this.all = parts(program.get("all"));
            this.none = parts(program.get("none"));
            this.code = new int[][] {{MATCH}};
        } else {
            this.all = null;
            this.none = null;
            this.code = read(program);
        }
    }

    private static LinearPattern[] parts(JsonNode programs) {
        if (programs == null || !programs.isArray()) throw malformed("an object without its \"all\" and \"none\" arrays of programs");
        LinearPattern[] parts = new LinearPattern[programs.size()];
        for (int k = 0; k < parts.length; k++) {
            if (!programs.get(k).isArray()) throw malformed("a part that is not a program");
            parts[k] = new LinearPattern(programs.get(k));
        }
        return parts;
    }

    private static JsonNode parse(String program) {
        try {
            return MAPPER.readTree(program);
        } catch (IOException e) {
            throw new SchemaException("a linear pattern program is not JSON: " + e.getMessage());
        }
    }

    /** The instructions, every one checked so that no search can index outside the program. */
    private static int[][] read(JsonNode program) {
        if (program == null || !program.isArray() || program.size() == 0) throw malformed("not a non-empty array");
        int n = program.size();
        int[][] code = new int[n][];
        for (int pc = 0; pc < n; pc++) {
            JsonNode node = program.get(pc);
            if (!node.isArray() || node.size() == 0) throw malformed("instruction " + pc + " is not a non-empty array");
            int[] op = new int[node.size()];
            for (int i = 0; i < op.length; i++) {
                JsonNode v = node.get(i);
                if (!v.canConvertToInt() || !v.isIntegralNumber()) throw malformed("instruction " + pc + " holds " + v);
                op[i] = v.intValue();
            }
            boolean ok;
            switch (op[0]) {
                case CONSUME:
                    ok = op.length >= 2 && op.length % 2 == 0 && target(op[1], n);
                    for (int i = 2; ok && i < op.length; i += 2) ok = op[i] <= op[i + 1] && (i == 2 || op[i - 1] < op[i]);
                    break;
                case FORK:
                    ok = true;
                    for (int i = 1; ok && i < op.length; i++) ok = target(op[i], n);
                    break;
                case ASSERT:
                    ok = op.length == 3 && op[1] >= 0 && op[1] <= 3 && target(op[2], n);
                    break;
                case MATCH:
                    ok = op.length == 1;
                    break;
                default:
                    ok = false;
            }
            if (!ok) throw malformed("instruction " + pc + " " + Arrays.toString(op) + " is not one the matcher runs");
            code[pc] = op;
        }
        return code;
    }

    private static boolean target(int pc, int n) {
        return pc >= 0 && pc < n;
    }

    private static SchemaException malformed(String why) {
        return new SchemaException("a linear pattern program is malformed: " + why);
    }

    /** Whether the pattern matches somewhere in {@code text}. */
    @Override
    public boolean find(String text) {
        if (all != null) {
            for (LinearPattern part : all) {
                if (!part.find(text)) {
                    return false;
                }
            }
            for (LinearPattern part : none) {
                if (part.find(text)) {
                    return false;
                }
            }
            return true;
        }
        State state = STATE.get().reset(code.length);
        int[] carriedStates = state.carried;
        int carried = 0;
        int prev = -1; // the code point before the position (-1: the text's start)
        for (int i = 0, step = 0; ; step++) {
            int c = i < text.length() ? text.codePointAt(i) : -1; // the code point at the position (-1: the end)
            // Every state reachable here without consuming, from the states carried over and from a
            // new start (a search may begin anywhere).
            state.waitingSize = 0;
            for (int s = 0; s < carried; s++) if (follow(state, carriedStates[s], step, prev, c)) return true;
            if (follow(state, 0, step, prev, c)) return true;
            if (c < 0) return false;
            // The code point read: the waiting states whose ranges hold it go on to their next instruction.
            carried = 0;
            int[] waiting = state.waiting;
            for (int s = 0; s < state.waitingSize; s++) {
                int[] op = code[waiting[s]];
                if (inRanges(op, c)) carriedStates[carried++] = op[1];
            }
            prev = c;
            i += c > 0xffff ? 2 : 1;
        }
    }

    /** Follows the instructions that consume nothing from {@code pc}, adding the consuming ones to {@code waiting}; true at a match. */
    private boolean follow(State state, int pc, int step, int prev, int c) {
        int[] seen = state.seen;
        int[] stack = state.stack;
        int[] waiting = state.waiting;
        if (seen[pc] == step) return false;
        seen[pc] = step;
        int top = 0;
        stack[top++] = pc;
        while (top > 0) {
            int at = stack[--top];
            int[] op = code[at];
            int from = 1;
            int to = op.length;
            switch (op[0]) {
                case CONSUME:
                    waiting[state.waitingSize++] = at;
                    continue;
                case MATCH:
                    return true;
                case ASSERT:
                    if (!holds(op[1], prev, c)) continue;
                    from = 2;
                    to = 3;
                    break;
                default:
                    break;
            }
            for (int t = from; t < to; t++) {
                int target = op[t];
                if (seen[target] != step) {
                    seen[target] = step;
                    stack[top++] = target;
                }
            }
        }
        return false;
    }

    /** ECMA-262's \w without the "i" flag, which {@code \b} looks at: [A-Za-z0-9_]. */
    private static boolean isWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Whether an assertion holds between code points {@code prev} and {@code c} (-1: the text's start or end). */
    private static boolean holds(int kind, int prev, int c) {
        switch (kind) {
            case 0:
                return prev < 0;
            case 1:
                return c < 0;
            default:
                boolean boundary = (prev >= 0 && isWord(prev)) != (c >= 0 && isWord(c));
                return kind == 2 ? boundary : !boundary;
        }
    }

    /** Whether {@code c} lies in one of a consuming instruction's ranges (from index 2, sorted): a binary search. */
    private static boolean inRanges(int[] op, int c) {
        int lo = 0;
        int hi = (op.length - 2) / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < op[2 + 2 * mid]) hi = mid - 1;
            else if (c > op[3 + 2 * mid]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /**
     * A thread's search state, shared by every pattern (a search never starts another), grown to
     * the longest program the thread has run: each array holds at most one entry per instruction
     * (a state is followed once per step).
     */
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private static final class State {
        /** The states after the last code point consumed (the search goes on from each). */
        int[] carried = new int[0];
        /** The consuming states reached at the position, which the next code point may move on. */
        int[] waiting = new int[0];
        int waitingSize;
        /** {@code seen[pc] == step}: state pc is reached at this step already. */
        int[] seen = new int[0];
        int[] stack = new int[0];

        State reset(int n) {
            if (seen.length < n) {
                carried = new int[n];
                waiting = new int[n];
                seen = new int[n];
                stack = new int[n];
            }
            Arrays.fill(seen, 0, n, -1);
            waitingSize = 0;
            return this;
        }
    }
}
