package org.parley.rules.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test that checks at least one {@link RecordProperty}: it fails when its body
 * returns having run no property on any record (a property never called, or given no
 * record), so that a property cannot pass by not running.
 *
 * <pre>
 * class MyRulesPropertiesTests {
 *     &#64;PropertyTest
 *     void myRulesAgreeWithTheOracle() {
 *         RecordProperty.forAll(ParleyGen.records()).check(record -&gt; ...);
 *     }
 * }
 * </pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(PropertyTestExtension.class)
public @interface PropertyTest {
}
