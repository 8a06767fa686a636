package org.parley.rules.examples;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line prints reports: {@code text} for people, {@code json} for programs,
 * {@code html} for a page people read, print and pass on.
 */
enum ReportFormat {
    /** A summary line and a line per violation; see {@link TextReport}. */
    TEXT,
    /** One JSON document per file, one per line; see {@link JsonReport}. */
    JSON,
    /** One self-contained HTML page for one file; see {@link org.parley.rules.examples.html.HtmlReport}. */
    HTML;

    /** Reads {@code --format}, spelled in lower case as the usage shows it. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return switch (value) {
                case "text" -> TEXT;
                case "json" -> JSON;
                case "html" -> HTML;
                default -> throw new TypeConversionException("expected text, json or html, got '" + value + "'");
            };
        }
    }

    /** Reads {@code --format} of a command that prints text or JSON only ({@code replay}). */
    static final class TextOrJsonConverter implements ITypeConverter<ReportFormat> {
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
