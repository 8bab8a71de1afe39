package dk.virkning.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Walks one class file with ASM's visitors, never loading it, and collects every reference to a
 * forbidden type or member. Annotations and the InnerClasses/NestMembers attributes are not
 * references: they run no code.
 */
final class ClassScanner extends ClassVisitor {

    static final String CLASS_MEMBER = "<class>";

    private final List<Found> found = new ArrayList<>();
    private String className = "?";

    private ClassScanner() {
        super(Opcodes.ASM9);
    }

    /** The violations in one class file, or a single unreadable-class violation naming the entry. */
    static List<Violation> scan(byte[] classFile, String entryName) {
        ClassScanner scanner = new ClassScanner();
        try {
            new ClassReader(classFile).accept(scanner, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            return List.of(new Violation(entryName, "", Rule.UNREADABLE_CLASS.slug(), "a malformed class file"));
        }
        return scanner.violations();
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = Type.getObjectType(name).getClassName();
        if (superName != null) {
            supertype(superName);
        }
        if (interfaces != null) {
            for (String i : interfaces) {
                supertype(i);
            }
        }
        signature(CLASS_MEMBER, signature);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        typesOf(name, Type.getType(descriptor));
        signature(name, signature);
        return null;
    }

    @Override
    public MethodVisitor visitMethod(
            int access, String name, String descriptor, String signature, String[] exceptions) {
        String member = name + "(" + Names.parameters(descriptor) + ")";
        if ((access & Opcodes.ACC_NATIVE) != 0) {
            add(member, Rule.NATIVE_METHOD, "native " + member, null, false);
        }
        typesOf(member, Type.getMethodType(descriptor));
        signature(member, signature);
        if (exceptions != null) {
            for (String e : exceptions) {
                type(member, e);
            }
        }
        return new CodeScanner(member);
    }

    private void supertype(String internalName) {
        Rule rule = ForbiddenApis.supertype(internalName);
        if (rule != null) {
            add(CLASS_MEMBER, rule, Names.type(internalName), internalName, true);
        }
    }

    /** A class reference by internal name or, for arrays, by descriptor. */
    void type(String member, String internalNameOrDescriptor) {
        typesOf(
                member,
                internalNameOrDescriptor.startsWith("[")
                        ? Type.getType(internalNameOrDescriptor)
                        : Type.getObjectType(internalNameOrDescriptor));
    }

    void typesOf(String member, Type type) {
        switch (type.getSort()) {
            case Type.ARRAY -> typesOf(member, type.getElementType());
            case Type.OBJECT -> {
                Rule rule = ForbiddenApis.type(type.getInternalName());
                if (rule != null) {
                    add(member, rule, type.getClassName(), type.getInternalName(), true);
                }
            }
            case Type.METHOD -> {
                for (Type argument : type.getArgumentTypes()) {
                    typesOf(member, argument);
                }
                typesOf(member, type.getReturnType());
            }
            default -> {
                // primitives and void
            }
        }
    }

    private void signature(String member, String signature) {
        if (signature == null) {
            return;
        }
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            private String outer;

            @Override
            public void visitClassType(String name) {
                outer = name;
                type(member, name);
            }

            @Override
            public void visitInnerClassType(String name) {
                outer = outer + "$" + name;
                type(member, outer);
            }
        });
    }

    /** A call of, or reference to, a method or field: its own rule, its owner's, and its descriptor's types. */
    void member(String member, String owner, String name, String descriptor, boolean method) {
        if (owner.startsWith("[")) {
            type(member, owner);
            owner = "java/lang/Object";
        }
        Rule rule = ForbiddenApis.member(owner, name, descriptor);
        if (rule == null) {
            rule = ForbiddenApis.type(owner);
        }
        if (rule != null) {
            String reference =
                    Names.type(owner) + "." + name + (method ? "(" + Names.parameters(descriptor) + ")" : "");
            add(member, rule, reference, owner, false);
        }
        typesOf(member, Type.getType(descriptor));
    }

    void handle(String member, Handle handle) {
        member(member, handle.getOwner(), handle.getName(), handle.getDesc(), handle.getTag() > Opcodes.H_PUTSTATIC);
    }

    void constant(String member, Object value) {
        if (value instanceof Type type) {
            typesOf(member, type);
        } else if (value instanceof Handle handle) {
            add(
                    member,
                    Rule.REFLECTION,
                    "a method handle constant " + Names.type(handle.getOwner()) + "." + handle.getName(),
                    null,
                    false);
            handle(member, handle);
        } else if (value instanceof ConstantDynamic dynamic) {
            add(
                    member,
                    Rule.REFLECTION,
                    "a dynamic constant from "
                            + Names.type(dynamic.getBootstrapMethod().getOwner()) + "."
                            + dynamic.getBootstrapMethod().getName(),
                    null,
                    false);
        }
    }

    void add(String member, Rule rule, String reference, String owner, boolean typeOnly) {
        found.add(new Found(new Violation(className, member, rule.slug(), reference), owner, typeOnly));
    }

    /**
     * Every violation once. A mere type reference is left out where the same member also uses a
     * member of that type: {@code Runtime.getRuntime().halt(3)} is reported as the two calls, not
     * also as a use of {@code java.lang.Runtime}.
     */
    private List<Violation> violations() {
        Set<String> usedOwners = new LinkedHashSet<>();
        for (Found f : found) {
            if (!f.typeOnly() && f.owner() != null) {
                usedOwners.add(f.violation().member() + " " + f.owner());
            }
        }
        Set<Violation> result = new LinkedHashSet<>();
        for (Found f : found) {
            if (!f.typeOnly() || !usedOwners.contains(f.violation().member() + " " + f.owner())) {
                result.add(f.violation());
            }
        }
        return List.copyOf(result);
    }

    private record Found(Violation violation, String owner, boolean typeOnly) {}

    private final class CodeScanner extends MethodVisitor {

        private final String member;

        CodeScanner(String member) {
            super(Opcodes.ASM9);
            this.member = member;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(member, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(member, owner, name, descriptor, false);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(member, owner, name, descriptor, true);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            if (!ForbiddenApis.allowedBootstrap(bootstrap)) {
                add(
                        member,
                        Rule.REFLECTION,
                        "a dynamic call site from " + Names.type(bootstrap.getOwner()) + "." + bootstrap.getName(),
                        null,
                        false);
                return;
            }
            typesOf(member, Type.getMethodType(descriptor));
            for (Object argument : arguments) {
                if (argument instanceof Handle handle) {
                    handle(member, handle);
                } else {
                    constant(member, argument);
                }
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(member, value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            type(member, descriptor);
        }

        @Override
        public void visitTryCatchBlock(
                org.objectweb.asm.Label start,
                org.objectweb.asm.Label end,
                org.objectweb.asm.Label handler,
                String type) {
            if (type != null) {
                type(member, type);
            }
        }
    }
}
