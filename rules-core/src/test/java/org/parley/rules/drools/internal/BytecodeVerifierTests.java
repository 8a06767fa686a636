package org.parley.rules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BytecodeVerifierTests {

    private static final String HEADER = "package t;\n"
            + "import java.util.*;\nimport java.time.*;\nimport java.util.stream.*;\n"
            + "import org.parley.rules.model.*;\nimport org.parley.rules.drools.facts.*;\n"
            + "class Code {\n    static Object run(Detainee d, List<String> ids, String s) throws Exception {\n";

    private static List<String> findings(String body) {
        Map<String, byte[]> classes = InMemoryJavac.compile("t.Code", HEADER + "        " + body + "\n    }\n}\n");
        List<BytecodeVerifier.Unit> units = classes.values().stream()
                .map(bytes -> new BytecodeVerifier.Unit(bytes, true)).toList();
        return BytecodeVerifier.verify(units, MemberAllowlist.restricted()).stream()
                .map(BytecodeVerifier.Finding::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fact accessors and strings  | return d.id().toUpperCase() + d.birthDate().map(b -> b.plusYears(25)).orElse(null);",
        "collection reads            | return ids.size() > 1 && ids.contains(s) ? List.copyOf(ids).get(0) : Set.of(s);",
        "sequential streams          | return ids.stream().filter(x -> !x.isEmpty()).map(String::trim).sorted().collect(Collectors.joining(\", \"));",
        "java.time arithmetic        | return LocalDate.of(2025, 6, 2).plusDays(3).isAfter(LocalDate.parse(s));",
        "boxing and Math             | return Integer.valueOf(Math.max(3, Integer.parseInt(s))).longValue() + Long.MAX_VALUE;",
        "the reporting helper        | return Report.sortedList(ids, 3) + Report.count(2, \"detainee\");",
        "enum constants              | return d.status() == Status.CIVILIAN ? Basis.YOUNG : Category.CIVILIAN;",
        "comparators                 | return ids.stream().sorted(Comparator.comparing(String::length).reversed()).toList();",
        "forward branches only       | if (s.isEmpty()) { return 1; } else { return s.length() > 3 ? 2 : 3; }",
    })
    void allowedCode_passes(String what, String body) {
        assertThat(findings(body)).as(what).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "System.exit               | System.exit(1); return null;                                | call java.lang.System.exit(int)",
        "System.out                | System.out.println(s); return null;                         | field java.lang.System.out",
        "Runtime exec              | return Runtime.getRuntime().exec(s);                        | call java.lang.Runtime.getRuntime()",
        "ProcessBuilder            | return new ProcessBuilder(s);                               | new java.lang.ProcessBuilder(java.lang.String[])",
        "getClass                  | return d.getClass();                                        | call java.lang.Object.getClass()",
        "Class constant            | return Detainee.class;                                      | a Class constant org.parley.rules.model.Detainee.class",
        "class loader via .class   | return String.class.getClassLoader();                       | a Class constant java.lang.String.class",
        "method handles            | return java.lang.invoke.MethodHandles.lookup();             | call java.lang.invoke.MethodHandles.lookup()",
        "Formatter opens a file    | return new Formatter(s);                                    | new java.util.Formatter(java.lang.String)",
        "file stream               | return new java.io.FileOutputStream(s);                     | new java.io.FileOutputStream(java.lang.String)",
        "TimeZone.setDefault       | TimeZone.setDefault(null); return null;                     | call java.util.TimeZone.setDefault(java.util.TimeZone)",
        "Locale.setDefault         | Locale.setDefault(Locale.ROOT); return null;                | call java.util.Locale.setDefault(java.util.Locale)",
        "parallel stream           | return ids.parallelStream().count();                        | call java.util.List.parallelStream()",
        "parallel()                | return ids.stream().parallel().count();                     | call java.util.stream.Stream.parallel()",
        "infinite stream           | return Stream.iterate(0, i -> i + 1).count();               | call java.util.stream.Stream.iterate(java.lang.Object, java.util.function.UnaryOperator)",
        "thread                    | new Thread(() -> {}).start(); return null;                  | new java.lang.Thread(java.lang.Runnable)",
        "mutable collection        | return new ArrayList<String>(ids);                          | new java.util.ArrayList(java.util.Collection)",
        "list mutation             | ids.clear(); return null;                                   | call java.util.List.clear()",
        "BigInteger.pow            | return java.math.BigInteger.TEN.pow(Integer.MAX_VALUE);     | field java.math.BigInteger.TEN",
        "system property via boxes | return Integer.getInteger(s);                               | call java.lang.Integer.getInteger(java.lang.String)",
        "the clock                 | return LocalDate.now();                                     | call java.time.LocalDate.now()",
        "method reference escape   | return ids.stream().map(System::getProperty).toList();      | method reference java.lang.System.getProperty(java.lang.String)",
        "lambda type outside       | Runnable r = () -> {}; return r;                            | a lambda of java.lang.Runnable",
        "while loop                | int i = 0; while (s.length() > i) { i++; } return i;        | a loop (backward jump): rule code must not loop",
        "for loop                  | int n = 0; for (String x : ids) { n++; } return n;          | a loop (backward jump): rule code must not loop",
        "synchronized              | synchronized (s) { return s; }                              | a synchronized block",
    })
    void forbiddenCode_isFoundWithItsLine(String what, String body, String expected) {
        assertThat(findings(body)).as(what).anySatisfy(f -> assertThat(f).startsWith("t.Code.run(")
                .contains("(line 9): " + expected));
    }

    @Test
    void recordsAndSwitchBootstraps_areRefused() {
        List<String> found = findings("record P(int x) {} return new P(1).equals(new P(2));");
        assertThat(found).anySatisfy(f -> assertThat(f).contains("extends java.lang.Record"));
        assertThat(found).anySatisfy(f -> assertThat(f).contains("invokedynamic with bootstrap java.lang.runtime.ObjectMethods.bootstrap"));
    }

    @Test
    void classesVerifiedTogether_mayCallEachOther() {
        Map<String, byte[]> classes = InMemoryJavac.compile("t.A", "package t;\nclass A { static int f(int x) { return B.g(x) + 1; } }\n"
                + "class B { static int g(int x) { return Math.abs(x); } }\n");
        List<BytecodeVerifier.Unit> both = classes.values().stream().map(b -> new BytecodeVerifier.Unit(b, true)).toList();
        assertThat(BytecodeVerifier.verify(both, MemberAllowlist.restricted())).isEmpty();
        assertThat(BytecodeVerifier.verify(classes.get("t/A"), MemberAllowlist.restricted()))
                .extracting(BytecodeVerifier.Finding::toString)
                .containsExactly("t.A.f(I)I (line 2): call t.B.g(int) (not on the allowlist)");
    }

    @Test
    void loops_areAllowedWhereTheClassIsNotHeldToIt() {
        Map<String, byte[]> classes = InMemoryJavac.compile("t.L", "package t;\nclass L { static int f(int n) { int s = 0;"
                + " for (int i = 0; i < n; i++) { s += i; } return s; } }\n");
        assertThat(BytecodeVerifier.verify(List.of(new BytecodeVerifier.Unit(classes.get("t/L"), false)),
                MemberAllowlist.restricted())).isEmpty();
        assertThat(BytecodeVerifier.verify(classes.get("t/L"), MemberAllowlist.restricted()))
                .extracting(BytecodeVerifier.Finding::what)
                .containsExactly("a loop (backward jump): rule code must not loop");
    }

    @Test
    void theAllowlistIsMembersNotPackages() {
        MemberAllowlist allow = MemberAllowlist.restricted();
        assertThat(allow.allowsMethod("java/lang/String", "length", "()I")).isTrue();
        assertThat(allow.allowsMethod("java/lang/String", "length", "(I)I")).isFalse();
        assertThat(allow.allowsMethod("java/lang/System", "currentTimeMillis", "()J")).isFalse();
        assertThat(allow.allowsMethod("java/util/List", "add", "(Ljava/lang/Object;)Z")).isFalse();
        assertThat(allow.allowsMethod("java/util/List", "get", "(I)Ljava/lang/Object;")).isTrue();
    }
}
