package org.parley.rules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.parley.rules.ValidationReport;
import org.parley.rules.model.AgeLimitTerm;
import org.parley.rules.model.AgreedListsTerm;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.AllForAllTerm;
import org.parley.rules.model.Batch;
import org.parley.rules.model.CadenceTerm;
import org.parley.rules.model.ConsentTerm;
import org.parley.rules.model.Detainee;
import org.parley.rules.model.DetaineeList;
import org.parley.rules.model.EligibilityTerm;
import org.parley.rules.model.ExchangeRecord;
import org.parley.rules.model.ParityTerm;
import org.parley.rules.model.Party;
import org.parley.rules.model.ReferenceDate;
import org.parley.rules.model.Remains;
import org.parley.rules.model.RemainsTerm;
import org.parley.rules.model.SimultaneityTerm;
import org.parley.rules.model.Term;
import org.parley.rules.model.Transfer;
import org.parley.rules.model.WoundedPriorityTerm;

/**
 * The whole command line on a large file: writes {@link LargeRecords#record(int)} as a
 * scenario file (the format of {@code shared/spec/scenario-format.md}), then runs
 * {@code java -Xmx2g -jar rules-examples/target/parley.jar validate FILE} on it and prints the
 * file's size, the wall time and the exit status, beside what the fast pass finds in the same
 * record (the exit status to expect: 1, the record has errors).
 *
 * <pre>
 * java -cp "rules-benchmarks/target/benchmarks.jar:rules-benchmarks/target/lib/*" \
 *      org.parley.rules.benchmarks.LargeScenarioFile 1000000 /tmp/large.json [more parley arguments]
 * </pre>
 *
 * <p>Arguments after the file are passed to {@code parley validate} (for example a file-size
 * option). The system property {@code parley.jar} sets the jar (default
 * {@code rules-examples/target/parley.jar}), {@code parley.heap} the heap (default {@code 2g}).
 */
public final class LargeScenarioFile {

    private LargeScenarioFile() {
    }

