package org.parley.rules.examples;

import java.util.Locale;
import org.parley.rules.json.ReaderLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that read scenarios: how large a file they read. */
final class ReaderOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Size.class,
            description = "The largest scenario file read, in bytes or with K, M or G (powers of 1024); default "
                    + "512M, which admits 1,000,000 detainees.")
    private long maxFileSize = ReaderLimits.defaults().maxFileBytes();

    /** The reader's limits with these options. */
    ReaderLimits limits() {
        return ReaderLimits.defaults().withMaxFileBytes(maxFileSize);
    }

    /** A size such as {@code 1048576}, {@code 64K}, {@code 512M} or {@code 1G}. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String text = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (text.endsWith("K") || text.endsWith("M") || text.endsWith("G")) {
                unit = switch (text.charAt(text.length() - 1)) {
                    case 'K' -> 1L << 10;
                    case 'M' -> 1L << 20;
                    default -> 1L << 30;
                };
                text = text.substring(0, text.length() - 1);
            }
            try {
                long size = Math.multiplyExact(Long.parseLong(text), unit);
                if (size > 0) {
                    return size;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // Reported below with the rule for a size.
            }
            throw new TypeConversionException("'" + value + "' is not a size; expected a positive number of bytes, "
                    + "or one with K, M or G, such as 512M");
        }
    }
}
