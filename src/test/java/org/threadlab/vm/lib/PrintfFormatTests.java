package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PrintfFormat against glibc: every expected string was printed by gcc 13 / glibc on x86-64
 * Linux from the same format and arguments (generated once by a small C program, then pasted).
 */
class PrintfFormatTests {

    /** One case: expected output, format, arguments (Long, Double or String). */
    static Arguments row(String expected, String format, Object... args) {
        return Arguments.of(expected, format, args);
    }

    static Stream<Arguments> glibcCases() {
        return Stream.of(
                row("42", "%d", (long) (int) (42)),
                row("-42", "%d", (long) (int) (-42)),
                row("   42|", "%5d|", (long) (int) (42)),
                row("42   |", "%-5d|", (long) (int) (42)),
                row("-0042", "%05d", (long) (int) (-42)),
                row("+42", "%+d", (long) (int) (42)),
                row(" 42", "% d", (long) (int) (42)),
                row("007", "%.3d", (long) (int) (7)),
                row("    -007|", "%8.3d|", (long) (int) (-7)),
                row("|", "%.0d|", (long) (int) (0)),
                row("2147483647", "%i", (long) (int) (2147483647)),
                row("-2147483648", "%d", (long) (int) ((-2147483647-1))),
                row("4294967295", "%u", (long) (int) (-1)),
                row("18446744073709551615", "%lu", (long) (-1L)),
                row("-9223372036854775808", "%ld", (long) ((-9223372036854775807L-1))),
                row("123456789012345", "%lld", (long) (123456789012345L)),
                row("4464", "%hd", (long) (int) (70000)),
                row("44", "%hhd", (long) (int) (300)),
                row("255", "%hhu", (long) (int) (-1)),
                row("65535", "%hu", (long) (int) (-1)),
                row("ff", "%x", (long) (int) (255)),
                row("FF", "%X", (long) (int) (255)),
                row("0xff", "%#x", (long) (int) (255)),
                row("0", "%#X", (long) (int) (0)),
                row("010", "%#o", (long) (int) (8)),
                row("0", "%#o", (long) (int) (0)),
                row("10", "%o", (long) (int) (8)),
                row("0", "%#.0o", (long) (int) (0)),
                row("0000beef", "%08x", (long) (int) (48879)),
                row("0x0000beef", "%#010x", (long) (int) (48879)),
                row("ffffffffffffffff", "%lx", (long) (-1L)),
                row("17", "%zu", (long) (17L)),
                row("    42|", "%*d|", (long) (int) (6), (long) (int) (42)),
                row("42    |", "%-*d|", (long) (int) (6), (long) (int) (42)),
                row("42    |", "%*d|", (long) (int) (-6), (long) (int) (42)),
                row("0042", "%.*d", (long) (int) (4), (long) (int) (42)),
                row("42", "%.*d", (long) (int) (-1), (long) (int) (42)),
                row("A", "%c", (long) (int) (65)),
                row("  A|", "%3c|", (long) (int) (65)),
                row("A  |", "%-3c|", (long) (int) (65)),
                row("hello", "%s", "hello"),
                row("   hello|", "%8s|", "hello"),
                row("hello   |", "%-8s|", "hello"),
                row("he", "%.2s", "hello"),
                row("    h|", "%5.1s|", "hello"),
                row("%", "%%"),
                row("a%b", "a%%b"),
                row("3.141590", "%f", (double) (3.14159)),
                row("3.14", "%.2f", (double) (3.14159)),
                row("2", "%.0f", (double) (2.5)),
                row("4", "%.0f", (double) (3.5)),
                row("3.", "%#.0f", (double) (3.0)),
                row("    -3.142|", "%10.3f|", (double) (-3.14159)),
                row("3.142     |", "%-10.3f|", (double) (3.14159)),
                row("-00003.142", "%010.3f", (double) (-3.14159)),
                row("+1.000000", "%+f", (double) (1.0)),
                row(" 1.000000", "% f", (double) (1.0)),
                row("0.000000", "%f", (double) (0.0)),
                row("-0.000000", "%f", (double) (-0.0)),
                row("100000000000000000000.000000", "%f", (double) (1e20)),
                row("0.1000000000", "%.10f", (double) (0.1)),
                row("inf", "%f", (double) (1.0/0.0)),
                row("-inf", "%f", (double) (-1.0/0.0)),
                row("INF", "%F", (double) (1.0/0.0)),
                row("  inf|", "%5f|", (double) (1.0/0.0)),
                row(" -inf|", "%05f|", (double) (-1.0/0.0)),
                row("1.234568e+04", "%e", (double) (12345.678)),
                row("1.230000E-04", "%E", (double) (0.000123)),
                row("5e+00", "%.0e", (double) (5.0)),
                row("5.e+00", "%#.0e", (double) (5.0)),
                row("0.000000e+00", "%e", (double) (0.0)),
                row("1.000e-300", "%.3e", (double) (1e-300)),
                row("1.000000e+100", "%e", (double) (1e100)),
                row(" -1.0000e+01|", "%12.4e|", (double) (-9.99999)),
                row("0.0001", "%g", (double) (0.0001)),
                row("1e-05", "%g", (double) (0.00001)),
                row("123456", "%g", (double) (123456)),
                row("1.23457e+06", "%g", (double) (1234567)),
                row("3.14159", "%g", (double) (3.14159)),
                row("1E-10", "%G", (double) (1e-10)),
                row("3.14", "%.3g", (double) (3.14159)),
                row("1.00000", "%#g", (double) (1.0)),
                row("100", "%g", (double) (100)),
                row("1e+02", "%.0g", (double) (123)),
                row("0", "%g", (double) (0.0)),
                row("        10|", "%10.4g|", (double) (9.99999)),
                row("1e+15", "%g", (double) (1e15)),
                row("0.1", "%.15g", (double) (0.1)),
                row("0.10000000000000001", "%.17g", (double) (0.1)),
                row("-2.5e-05", "%g", (double) (-2.5e-5)),
                row("0.125000", "%f", (double) (0.125)),
                row("0.12", "%.2f", (double) (0.125)),
                row("0.38", "%.2f", (double) (0.375)),
                row("0.1", "%.1f", (double) (0.05)),
                row("1.000", "%.3f", (double) (1.0005)),
                row("123456789.123457", "%f", (double) (123456789.123456789)),
                row("0.33333333333333331483", "%.20f", (double) (1.0/3.0)),
                row("   ab|3    |z", "%5s|%-5d|%c", "ab", (long) (int) (3), (long) (int) (122)),
                row("x=3, y=2.2\n", "x=%d, y=%.1f\n", (long) (int) (3), (double) (2.25)),
                row("+005", "%+.3d", (long) (int) (5)),
                row("+0005", "%+05d", (long) (int) (5)),
                row(" 0005", "% 05d", (long) (int) (5)),
                row("5    |", "%-05d|", (long) (int) (5)),
                row("5", "%+u", (long) (int) (5)),
                row("   ab|", "%05s|", "ab"),
                row("001", "%.3x", (long) (int) (1)),
                row("0x001", "%#.3x", (long) (int) (1)),
                row("  0x1|", "%#5x|", (long) (int) (1)),
                row("(nil)", "%p", (long) 0),
                row("0x1234", "%p", (long) 0x1234L),
                row("    0x1234|", "%10p|", (long) 0x1234L),
                row("(nil)     |", "%-10p|", (long) 0),
                row("-5", "%ld", (long) (-5L)),
                row("-5", "%jd", (long) (-5L)),
                row("-5", "%td", (long) (-5L)),
                row("-1", "%lld", (long) (-1L)),
                row("    0|", "%5.0f|", (double) (0.5)),
                row("2", "%.0f", (double) (1.5)),
                row("0.5", "%g", (double) (0.5)),
                row("1e-05", "%g", (double) (1e-5)),
                row("99999.9", "%g", (double) (99999.95)),
                row("9.99e+00", "%.2e", (double) (9.995)),
                row("2.5e-01", "%.1e", (double) (0.25)));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("glibcCases")
    void formatsAsGlibcDoes(String expected, String format, Object[] args) {
        assertThat(format(format, args)).isEqualTo(expected);
    }

    @Test
    void percentNStoresTheBytesSoFarWithItsLengthModifier() {
        List<String> stores = new ArrayList<>();
        byte[] out = PrintfFormat.format("ab%ncd%hhn%5d%ln%hn".getBytes(StandardCharsets.UTF_8),
                new java.util.Iterator<Long>() {
                    private final long[] values = {100, 200, 7, 300, 400};
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < values.length;
                    }

                    @Override
                    public Long next() {
                        return values[i++];
                    }
                }::next,
                (address, max) -> new byte[0],
                (address, size, count) -> stores.add(address + ":" + size + ":" + count));
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("abcd    7");
        assertThat(stores).containsExactly("100:4:2", "200:1:4", "300:8:9", "400:2:9");
    }

    /** Formats with strings placed at fake addresses 1<<32, 2<<32, ... */
    static String format(String format, Object... args) {
        List<Long> values = new ArrayList<>();
        List<byte[]> strings = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof String s) {
                strings.add(s.getBytes(StandardCharsets.UTF_8));
                values.add((long) strings.size() << 32);
            } else if (a instanceof Double d) {
                values.add(Double.doubleToRawLongBits(d));
            } else {
                values.add((Long) a);
            }
        }
        int[] next = {0};
        byte[] out = PrintfFormat.format(format.getBytes(StandardCharsets.UTF_8),
                () -> values.get(next[0]++),
                (address, max) -> {
                    byte[] s = strings.get((int) (address >>> 32) - 1);
                    return Arrays.copyOf(s, Math.min(s.length, max));
                });
        return new String(out, StandardCharsets.UTF_8);
    }
}