    /**
     * Writes the file and runs the command line on it.
     *
     * @param args detainee count, file path, then extra arguments of {@code parley validate}
     * @throws IOException          if the file cannot be written or the process started
     * @throws InterruptedException if interrupted while waiting for the process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: LargeScenarioFile DETAINEES FILE [parley validate options]");
            System.exit(2);
        }
        int detainees = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        ExchangeRecord record = LargeRecords.record(detainees);
        long start = System.nanoTime();
        write(record, file);
        System.out.printf("wrote %,d detainees to %s: %,d bytes in %,d ms%n", detainees, file, Files.size(file),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        ValidationReport expected = new FastPass().validate(record);
        System.out.printf("the fast pass finds %,d violations (%,d errors): expect exit status %d%n",
                expected.violations().size(), expected.errors().size(), expected.isCompliant() ? 0 : 1);
        record = null;
        expected = null;

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx" + System.getProperty("parley.heap", "2g"), "-jar",
                System.getProperty("parley.jar", "rules-examples/target/parley.jar"), "validate", file.toString()));
        for (int i = 2; i < args.length; i++) {
            command.add(args[i]);
        }
        System.out.println("running: " + String.join(" ", command));
        Path stdout = Files.createTempFile("parley-large-", ".out");
        Path stderr = Files.createTempFile("parley-large-", ".err");
        start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        int status = process.waitFor();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("exit status %d after %,d ms wall time%n", status, millis);
        System.out.println("first line of standard output: " + firstLine(stdout));
        System.out.println("first line of standard error:  " + firstLine(stderr));
        System.out.println("(whole output in " + stdout + " and " + stderr + ")");
    }

    private static String firstLine(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(400);
            String text = new String(head, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }

    /** Writes a record as a scenario file, streaming: no whole document in memory. */
    static void write(ExchangeRecord record, Path file) {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(ExchangeRecord record, Writer out) throws IOException {
        Agreement a = record.agreement();
        out.write("{\"agreement\": {\"id\": " + str(a.id()) + ", \"title\": " + str(a.title()) + ", \"signedOn\": "
                + str(a.signedOn()) + ", \"timeZone\": " + str(a.timeZone().getId()));
        if (a.asOf().isPresent()) {
            out.write(", \"asOf\": " + str(a.asOf().get()));
        }
        out.write(",\n  \"parties\": [");
        String sep = "";
        for (Party p : a.parties()) {
            out.write(sep + "{\"code\": " + str(p.code()) + ", \"name\": " + str(p.name()) + "}");
            sep = ", ";
        }
        out.write("],\n  \"terms\": [");
        sep = "\n    ";
        for (Term term : a.terms()) {
            out.write(sep + term(term));
            sep = ",\n    ";
        }
        out.write("]},\n\"detainees\": [");
        sep = "\n  ";
        for (Detainee d : record.detainees()) {
            StringBuilder s = new StringBuilder("{\"id\": ").append(str(d.id()));
            d.name().ifPresent(n -> s.append(", \"name\": ").append(str(n)));
            s.append(", \"heldBy\": ").append(str(d.heldBy()));
            d.returnTo().ifPresent(r -> s.append(", \"returnTo\": ").append(str(r)));
            s.append(", \"status\": \"").append(d.status()).append('"');
            d.birthDate().ifPresent(b -> s.append(", \"birthDate\": ").append(str(b)));
            s.append(", \"condition\": \"").append(d.condition()).append("\", \"consent\": \"").append(d.consent())
                    .append("\"}");
            out.write(sep);
            out.write(s.toString());
            sep = ",\n  ";
        }
        out.write("],\n\"lists\": [");
        sep = "\n  ";
        for (DetaineeList list : record.lists()) {
            out.write(sep + "{\"requestedBy\": " + str(list.requestedBy()) + ", \"detainees\": [");
            String inner = "";
            for (String id : list.detainees()) {
                out.write(inner);
                out.write(str(id));
                inner = ", ";
            }
            out.write("]}");
            sep = ",\n  ";
        }
        out.write("],\n\"batches\": [");
        sep = "\n  ";
        for (Batch b : record.batches()) {
            out.write(sep + "{\"id\": " + str(b.id()) + ", \"date\": " + str(b.date()) + ", \"unilateral\": "
                    + b.unilateral() + ", \"transfers\": [");
            String inner = "\n    ";
            for (Transfer t : b.transfers()) {
                out.write(inner + "{\"detainee\": " + str(t.detainee()) + ", \"basis\": \"" + t.basis() + "\""
                        + t.at().map(at -> ", \"at\": " + str(at)).orElse("") + "}");
                inner = ",\n    ";
            }
            out.write("]}");
            sep = ",\n  ";
        }
        out.write("],\n\"remains\": [");
        sep = "\n  ";
        for (Remains r : record.remains()) {
            out.write(sep + "{\"id\": " + str(r.id()) + ", \"date\": " + str(r.date()) + ", \"from\": " + str(r.from())
                    + ", \"to\": " + str(r.to()) + ", \"count\": " + r.count() + "}");
            sep = ",\n  ";
        }
        out.write("]}\n");
    }

    private static String term(Term term) {
        String type = "{\"type\": " + str(term.type());
        if (term instanceof AllForAllTerm t) {
            return type + ", \"categories\": " + names(t.categories()) + ", \"completeBy\": " + str(t.completeBy())
                    + "}";
        } else if (term instanceof AgeLimitTerm t) {
            ReferenceDate r = t.referenceDate();
            String reference = r.fixed().map(LargeScenarioFile::str).orElse(str(r.mode().name()));
            return type + ", \"minAge\": " + t.minAge() + ", \"maxAgeExclusive\": " + t.maxAgeExclusive()
                    + ", \"referenceDate\": " + reference + "}";
        } else if (term instanceof WoundedPriorityTerm t) {
            return type + ", \"strict\": " + t.strict() + "}";
        } else if (term instanceof CadenceTerm t) {
            List<String> dates = new ArrayList<>();
            for (LocalDate d : t.schedule().dates()) {
                dates.add(str(d));
            }
            return type + ", \"schedule\": {\"dates\": [" + String.join(", ", dates) + "]}, \"severity\": \""
                    + t.severity() + "\"}";
        } else if (term instanceof ParityTerm t) {
            return type + ", \"scope\": \"" + t.scope() + "\", \"exempt\": " + names(t.exempt()) + "}";
        } else if (term instanceof SimultaneityTerm t) {
            return type + ", \"windowMinutes\": " + t.windowMinutes() + "}";
        } else if (term instanceof ConsentTerm t) {
            return type + ", \"requireRecorded\": " + t.requireRecorded() + "}";
        } else if (term instanceof RemainsTerm t) {
            return type + ", \"from\": " + str(t.from()) + ", \"commitment\": " + t.commitment() + ", \"completeBy\": "
                    + str(t.completeBy()) + "}";
        } else if (term instanceof AgreedListsTerm || term instanceof EligibilityTerm) {
            return type + "}";
        }
        throw new IllegalArgumentException("no scenario form for the term " + term.type() + " in this writer");
    }

    private static String names(Collection<? extends Enum<?>> values) {
        TreeSet<String> names = new TreeSet<>();
        values.forEach(v -> names.add(str(v.name())));
        return "[" + String.join(", ", names) + "]";
    }

    private static String str(Object value) {
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
