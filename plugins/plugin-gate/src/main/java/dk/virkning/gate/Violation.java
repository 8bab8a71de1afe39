package dk.virkning.gate;

import java.util.Objects;

/**
 * One use of a forbidden API found in a plugin's class files.
 *
 * @param className the binary name of the class that holds the use, e.g. {@code dk.x.Evil}
 * @param member where in the class: a method with its parameter types ({@code evaluate(FormulaContext)},
 *     {@code <init>()} for a constructor, {@code <clinit>()} for the static initializer), a field's
 *     name, or {@code <class>} for the class's declaration (supertypes, generic signature)
 * @param rule the {@link Rule#slug() slug} of the rule it breaks, e.g. {@code process-control}
 * @param reference what it uses: a type ({@code java.io.File}), a method with its parameter types
 *     ({@code java.lang.System.exit(int)}) or a field ({@code java.lang.System.out})
 */
public record Violation(String className, String member, String rule, String reference) {

    /** Validates that every part is present. */
    public Violation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reference, "reference");
    }

    /** One line for a person: {@code dk.x.Evil.evaluate(FormulaContext) uses java.lang.System.exit(int) (process-control)}. */
    @Override
    public String toString() {
        return className + "." + member + " uses " + reference + " (" + rule + ")";
    }
}
