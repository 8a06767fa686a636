package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.builder.Message;
import org.parley.rules.RuleProblem;
import org.parley.rules.RuleSource;

/**
 * Maps the executable model compiler's errors back to the rule file the author wrote.
 *
 * <p>The compiler reports two kinds of error. Errors of its own name the DRL file (often
 * with no line): the position is found by looking for the name or expression the message
 * is about. Errors of the Java compiler name a generated class, a line and an offset, and
 * come with a companion message holding the generated source. The generated class tells
 * what it was made from: a consequence ({@code LambdaConsequence...}, whose body is the
 * rule's consequence with the engine's calls spelled out), a constraint
 * ({@code LambdaPredicate...}, which records the constraint's text and its rule), or a
 * rule ({@code ...RuleMethods...}, with a {@code Rule name} comment). The identifier at the
 * error's offset is then found at the same occurrence in the author's text. Messages are
 * put in the author's terms: the engine's classes and Java's intersection types left out.
 */
final class GeneratedErrors {

    private static final String SOURCE_PREFIX = "Java source of ";
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern EXPRESSION = Pattern.compile("(?:Expression|expression:?)\\s+(.+?)(?::\\s*(?:\\[|$)|$)");
    private static final Pattern CLASS = Pattern.compile("class:?\\s+([A-Za-z_$][\\w.$]*)");
    private static final Pattern METHOD = Pattern.compile("method ([A-Za-z_$][\\w$]*)\\(");
    private static final Pattern FIELD = Pattern.compile("(?:field|variable|symbol) ([A-Za-z_$][\\w$]*)");
    private static final Pattern UNRESOLVED = Pattern.compile("^(\\$?[\\w$]+) cannot be resolved( to a variable)?$");
    private static final Pattern VARIABLE = Pattern.compile("\\$[\\w$]+");
    private static final Pattern UNKNOWN_CLASS = Pattern.compile("^Unable to find class: ([\\w.$]+)$");
    private static final Pattern PREDICATE_TEXT = Pattern.compile("PredicateInformation\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_NAMES = Pattern.compile("addRuleNames\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_COMMENT = Pattern.compile("Rule name: (.+)");
    private static final Pattern EXECUTE = Pattern.compile("public void execute\\([^)]*\\)[^{]*\\{");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern INTERSECTION = Pattern.compile(
            "[\\w.$?]+(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>)?(?:\\s*&\\s*[\\w.$?]+(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>)?)+");
    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "\\(\\(org\\.drools\\.modelcompiler\\.consequence\\.DroolsImpl\\)drools\\)\\.asKnowledgeHelper\\(\\)\\.");

    private GeneratedErrors() {
    }

