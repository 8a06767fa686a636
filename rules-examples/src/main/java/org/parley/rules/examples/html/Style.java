package org.parley.rules.examples.html;

/** The page's one style sheet: readable on screen, printable on A4, colours of sufficient contrast. */
final class Style {

    private Style() {
    }

    /**
     * Text is #1a1a1a on white (17:1); the colours of severities and marks are dark enough
     * for 4.5:1 against white: #a50e0e error, #7a4a00 warning, #1d4f91 info and releases.
     */
    static final String CSS = """
            :root { color: #1a1a1a; background: #fff; font: 15px/1.45 system-ui, "DejaVu Sans", Arial, sans-serif; }
            body { max-width: 1000px; margin: 0 auto; padding: 0 16px 32px; }
            h1 { font-size: 1.6em; margin: 0.6em 0 0.2em; }
            h2 { font-size: 1.3em; border-bottom: 2px solid #1d4f91; padding-bottom: 2px; margin-top: 1.6em; }
            h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
            a { color: #1d4f91; }
            nav ul { list-style: none; padding: 0; margin: 0.4em 0; }
            nav li { display: inline; margin-right: 1em; }
            .verdict { font-size: 1.1em; }
            .verdict.ok strong { color: #1b5e20; }
            .verdict.bad strong { color: #a50e0e; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.92em; }
            caption { text-align: left; font-weight: bold; padding: 4px 0; }
            th, td { border: 1px solid #8c8c8c; padding: 3px 6px; text-align: left; vertical-align: top; }
            thead th { background: #e8edf5; }
            tbody th { font-weight: normal; }
            .id { font-family: "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
            td.message { overflow-wrap: anywhere; }
            table.error caption .sev, td.severity { font-weight: bold; }
            table.error caption .sev { color: #a50e0e; }
            table.warning caption .sev { color: #7a4a00; }
            table.info caption .sev { color: #1d4f91; }
            ul.changes { margin: 0; padding-left: 1.1em; }
            .capped { font-style: italic; }
            figure { margin: 0.4em 0 1em; }
            figure svg { width: 100%; height: auto; border: 1px solid #c8c8c8; }
            figcaption { font-size: 0.92em; }
            svg text { font: 11px system-ui, "DejaVu Sans", Arial, sans-serif; fill: #1a1a1a; }
            svg .lane { fill: #f4f6fa; }
            svg .bar { fill: #1d4f91; }
            svg .bar.none { fill: #fff; stroke: #1d4f91; stroke-width: 1; }
            svg .unscheduled .bar { fill: #7a4a00; }
            svg .unscheduled .bar.none { fill: #fff; stroke: #7a4a00; }
            svg .scheduled { fill: #1b5e20; }
            svg .missed { stroke: #a50e0e; stroke-width: 2.5; }
            svg .deadline { stroke: #a50e0e; stroke-width: 1.5; stroke-dasharray: 5 3; }
            svg .asof { stroke: #1a1a1a; stroke-width: 1.5; }
            svg .signed { stroke: #555; stroke-width: 1; stroke-dasharray: 2 2; }
            svg .axis { stroke: #555; stroke-width: 1; }
            svg .commitment { stroke: #a50e0e; stroke-width: 1.5; stroke-dasharray: 6 3; fill: none; }
            svg .handed { stroke: #1d4f91; stroke-width: 2; fill: none; }
            svg .handover { fill: #1d4f91; }
            .legend span { margin-right: 1.2em; white-space: nowrap; }
            .swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em; margin-right: 0.3em; }
            @page { size: A4; margin: 12mm; }
            @media print {
              :root { font-size: 9.5pt; }
              body { max-width: none; padding: 0; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              h2, h3, caption { break-after: avoid; }
              tr, figure { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;
}
