package dk.virkning.console;

import dk.virkning.program.Programs;

/** Breaks the console's boundary on purpose: the architecture test proves its rule catches it. */
@SuppressWarnings("unused")
class ReachesIntoAFeature {

    private final Programs programs;

    ReachesIntoAFeature(Programs programs) {
        this.programs = programs;
    }
}