    /** Every error at its place in the author's files, one problem per place, sorted. */
    static List<RuleProblem> locateAll(List<Message> errors, Map<String, RuleSource> byPath, RuleChecks checks) {
        Map<String, String> generated = new HashMap<>();
        for (Message error : errors) {
            String text = error.getText();
            if (text.startsWith(SOURCE_PREFIX)) {
                int newline = text.indexOf('\n');
                generated.put(String.valueOf(error.getPath()), newline < 0 ? "" : text.substring(newline + 1));
            }
        }
        Set<RuleProblem> problems = new LinkedHashSet<>();
        Set<String> rulesWithProblems = new java.util.HashSet<>();
        List<Message> ruleLevel = new ArrayList<>();
        for (Message error : errors) {
            if (error.getText().startsWith(SOURCE_PREFIX) || error.getText().startsWith("Parser returned a null")) {
                continue;
            }
            String path = String.valueOf(error.getPath());
            if (path.contains("RuleMethods") || path.matches(".*/Rules[0-9A-F]+\\.java")) {
                ruleLevel.add(error);
                continue;
            }
            Located located = locate(error, generated.get(path), byPath, checks);
            problems.add(located.problem());
            located.rule().ifPresent(rulesWithProblems::add);
        }
        for (Message error : ruleLevel) {
            // A rule's assembly fails whenever one of its lambdas does: reported once, there.
            String source = generated.getOrDefault(String.valueOf(error.getPath()), "");
            Optional<String> rule = ruleBefore(source, offset(source, error));
            if (rule.isPresent() && rulesWithProblems.contains(rule.get())) {
                continue;
            }
            Optional<Located> at = rule.flatMap(name -> ruleNamed(name, byPath, checks))
                    .map(r -> new Located(r.problemAtRule("rule \"" + r.rule().getName() + "\" does not compile: "
                            + authorTerms(error.getText())), Optional.of(r.rule().getName())));
            problems.add(at.map(Located::problem).orElseGet(() -> fallback(error, byPath)));
        }
        List<RuleProblem> sorted = new ArrayList<>(problems);
        List<String> order = checks.sources().stream().map(RuleSource::name).toList();
        sorted.sort(java.util.Comparator.comparingInt((RuleProblem p) -> order.indexOf(p.file()))
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return sorted;
    }

    private record Located(RuleProblem problem, Optional<String> rule) {
    }

    /** A rule of a file and the file. */
    private record FileRule(RuleSource source, RuleDescr rule) {
        RuleProblem problemAtRule(String message) {
            return new RuleProblem(source.name(), Math.max(1, rule.getLine()), Math.max(1, rule.getColumn() + 1),
                    message);
        }

        RuleProblem problemAt(int offset, String message) {
            String text = source.text();
            return new RuleProblem(source.name(), Positions.line(text, offset), Positions.column(text, offset), message);
        }
    }

    private static Located locate(Message error, String generated, Map<String, RuleSource> byPath,
                                  RuleChecks checks) {
        String path = String.valueOf(error.getPath());
        String message = authorTerms(error.getText());
        RuleSource drl = byPath.get(path.startsWith("src/main/resources/") ? path.substring(19) : path);
        if (drl != null) {
            return new Located(inDrl(error, drl, message), Optional.empty());
        }
        if (generated == null) {
            return new Located(fallback(error, byPath), Optional.empty());
        }
        int offset = offset(generated, error);
        String identifier = identifierAt(generated, offset);
        if (path.contains("LambdaPredicate")) {
            Matcher names = RULE_NAMES.matcher(generated);
            Matcher text = PREDICATE_TEXT.matcher(generated);
            if (names.find()) {
                Optional<FileRule> rule = ruleNamed(unescape(names.group(1)), byPath, checks);
                if (rule.isPresent()) {
                    String constraint = text.find() ? unescape(text.group(1)) : "";
                    return new Located(inConstraint(rule.get(), constraint, identifier, message),
                            Optional.of(rule.get().rule().getName()));
                }
            }
        }
        if (path.contains("LambdaConsequence")) {
            Matcher execute = EXECUTE.matcher(generated);
            if (execute.find()) {
                int bodyStart = execute.end();
                int occurrence = occurrences(generated.substring(bodyStart, Math.max(bodyStart, offset)), identifier);
                Optional<FileRule> rule = consequenceRule(generated.substring(bodyStart), identifier, occurrence,
                        byPath, checks);
                if (rule.isPresent()) {
                    return new Located(inConsequence(rule.get(), identifier, occurrence, message),
                            Optional.of(rule.get().rule().getName()));
                }
            }
        }
        // An extractor or another lambda of a constraint: the identifier in the first rule that uses it.
        for (FileRule rule : rules(byPath, checks)) {
            String text = rule.source().text();
            int start = Math.max(0, rule.rule().getStartCharacter());
            int end = rule.rule().getEndCharacter() > start ? rule.rule().getEndCharacter() : text.length();
            int at = identifier.isEmpty() ? -1 : wordIndex(text.substring(start, Math.min(end, text.length())),
                    identifier, 0);
            if (at >= 0) {
                return new Located(rule.problemAt(start + at, message), Optional.of(rule.rule().getName()));
            }
        }
        return new Located(fallback(error, byPath), Optional.empty());
    }

    private static RuleProblem inDrl(Message error, RuleSource source, String message) {
        String[] lines = source.text().split("\n", -1);
        int line = Math.min(Math.max(1, error.getLine()), lines.length);
        if (error.getColumn() > 0 && error.getLine() > 0) {
            return new RuleProblem(source.name(), line, error.getColumn(), message);
        }
        for (String token : tokens(error.getText())) {
            for (int l = line - 1; l < lines.length; l++) {
                int at = lines[l].indexOf(token);
                if (at >= 0) {
                    return new RuleProblem(source.name(), l + 1, at + 1, message);
                }
            }
            for (int l = 0; l < line - 1; l++) {
                int at = lines[l].indexOf(token);
                if (at >= 0) {
                    return new RuleProblem(source.name(), l + 1, at + 1, message);
                }
            }
        }
        int indent = 0;
        while (indent < lines[line - 1].length() && Character.isWhitespace(lines[line - 1].charAt(indent))) {
            indent++;
        }
        return new RuleProblem(source.name(), line, indent + 1, message);
    }

    private static RuleProblem inConstraint(FileRule rule, String constraint, String identifier, String message) {
        String text = rule.source().text();
        int start = Math.max(0, rule.rule().getStartCharacter());
        int at = constraint.isEmpty() ? -1 : text.indexOf(constraint, start);
        if (at < 0) {
            return rule.problemAtRule(message);
        }
        int within = identifier.isEmpty() ? -1 : wordIndex(constraint, identifier, 0);
        return rule.problemAt(at + Math.max(0, within), message);
    }

    private static RuleProblem inConsequence(FileRule rule, String identifier, int occurrence, String message) {
        Optional<Consequence> consequence = Consequence.of(rule.source().text(), rule.rule());
        if (consequence.isEmpty()) {
            return rule.problemAtRule(message);
        }
        String code = consequence.get().code();
        int at = -1;
        int from = 0;
        for (int i = 0; i <= occurrence; i++) {
            int next = identifier.isEmpty() ? -1 : wordIndex(code, identifier, from);
            if (next < 0) {
                break;
            }
            at = next;
            from = next + identifier.length();
        }
        if (at < 0) {
            at = 0;
            while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
                at++;
            }
        }
        return rule.problemAt(consequence.get().offset() + at, message);
    }

