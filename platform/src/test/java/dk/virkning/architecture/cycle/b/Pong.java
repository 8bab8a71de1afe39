package dk.virkning.architecture.cycle.b;

import dk.virkning.architecture.cycle.a.Ping;

/** A fixture: the other half of the package cycle with {@code cycle.a}. */
public class Pong {
    Ping ping;
}
