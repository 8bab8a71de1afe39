package dk.virkning.spi;

import org.pf4j.ExtensionPoint;

/** Describes the intervention model a plugin carries and the schema of its contract terms. */
public interface InterventionModelProvider extends ExtensionPoint {

    /** The plugin id this model belongs to, stable across versions. */
    String id();

    /**
     * The intervention model.
     *
     * @throws ModelException when the model cannot be described
     */
    InterventionModel describe() throws ModelException;
}