    /** The rule whose consequence the generated body was made from. */
    private static Optional<FileRule> consequenceRule(String body, String identifier, int occurrence,
                                                      Map<String, RuleSource> byPath, RuleChecks checks) {
        String generated = normalize(body);
        FileRule candidate = null;
        for (FileRule rule : rules(byPath, checks)) {
            Optional<Consequence> consequence = Consequence.of(rule.source().text(), rule.rule());
            if (consequence.isEmpty()) {
                continue;
            }
            String written = normalize(withoutComments(consequence.get().code()));
            if (!written.isEmpty() && generated.contains(written)) {
                return Optional.of(rule);
            }
            if (candidate == null && !identifier.isEmpty()
                    && occurrences(consequence.get().code(), identifier) > occurrence) {
                candidate = rule;
            }
        }
        return Optional.ofNullable(candidate);
    }

    private static String normalize(String code) {
        String compact = code.replaceAll("\\s+", "");
        compact = ENGINE_PREFIX.matcher(compact).replaceAll("");
        return compact.replace("drools.insert(", "insert(").replace("drools.update(", "update(")
                .replace("drools.delete(", "delete(").replaceAll("int(\\$[\\w$]+)=_\\1;", "")
                .replaceAll("long(\\$[\\w$]+)=_\\1;", "").replaceAll("double(\\$[\\w$]+)=_\\1;", "")
                .replaceAll("boolean(\\$[\\w$]+)=_\\1;", "");
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    private static List<FileRule> rules(Map<String, RuleSource> byPath, RuleChecks checks) {
        List<FileRule> rules = new ArrayList<>();
        for (RuleSource source : checks.sources()) {
            if (!byPath.containsValue(source)) {
                continue;
            }
            PackageDescr pkg = checks.packageOf(source).orElse(null);
            if (pkg != null) {
                pkg.getRules().forEach(rule -> rules.add(new FileRule(source, rule)));
            }
        }
        return rules;
    }

    private static Optional<FileRule> ruleNamed(String name, Map<String, RuleSource> byPath, RuleChecks checks) {
        return rules(byPath, checks).stream().filter(r -> r.rule().getName().equals(name)).findFirst();
    }

    private static Optional<String> ruleBefore(String source, int offset) {
        Matcher matcher = RULE_COMMENT.matcher(source);
        String name = null;
        while (matcher.find() && matcher.start() <= Math.max(offset, 0)) {
            name = matcher.group(1).strip();
        }
        if (name == null) {
            matcher.reset();
            if (matcher.find()) {
                name = matcher.group(1).strip();
            }
        }
        return Optional.ofNullable(name);
    }

    /** The error's offset in the generated source: the Java compiler gives the line and the file offset. */
    private static int offset(String source, Message error) {
        int lineStart = Positions.lineStart(source, Math.max(1, error.getLine()));
        int lineEnd = source.indexOf('\n', lineStart);
        int lineLength = (lineEnd < 0 ? source.length() : lineEnd) - lineStart;
        int column = Math.max(0, error.getColumn());
        return column > lineLength ? Math.min(column, source.length()) : lineStart + Math.max(0, column - 1);
    }

    private static String identifierAt(String source, int offset) {
        int at = Math.min(Math.max(0, offset), source.length());
        while (at < source.length() && !Character.isJavaIdentifierPart(source.charAt(at))) {
            at++;
        }
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
            start--;
        }
        Matcher matcher = IDENTIFIER.matcher(source);
        return matcher.find(start) && matcher.start() == start ? matcher.group() : "";
    }

