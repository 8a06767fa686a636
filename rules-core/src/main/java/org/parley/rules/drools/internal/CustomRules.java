package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.parley.rules.Obligation;
import org.parley.rules.Violation;
import org.parley.rules.model.CustomTerm;

/**
 * Rule files added beside the built-in rules, compiled into a KieBase of their own (with the
 * built-in classification rules they may match, and the query that reads violations back).
 * Their session gets the same facts as the built-in session, so no custom rule can delete,
 * update or forge anything the built-in rules see: the built-in verdict is the same with or
 * without custom files. Of the violations their session holds, only those a custom rule
 * reported with a code of its own file are kept, each with its file as {@link Violation#source()}.
 *
 * @param kieBase the custom rules with the classification rules and the query
 * @param sources the file each custom rule came from, by rule name
 * @param codes   the codes each file's rules declare ({@code @code}), by file
 */
record CustomRules(KieBase kieBase, Map<String, String> sources, Map<String, Set<String>> codes) {

    CustomRules {
        Objects.requireNonNull(kieBase, "kieBase");
        sources = Map.copyOf(sources);
        codes = Map.copyOf(codes);
    }

    /** The violations of the custom session a custom rule reported with a code of its own file. */
    List<Violation> own(List<Violation> found) {
        List<Violation> kept = new ArrayList<>();
        for (Violation v : found) {
            String file = sources.get(v.rule());
            if (file != null && codes.getOrDefault(file, Set.of()).contains(v.code())) {
                kept.add(v.fromSource(file));
            }
        }
        return kept;
    }

    /**
     * The obligations of the custom session a custom rule owes under a term that is not a
     * built-in one: a custom file cannot add to what the built-in terms say is still owed.
     */
    List<Obligation> ownObligations(List<Obligation> found) {
        List<Obligation> kept = new ArrayList<>();
        for (Obligation o : found) {
            if (sources.containsKey(o.rule()) && !CustomTerm.BUILT_IN_TYPES.contains(o.term())) {
                kept.add(o);
            }
        }
        return kept;
    }
}
