package org.parley.rules.drools.facts;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The {@code releaseTimeline} accumulate function: gathers detainee profiles into a
 * {@link ReleaseTimeline}, incrementally (a profile that changes or goes is taken out of it).
 * A rule file imports it with
 * {@code import accumulate org.parley.rules.drools.facts.ReleaseTimelineFunction releaseTimeline};
 * the values it accumulates must be {@link DetaineeProfile}s.
 */
public final class ReleaseTimelineFunction implements AccumulateFunction<ReleaseTimeline> {

    @Override
    public ReleaseTimeline createContext() {
        return new ReleaseTimeline();
    }

    @Override
    public void init(ReleaseTimeline context) {
        context.clear();
    }

    @Override
    public void accumulate(ReleaseTimeline context, Object value) {
        context.add(profile(value));
    }

    @Override
    public void reverse(ReleaseTimeline context, Object value) {
        context.remove(profile(value));
    }

    @Override
    public boolean tryReverse(ReleaseTimeline context, Object value) {
        return context.remove(profile(value));
    }

    /** The timeline itself, kept up to date as it is: a rule reads it when it fires. */
    @Override
    public Object getResult(ReleaseTimeline context) {
        return context;
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return ReleaseTimeline.class;
    }

    private static DetaineeProfile profile(Object value) {
        if (value instanceof DetaineeProfile p) {
            return p;
        }
        throw new IllegalArgumentException("releaseTimeline accumulates detainee profiles, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // No state: each accumulation has its own context.
    }

    @Override
    public void readExternal(ObjectInput in) {
        // No state.
    }
}
