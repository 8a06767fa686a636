package org.parley.rules.examples;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a rule file (DRL) declares, for {@code check-rules}: its rules (queries left out) and
 * the custom terms it declares ({@code declare ... @term("TYPE")}), read from the file as
 * Drools' own parser parses it. Only files that compiled are described.
 *
 * @param rules the number of rules
 * @param terms the term types the file declares, in the order declared
 */
record RuleDeclarations(int rules, List<String> terms) {

    RuleDeclarations {
        terms = List.copyOf(terms);
    }

    /** What the text declares; a text that does not parse declares nothing. */
    static RuleDeclarations of(String drl) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, drl);
        } catch (DroolsParserException e) {
            return new RuleDeclarations(0, List.of());
        }
        if (pkg == null) {
            return new RuleDeclarations(0, List.of());
        }
        int rules = (int) pkg.getRules().stream().filter(rule -> !rule.isQuery()).count();
        List<String> terms = new ArrayList<>();
        for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
            AnnotationDescr term = type.getAnnotation("term");
            if (term != null && term.getSingleValueStripped() != null) {
                terms.add(term.getSingleValueStripped().toString().strip());
            }
        }
        return new RuleDeclarations(rules, terms);
    }
}