    private static int occurrences(String text, String identifier) {
        if (identifier.isEmpty()) {
            return 0;
        }
        int count = 0;
        int from = 0;
        int at;
        while ((at = wordIndex(text, identifier, from)) >= 0) {
            count++;
            from = at + identifier.length();
        }
        return count;
    }

    /** The index of {@code word} as a whole identifier in {@code text}, from {@code from}; -1 if absent. */
    private static int wordIndex(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int end = at + word.length();
            boolean after = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (before && after) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** An error with no usable place: at the first use of a name it mentions, else at the top of the first file. */
    private static RuleProblem fallback(Message error, Map<String, RuleSource> byPath) {
        List<String> names = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(error.getText());
        while (variable.find()) {
            names.add(variable.group());
        }
        names.addAll(tokens(error.getText()));
        List<RuleSource> sources = new ArrayList<>(byPath.values());
        sources.sort(java.util.Comparator.comparing(RuleSource::name));
        for (String name : names) {
            for (RuleSource source : sources) {
                int at = wordIndex(source.text(), name, 0);
                if (at >= 0) {
                    return new RuleProblem(source.name(), Positions.line(source.text(), at),
                            Positions.column(source.text(), at), authorTerms(error.getText()));
                }
            }
        }
        return new RuleProblem(sources.get(0).name(), 1, 1, authorTerms(error.getText()));
    }

    /** The names a DRL-level error is about, most specific first: where to look for its column. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find()) {
            tokens.add(expression.group(1).strip());
        }
        Matcher type = CLASS.matcher(text);
        while (type.find()) {
            tokens.add(type.group(1));
        }
        Matcher method = METHOD.matcher(text);
        while (method.find()) {
            tokens.add(method.group(1) + "(");
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            tokens.add(quoted.group(1));
        }
        Matcher field = FIELD.matcher(text);
        while (field.find()) {
            tokens.add(field.group(1));
        }
        return tokens;
    }

    /** One line in the author's terms: no engine classes, no intersection types, no generated names. */
    static String authorTerms(String text) {
        String message = text.strip();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        message = INTERSECTION.matcher(message).replaceAll("Object");
        message = message.replace("org.drools.model.Drools", "drools").replaceAll("\\bDrools\\b", "drools")
                .replace(" in the type KnowledgeHelper", " of drools").replace("KnowledgeHelper", "drools")
                .replace("_this", "the fact").replace("Rule Compilation error ", "");
        Matcher unknownClass = UNKNOWN_CLASS.matcher(message);
        if (unknownClass.matches()) {
            message = unknownClass.group(1) + " is not a fact type this file can see: no class of that name is "
                    + "imported (a typo, or a missing import?)";
        }
        if (message.endsWith("is undefined for the type Object")) {
            message += " (the result of an accumulate function is typed Object in a constraint: compare it directly, "
                    + "or match it with a typed pattern such as Set( size > 2 ) from accumulate(..))";
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.matches()) {
            String name = unresolved.group(1);
            message = name.startsWith("$")
                    ? name + " is not bound: no pattern or accumulate of the rule binds " + name
                    : name + " is not a variable, a field or a class the rule can see (missing import?)";
        }
        return message;
    }
}
