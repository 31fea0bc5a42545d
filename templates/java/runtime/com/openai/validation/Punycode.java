package com.openai.validation;

import java.util.Arrays;

/** RFC 3492 Punycode (the part after "xn--"), as IDNA uses it: null for what does not code. */
final class Punycode {
    private Punycode() {}

    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0' + 26;
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        return -1;
    }

    static int[] decode(String input) {
        int basic = input.lastIndexOf('-');
        int[] output = new int[input.length()];
        int length = 0;
        for (int j = 0; j < Math.max(basic, 0); j++) {
            char c = input.charAt(j);
            if (c >= 0x80) return null;
            output[length++] = c;
        }
        long n = INITIAL_N;
        long i = 0;
        int bias = INITIAL_BIAS;
        for (int in = basic > 0 ? basic + 1 : 0; in < input.length(); ) {
            long oldi = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) return null;
                int d = digit(input.charAt(in++));
                if (d < 0) return null;
                i += d * w;
                if (i > Integer.MAX_VALUE) return null;
                int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (d < t) break;
                w *= BASE - t;
                if (w > Integer.MAX_VALUE) return null;
            }
            bias = adapt((int) (i - oldi), length + 1, oldi == 0);
            n += i / (length + 1);
            i %= length + 1;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
            System.arraycopy(output, (int) i, output, (int) i + 1, length - (int) i);
            output[(int) i++] = (int) n;
            length++;
        }
        return Arrays.copyOf(output, length);
    }

    static String encode(int[] input) {
        StringBuilder out = new StringBuilder();
        for (int cp : input) if (cp < 0x80) out.append((char) cp);
        int basic = out.length();
        int handled = basic;
        if (basic > 0) out.append('-');
        long n = INITIAL_N;
        long delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < input.length) {
            long m = Long.MAX_VALUE;
            for (int cp : input) if (cp >= n && cp < m) m = cp;
            delta += (m - n) * (handled + 1);
            if (delta > Integer.MAX_VALUE) return null;
            n = m;
            for (int cp : input) {
                if (cp < n) delta++;
                if (cp == n) {
                    long q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                        if (q < t) break;
                        out.append(digitChar(t + (int) ((q - t) % (BASE - t))));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digitChar((int) q));
                    bias = adapt((int) delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    private static char digitChar(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }
}
