package org.parley.rules.drools.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The members compiled rule code may use, each by owner, name and descriptor: methods,
 * constructors and fields, never whole packages. Also the supertypes a verified class may
 * have and the functional interfaces its lambdas may implement.
 *
 * <p>{@link #restricted()} is what an untrusted rule file may use: the fact model's
 * accessors, the reporting helper, pure {@code java.lang} members ({@code String},
 * {@code Math}, boxing), pure {@code java.time}, the reads of {@code java.util} collections
 * and sequential streams. Never reflection, {@code Class}, method handles, files or
 * streams of bytes, {@code Formatter}, JVM-wide setters, {@code System}, threads, executors,
 * parallel streams, class loading or engine internals. Immutable once built.
 */
final class MemberAllowlist {

    /** What every Object has that is safe to call: never getClass, wait or notify. */
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "compareTo");
    /** Reads of collections, iterators and map entries; no method that changes one. */
    private static final Set<String> COLLECTION_READS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
            "getOrDefault", "containsKey", "containsValue", "keySet", "values", "entrySet", "indexOf",
            "lastIndexOf", "subList", "iterator", "stream", "forEach", "hasNext", "next", "getKey", "getValue",
            "of", "copyOf", "entry", "ofEntries", "getFirst", "getLast", "first", "last", "headSet", "tailSet",
            "subSet", "equals", "hashCode", "toString");
    /** Stream members that leave the calling thread or never end: refused. */
    private static final Set<String> STREAM_REFUSED = Set.of("parallel", "parallelStream", "iterate", "generate",
            "range", "rangeClosed", "unordered", "onClose", "close");
    /** java.lang members that read or change the JVM's state, or allocate without bound. */
    private static final Set<String> LANG_REFUSED = Set.of("getInteger", "getLong", "getBoolean", "intern",
            "getClass", "wait", "notify", "notifyAll", "describeConstable", "resolveConstantDesc", "chars",
            "codePoints", "lines", "getDeclaringClass");
    /** java.time members that read the clock or the JVM's default zone. */
    private static final Set<String> TIME_REFUSED = Set.of("now", "systemDefault", "getAvailableZoneIds",
            "getClass", "wait", "notify", "notifyAll", "datesUntil");

    /** What a rule reports through the helper alone. */
    private static final List<Class<?>> REPORTED = List.of(org.parley.rules.Violation.class,
            org.parley.rules.Obligation.class);

    private final Set<String> methods;
    private final Set<String> fields;
    private final Set<String> supertypes;
    private final Set<String> interfaces;
    private final Set<String> classConstants;

    private MemberAllowlist(Builder builder) {
        this.classConstants = Set.copyOf(builder.classConstants);
        this.methods = Set.copyOf(builder.methods);
        this.fields = Set.copyOf(builder.fields);
        this.supertypes = Set.copyOf(builder.supertypes);
        this.interfaces = Set.copyOf(builder.interfaces);
    }

    /** A builder that allows nothing but extending {@code Object}. */
    static Builder builder() {
        return new Builder();
    }

    boolean allowsMethod(String owner, String name, String descriptor) {
        return methods.contains(owner + "." + name + descriptor);
    }

    boolean allowsField(String owner, String name, String descriptor) {
        return fields.contains(owner + "." + name + ":" + descriptor);
    }

    boolean allowsSupertype(String internalName) {
        return supertypes.contains(internalName);
    }

    /** Whether {@code X.class} may appear: only where the engine's glue names fact types. */
    boolean allowsClassConstant(String internalName) {
        return classConstants.contains(internalName);
    }

    boolean allowsInterface(String internalName) {
        return interfaces.contains(internalName);
    }

    /** How many members are allowed, for the record. */
    int size() {
        return methods.size() + fields.size();
    }

    /** The builder's members and more: for the engine glue of one build. */
    Builder toBuilder() {
        Builder b = new Builder();
        b.methods.addAll(methods);
        b.fields.addAll(fields);
        b.supertypes.addAll(supertypes);
        b.interfaces.addAll(interfaces);
        b.classConstants.addAll(classConstants);
        return b;
    }

    /** The members an untrusted rule file may use; see the class comment. */
    static MemberAllowlist restricted() {
        return RESTRICTED;
    }

    private static final MemberAllowlist RESTRICTED = buildRestricted();

    private static MemberAllowlist buildRestricted() {
        Builder b = builder();
        for (Class<?> type : FactModel.CLASSES) {
            if (!REPORTED.contains(type)) {
                b.publicMembers(type, Set.of("getClass", "wait", "notify", "notifyAll"), true);
            }
        }
        // Violations and obligations come from Report, which takes the term, the rule and the
        // severity from the rule's metadata: their reads and with* methods only, never a
        // constructor, Obligation.of or Violation.fromSource.
        for (Class<?> type : REPORTED) {
            b.publicMembers(type, Set.of("getClass", "wait", "notify", "notifyAll", "of", "fromSource"), false);
        }
        for (Class<?> type : List.of(String.class, StringBuilder.class, Math.class, StrictMath.class,
                Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class, Boolean.class,
                Character.class, Number.class, CharSequence.class, Comparable.class, Enum.class)) {
            b.publicMembers(type, LANG_REFUSED, type != Enum.class && type != Number.class);
        }
        b.methods(Object.class, OBJECT_METHODS).constructor(Object.class);
        b.methods(Iterable.class, Set.of("iterator", "forEach"));
        for (Class<?> type : List.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
                java.time.LocalTime.class, java.time.Instant.class, java.time.Duration.class, java.time.Period.class,
                java.time.DayOfWeek.class, java.time.Month.class, java.time.Year.class, java.time.YearMonth.class,
                java.time.MonthDay.class, java.time.ZoneOffset.class, java.time.OffsetDateTime.class,
                java.time.temporal.ChronoUnit.class, java.time.temporal.ChronoField.class,
                java.time.temporal.Temporal.class, java.time.temporal.TemporalAccessor.class,
                java.time.temporal.TemporalAmount.class, java.time.temporal.TemporalUnit.class,
                java.time.chrono.ChronoLocalDate.class, java.time.chrono.ChronoLocalDateTime.class)) {
            b.publicMembers(type, TIME_REFUSED, false);
        }
        for (Class<?> type : List.of(java.util.Collection.class, java.util.List.class, java.util.Set.class,
                java.util.Map.class, java.util.Map.Entry.class, java.util.Iterator.class, java.util.SortedSet.class,
                java.util.NavigableSet.class, java.util.SortedMap.class)) {
            b.methods(type, COLLECTION_READS);
        }
        b.publicMembers(java.util.Optional.class, Set.of("getClass", "wait", "notify", "notifyAll", "stream"), false);
        b.publicMembers(java.util.OptionalInt.class, Set.of("getClass", "wait", "notify", "notifyAll", "stream"), false);
        b.publicMembers(java.util.OptionalLong.class, Set.of("getClass", "wait", "notify", "notifyAll", "stream"), false);
        b.publicMembers(java.util.OptionalDouble.class, Set.of("getClass", "wait", "notify", "notifyAll", "stream"),
                false);
        b.methods(java.util.Objects.class, Set.of("equals", "hash", "hashCode", "toString", "isNull", "nonNull",
                "requireNonNull", "requireNonNullElse", "compare"));
        b.methods(java.util.Collections.class, Set.of("emptyList", "emptySet", "emptyMap", "singletonList",
                "singleton", "singletonMap", "unmodifiableList", "unmodifiableSet", "unmodifiableMap",
                "unmodifiableCollection", "max", "min", "frequency", "disjoint"));
        b.publicMembers(java.util.Comparator.class, Set.of("getClass", "wait", "notify", "notifyAll"), false);
        for (Class<?> type : List.of(java.util.stream.Stream.class, java.util.stream.IntStream.class,
                java.util.stream.LongStream.class, java.util.stream.DoubleStream.class,
                java.util.stream.BaseStream.class, java.util.stream.Collectors.class)) {
            b.publicMembers(type, STREAM_REFUSED, false);
        }
        b.methods(java.util.Collection.class, Set.of("stream"));
        for (Class<?> type : List.of(java.util.function.Function.class, java.util.function.BiFunction.class,
                java.util.function.Predicate.class, java.util.function.BiPredicate.class,
                java.util.function.Supplier.class, java.util.function.Consumer.class,
                java.util.function.BiConsumer.class, java.util.function.UnaryOperator.class,
                java.util.function.BinaryOperator.class, java.util.function.ToIntFunction.class,
                java.util.function.ToLongFunction.class, java.util.function.ToDoubleFunction.class,
                java.util.function.IntPredicate.class, java.util.function.IntFunction.class,
                java.util.function.IntUnaryOperator.class, java.util.function.IntBinaryOperator.class,
                java.util.function.LongPredicate.class, java.util.function.LongFunction.class,
                java.util.function.LongBinaryOperator.class, java.util.Comparator.class)) {
            b.lambda(type);
            b.publicMembers(type, Set.of("getClass", "wait", "notify", "notifyAll"), false);
        }
        return b.build();
    }

    /** Builds an allowlist member by member; not thread-safe. */
    static final class Builder {
        private final Set<String> methods = new HashSet<>();
        private final Set<String> fields = new HashSet<>();
        private final Set<String> supertypes = new HashSet<>(Set.of("java/lang/Object"));
        private final Set<String> interfaces = new HashSet<>();
        private final Set<String> classConstants = new HashSet<>();

        private Builder() {
        }

        /** Allows {@code X.class} constants of a type. */
        Builder classConstant(Class<?> type) {
            classConstants.add(Type.getInternalName(type));
            return this;
        }

        /** Allows one method or constructor ({@code <init>}), by owner, name and descriptor. */
        Builder method(String owner, String name, String descriptor) {
            methods.add(owner + "." + name + descriptor);
            return this;
        }

        /** Allows one field, by owner, name and descriptor. */
        Builder field(String owner, String name, String descriptor) {
            fields.add(owner + "." + name + ":" + descriptor);
            return this;
        }

        /** Allows the public methods of a type (declared or inherited) with one of the names. */
        Builder methods(Class<?> type, Set<String> names) {
            for (Method m : type.getMethods()) {
                if (names.contains(m.getName())) {
                    method(Type.getInternalName(type), m.getName(), Type.getMethodDescriptor(m));
                }
            }
            return this;
        }

        /** Allows the public constructors of a type. */
        Builder constructor(Class<?> type) {
            for (Constructor<?> c : type.getConstructors()) {
                method(Type.getInternalName(type), "<init>", Type.getConstructorDescriptor(c));
            }
            return this;
        }

        /**
         * Allows the public methods and static final fields of a type, but those with one of
         * the refused names, and its public constructors when asked.
         */
        Builder publicMembers(Class<?> type, Set<String> refused, boolean constructors) {
            for (Method m : type.getMethods()) {
                if (!refused.contains(m.getName())) {
                    method(Type.getInternalName(type), m.getName(), Type.getMethodDescriptor(m));
                }
            }
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                    field(Type.getInternalName(type), f.getName(), Type.getDescriptor(f.getType()));
                }
            }
            if (constructors) {
                constructor(type);
            }
            return this;
        }

        /** Allows lambdas and method references implementing a functional interface. */
        Builder lambda(Class<?> functionalInterface) {
            interfaces.add(Type.getInternalName(functionalInterface));
            return this;
        }

        /** Allows lambdas implementing a functional interface given by internal name. */
        Builder lambda(String internalName) {
            interfaces.add(internalName);
            return this;
        }

        /** Allows verified classes to extend or implement a type. */
        Builder supertype(String internalName) {
            supertypes.add(internalName);
            return this;
        }

        MemberAllowlist build() {
            return new MemberAllowlist(this);
        }
    }
}
