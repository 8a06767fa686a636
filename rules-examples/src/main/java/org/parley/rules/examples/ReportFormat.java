package org.parley.rules.examples;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line prints reports: {@code text} for people, {@code json} for programs.
 */
enum ReportFormat {
    /** A summary line and a line per violation; see {@link TextReport}. */
    TEXT,
    /** One JSON document per file, one per line; see {@link JsonReport}. */
    JSON;

    /** Reads {@code --format}, spelled in lower case as the usage shows it. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return switch (value) {
                case "text" -> TEXT;
                case "json" -> JSON;
                default -> throw new TypeConversionException("expected text or json, got '" + value + "'");
            };
        }
    }
}
