package org.parley.rules.drools.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The time limit inside rule code. Restricted rule code has no loops ({@link BytecodeVerifier}),
 * but it can still run for ages within one firing or one insert: a DRL function that calls
 * itself twice (2^n calls at a depth of n, far from the stack's limit), or lambdas nested in
 * the streams of a large list (n^k calls). Every method of the classes compiled from a
 * restricted file therefore starts with a call to {@link #check()} ({@link #instrument}),
 * which throws once the deadline of the validation on this thread has passed. Since rule
 * code has no loops, every way it repeats work goes through a method entry, so the work
 * between two checks is one pass of JDK code over data already in memory.
 *
 * <p>Once the deadline has passed, every later check on the thread throws at once, so rule
 * code that catches the error gets no further than its next call. Without a deadline on the
 * thread (code called outside a validation) a check does nothing.
 *
 * <p>Public only because the generated rule classes, in packages of their own, call
 * {@link #check()}; nothing else of it is API.
 */
public final class RuleDeadline {

    private static final ThreadLocal<Clock> CURRENT = new ThreadLocal<>();
    private static final String OWNER = Type.getInternalName(RuleDeadline.class);
    /** How many checks go by between two reads of the clock. */
    private static final int EVERY = 64;

    private RuleDeadline() {
    }

    /** The deadline of one validation on one thread. */
    private static final class Clock {
        private final long deadline;
        private int countdown = EVERY;
        private boolean passed;

        Clock(long deadline) {
            this.deadline = deadline;
        }
    }

    /** Thrown into rule code when the deadline has passed; an Error, so that {@code catch (Exception e)} lets it by. */
    static final class Passed extends Error {
        private static final long serialVersionUID = 1L;

        Passed() {
            super("the validation's time limit passed inside rule code", null, false, false);
        }
    }

    /**
     * Called at the start of every method of restricted rule code.
     *
     * @throws Error (a {@code Passed}) once the deadline on this thread has passed
     */
    public static void check() {
        Clock clock = CURRENT.get();
        if (clock == null) {
            return;
        }
        if (clock.passed) {
            throw new Passed();
        }
        if (--clock.countdown <= 0) {
            clock.countdown = EVERY;
            if (System.nanoTime() - clock.deadline > 0) {
                clock.passed = true;
                throw new Passed();
            }
        }
    }

    /** Runs the work with a deadline ({@link System#nanoTime()} based) on this thread, then restores the previous one. */
    static <T> T within(long deadline, Supplier<T> work) {
        Clock previous = CURRENT.get();
        CURRENT.set(new Clock(deadline));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Whether a failure is, or was caused by, a passed deadline. */
    static boolean passed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Passed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The classes with a call to {@link #check()} at the start of every method but
     * constructors and static initialisers (which run once per object or class, and reach
     * any repeated work through methods), by internal name.
     */
    static Map<String, byte[]> instrument(Map<String, byte[]> classes) {
        Map<String, byte[]> out = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            ClassReader reader = new ClassReader(entry.getValue());
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                    if (name.startsWith("<") || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                        return mv;
                    }
                    return new MethodVisitor(Opcodes.ASM9, mv) {
                        @Override
                        public void visitCode() {
                            super.visitCode();
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "check", "()V", false);
                        }
                    };
                }
            }, 0);
            out.put(entry.getKey(), writer.toByteArray());
        }
        return out;
    }
}
