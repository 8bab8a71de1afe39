package dk.virkning.gate;

import java.util.StringJoiner;
import org.objectweb.asm.Type;

/** Names as a Java programmer writes them, for violation reports. */
final class Names {

    private Names() {}

    /** {@code java/lang/System} as {@code java.lang.System}; nested classes keep their {@code $}. */
    static String type(String internalName) {
        return Type.getObjectType(internalName).getClassName();
    }

    /** A method descriptor's parameter types by simple name: {@code FormulaContext, int, String[]}. */
    static String parameters(String methodDescriptor) {
        StringJoiner joined = new StringJoiner(", ");
        for (Type t : Type.getArgumentTypes(methodDescriptor)) {
            String name = t.getClassName();
            joined.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return joined.toString();
    }
}
