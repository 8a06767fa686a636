package org.parley.rules.testkit;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension behind {@link PropertyTest}: counts the records that {@link RecordProperty}
 * checks on the test's thread, and fails the test when it checked none.
 */
public final class PropertyTestExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final ThreadLocal<long[]> RECORDS = ThreadLocal.withInitial(() -> new long[] {-1});

    /** Creates the extension (JUnit does). */
    public PropertyTestExtension() {
    }

    static void ran(int records) {
        long[] count = RECORDS.get();
        if (count[0] >= 0) {
            count[0] += records;
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        RECORDS.get()[0] = 0;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        long checked = RECORDS.get()[0];
        RECORDS.remove();
        if (checked == 0 && context.getExecutionException().isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " is a @PropertyTest but checked no record: "
                    + "call RecordProperty.forAll(...).check(...) in it");
        }
    }
}
