package org.parley.rules.drools.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads compiled classes and reports every instruction that reaches outside a
 * {@link MemberAllowlist}: method calls, field accesses, object creation, invokedynamic
 * (the bootstrap, and for lambdas the implementation method), constants, and, where the
 * class is held to it, backward jumps (loops) and monitors.
 *
 * <p>What a class may use: the members of the allowlist, and the members of the classes
 * verified together with it (those are checked themselves). A {@code Class},
 * {@code MethodHandle}, {@code MethodType} or dynamic constant is never allowed: each hands
 * out reflection. Stateless and thread-safe.
 */
final class BytecodeVerifier {

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String STRING_CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";

    /**
     * One use outside the allowlist.
     *
     * @param className the class, in Java form ({@code org.example.Rules})
     * @param method    the method it is in, with its descriptor
     * @param line      the source line the class file gives, 0 when it gives none
     * @param what      what is used, such as {@code call java.lang.System.exit(int)}
     */
    record Finding(String className, String method, int line, String what) {
        @Override
        public String toString() {
            return className + "." + method + (line > 0 ? " (line " + line + ")" : "") + ": " + what;
        }
    }

    /**
     * One class to verify.
     *
     * @param bytes       the class file
     * @param noLoops     whether backward jumps and monitors are refused in its methods
     */
    record Unit(byte[] bytes, boolean noLoops) {
    }

    private BytecodeVerifier() {
    }

    /** Verifies one class on its own; backward jumps refused. */
    static List<Finding> verify(byte[] classBytes, MemberAllowlist allowlist) {
        return verify(List.of(new Unit(classBytes, true)), allowlist);
    }

    /**
     * Verifies classes together: each may use the allowlist and the members of the others.
     *
     * @return every use outside the allowlist, in class and instruction order
     */
    static List<Finding> verify(List<Unit> units, MemberAllowlist allowlist) {
        Set<String> verified = new HashSet<>();
        for (Unit unit : units) {
            verified.add(new ClassReader(unit.bytes()).getClassName());
        }
        List<Finding> findings = new ArrayList<>();
        for (Unit unit : units) {
            new ClassReader(unit.bytes()).accept(new ClassCheck(allowlist, verified, unit.noLoops(), findings),
                    ClassReader.SKIP_FRAMES);
        }
        return findings;
    }

    private static String java(String internalName) {
        return internalName.replace('/', '.');
    }

    /** {@code java.lang.String.valueOf(int)} for an owner, name and descriptor. */
    static String describe(String owner, String name, String descriptor) {
        StringBuilder s = new StringBuilder(java(owner)).append('.').append(name);
        if (descriptor.startsWith("(")) {
            s.append('(');
            Type[] arguments = Type.getArgumentTypes(descriptor);
            for (int i = 0; i < arguments.length; i++) {
                s.append(i == 0 ? "" : ", ").append(arguments[i].getClassName());
            }
            s.append(')');
        }
        return s.toString();
    }

    private static final class ClassCheck extends ClassVisitor {
        private final MemberAllowlist allowlist;
        private final Set<String> verified;
        private final boolean noLoops;
        private final List<Finding> findings;
        private String className;

        ClassCheck(MemberAllowlist allowlist, Set<String> verified, boolean noLoops, List<Finding> findings) {
            super(Opcodes.ASM9);
            this.allowlist = allowlist;
            this.verified = verified;
            this.noLoops = noLoops;
            this.findings = findings;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
            if (superName != null && !allowlist.allowsSupertype(superName)) {
                add("<class>", 0, "extends " + java(superName));
            }
            for (String type : interfaces) {
                if (!allowlist.allowsSupertype(type)) {
                    add("<class>", 0, "implements " + java(type));
                }
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String method = name + descriptor;
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                add(method, 0, "a native method");
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && noLoops) {
                add(method, 0, "a synchronized method (a lock shared with other validations)");
            }
            return new MethodCheck(method);
        }

        private void add(String method, int line, String what) {
            findings.add(new Finding(java(className), method, line, what));
        }

        private boolean ownOrVerified(String owner) {
            return verified.contains(owner) || owner.startsWith("[");
        }

        private final class MethodCheck extends MethodVisitor {
            private final String method;
            private final Set<Label> seen = new HashSet<>();
            private int line;

            MethodCheck(String method) {
                super(Opcodes.ASM9);
                this.method = method;
            }

            private void refuse(String what) {
                add(method, line, what);
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                this.line = line;
            }

            @Override
            public void visitLabel(Label label) {
                seen.add(label);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                if (owner.startsWith("[") && name.equals("clone")) {
                    return;
                }
                if (!ownOrVerified(owner) && !allowlist.allowsMethod(owner, name, descriptor)) {
                    refuse((name.equals("<init>") ? "new " + describe(owner, "", descriptor).replace(".(", "(")
                            : "call " + describe(owner, name, descriptor)) + " (not on the allowlist)");
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                if (!ownOrVerified(owner) && !allowlist.allowsField(owner, name, descriptor)) {
                    refuse("field " + java(owner) + "." + name + " (not on the allowlist)");
                }
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                // NEW is judged by the constructor call that follows; casts and instanceof read no state.
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                String owner = bootstrap.getOwner();
                if (owner.equals(STRING_CONCAT_FACTORY) && bootstrap.getName().equals("makeConcatWithConstants")) {
                    return;
                }
                if (owner.equals(LAMBDA_METAFACTORY)
                        && (bootstrap.getName().equals("metafactory") || bootstrap.getName().equals("altMetafactory"))
                        && arguments.length >= 3 && arguments[1] instanceof Handle target) {
                    if (!allowlist.allowsInterface(Type.getReturnType(descriptor).getInternalName())) {
                        refuse("a lambda of " + Type.getReturnType(descriptor).getClassName() + " (not on the allowlist)");
                    }
                    if (!ownOrVerified(target.getOwner())
                            && !allowlist.allowsMethod(target.getOwner(), target.getName(), target.getDesc())) {
                        refuse("method reference " + describe(target.getOwner(), target.getName(), target.getDesc())
                                + " (not on the allowlist)");
                    }
                    return;
                }
                refuse("invokedynamic with bootstrap " + describe(owner, bootstrap.getName(), bootstrap.getDesc()));
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type type) {
                    if (type.getSort() == Type.OBJECT && (ownOrVerified(type.getInternalName())
                            || allowlist.allowsClassConstant(type.getInternalName()))) {
                        return;
                    }
                    refuse(type.getSort() == Type.METHOD ? "a MethodType constant " + type.getDescriptor()
                            : "a Class constant " + type.getClassName() + ".class");
                } else if (value instanceof Handle handle) {
                    refuse("a MethodHandle constant " + describe(handle.getOwner(), handle.getName(), handle.getDesc()));
                } else if (value instanceof ConstantDynamic dynamic) {
                    refuse("a dynamic constant " + dynamic.getName());
                }
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                backward(label);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                backward(dflt);
                for (Label label : labels) {
                    backward(label);
                }
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                backward(dflt);
                for (Label label : labels) {
                    backward(label);
                }
            }

            private void backward(Label label) {
                if (noLoops && seen.contains(label)) {
                    refuse("a loop (backward jump): rule code must not loop");
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (noLoops && opcode == Opcodes.MONITORENTER) {
                    refuse("a synchronized block (a lock shared with other validations)");
                }
            }
        }
    }
}
