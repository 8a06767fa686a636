package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * What restricted mode refuses in a parsed rule file, before anything is compiled: the MVEL
 * dialect, a {@code package} in a reserved namespace (Parley's, the engine's, the JDK's, or
 * any package of a dependency: {@link ClasspathPackages}), {@code timer},
 * {@code calendars} and {@code duration} attributes, entry points, windows, accumulate
 * function imports, and consequences that call {@code insert}, {@code update},
 * {@code modify}, {@code delete} or {@code retract} (a custom rule reports through
 * {@code insertLogical(Report.violation(..))} alone). Each refusal is one problem at its
 * line and column, naming what was used and what is allowed.
 *
 * <p>What code may call is checked on the compiled classes ({@link BytecodeVerifier}); the
 * checks here are those the bytecode cannot see, or sees too late to say where.
 */
final class RestrictedDrl {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*(package)\\s+([\\w.$]+)");
    private static final Pattern CHANGE = Pattern.compile("(?<![\\w$.])(?:(?:drools|kcontext)\\s*\\.\\s*)?"
            + "(insert|update|modify|delete|retract)\\s*[({]|::\\s*(insert|update|modify|delete|retract)\\b");

    private RestrictedDrl() {
    }

    /** The refusals in one parsed file, by line and column. */
    static List<RuleProblem> check(RuleSource source, PackageDescr pkg) {
        // DRL keywords are read as written (the DRL parser decodes no unicode escape); the
        // Java of consequences as javac reads it.
        String code = JavaText.blankCommentsAndStrings(source.text());
        List<RuleProblem> problems = new ArrayList<>();
        String name = pkg.getName();
        if (!name.isEmpty()) {
            Matcher packageLine = PACKAGE.matcher(code);
            int offset = packageLine.find() ? packageLine.start(2) : 0;
            ClasspathPackages.reservedBy(name).ifPresent(owner -> problems.add(at(source, offset, "package " + name + " is reserved (" + owner + "); restricted mode "
                            + "allows rule files in a package of their own, such as org.example.rules")));
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            attribute(source, code, 0, attribute, problems);
        }
        for (AccumulateImportDescr imported : pkg.getAccumulateImports()) {
            problems.add(at(source, offsetOf(code, "accumulate", imported.getStartCharacter()),
                    "import accumulate " + imported.getTarget() + ": restricted mode allows the built-in "
                            + "accumulate functions only (count, sum, min, max, average, collectList, collectSet)"));
        }
        for (EntryPointDeclarationDescr entryPoint : pkg.getEntryPointDeclarations()) {
            problems.add(at(source, Math.max(0, entryPoint.getStartCharacter()), "declare entry-point "
                    + entryPoint.getEntryPointId() + ": restricted mode allows the default entry point only"));
        }
        for (WindowDeclarationDescr window : pkg.getWindowDeclarations()) {
            problems.add(at(source, Math.max(0, window.getStartCharacter()), "declare window "
                    + window.getName() + ": restricted mode allows no windows"));
        }
        for (RuleDescr rule : pkg.getRules()) {
            int start = Math.max(0, rule.getStartCharacter());
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                attribute(source, code, start, attribute, problems);
            }
            patterns(source, code, rule.getLhs(), problems);
            consequence(source, rule, problems);
        }
        problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return problems;
    }

    private static void attribute(RuleSource source, String code, int from, AttributeDescr attribute,
                                  List<RuleProblem> problems) {
        String name = attribute.getName().toLowerCase(Locale.ROOT);
        boolean refused = switch (name) {
            case "timer", "calendars", "duration" -> true;
            case "dialect" -> !"java".equalsIgnoreCase(RuleCompiler.unquote(attribute.getValue()));
            default -> false;
        };
        if (!refused) {
            return;
        }
        Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(code);
        int at = m.find(from) ? m.start() : Math.max(0, attribute.getStartCharacter());
        String allowed = name.equals("dialect")
                ? "dialect \"" + RuleCompiler.unquote(attribute.getValue()) + "\": restricted mode allows the java "
                        + "dialect only"
                : name + " " + attribute.getValue() + ": restricted mode allows no timers or calendars (a rule "
                        + "fires when its facts match, within the validation)";
        problems.add(at(source, at, allowed));
    }

    private static void patterns(RuleSource source, String code, BaseDescr descr, List<RuleProblem> problems) {
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                patterns(source, code, child, problems);
            }
        }
        if (descr instanceof PatternDescr pattern) {
            if (!pattern.getBehaviors().isEmpty()) {
                problems.add(at(source, offsetOf(code, "over", pattern.getStartCharacter()),
                        "over window: restricted mode allows no windows"));
            }
            source(source, code, pattern.getSource(), problems);
        }
    }

    private static void source(RuleSource source, String code, PatternSourceDescr from, List<RuleProblem> problems) {
        if (from instanceof EntryPointDescr entryPoint && !"DEFAULT".equals(entryPoint.getEntryId())) {
            problems.add(at(source, offsetOf(code, "entry-point", Math.max(0, entryPoint.getStartCharacter() - 40)),
                    "from entry-point " + entryPoint.getEntryId() + ": restricted mode allows the default entry "
                            + "point only"));
        } else if (from instanceof WindowReferenceDescr window) {
            problems.add(at(source, offsetOf(code, "window", Math.max(0, window.getStartCharacter() - 40)),
                    "from window " + window.getName() + ": restricted mode allows no windows"));
        } else if (from instanceof AccumulateDescr accumulate) {
            patterns(source, code, accumulate.getInput(), problems);
        } else if (from instanceof CollectDescr collect) {
            patterns(source, code, collect.getInputPattern(), problems);
        } else if (from instanceof FromDescr) {
            // from an expression: its code is compiled and verified like a constraint
            return;
        }
    }

    private static void consequence(RuleSource source, RuleDescr rule, List<RuleProblem> problems) {
        String text = source.text();
        List<Object> consequences = new ArrayList<>();
        consequences.add(rule.getConsequence());
        consequences.addAll(rule.getNamedConsequences().values());
        int from = Math.max(0, rule.getStartCharacter());
        for (Object consequence : consequences) {
            if (consequence == null) {
                continue;
            }
            String raw = consequence.toString();
            int start = text.indexOf(raw, from);
            if (start < 0) {
                start = Math.max(0, text.indexOf("then", from));
            }
            JavaText.Decoded body = JavaText.decode(raw);
            String blanked = JavaText.blankCommentsAndStrings(body.text());
            Matcher m = CHANGE.matcher(blanked);
            while (m.find()) {
                String call = m.group(1) != null ? m.group(1) : m.group(2);
                problems.add(at(source, start + body.original(m.start()), "rule \"" + rule.getName() + "\" calls " + call
                        + ": restricted mode allows a consequence to report with "
                        + "insertLogical(Report.violation(..)) (or insertLogical of a derived fact) only"));
            }
        }
    }

    private static int offsetOf(String code, String word, int from) {
        int at = code.indexOf(word, Math.max(0, from));
        return at < 0 ? Math.max(0, from) : at;
    }

    private static RuleProblem at(RuleSource source, int offset, String message) {
        String text = source.text();
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleProblem(source.name(), line, end - lineStart + 1, message);
    }
}
