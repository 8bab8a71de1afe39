package dk.virkning.architecture.cycle.a;

import dk.virkning.architecture.cycle.b.Pong;

/** A fixture: this package and {@code cycle.b} depend on each other, which the cycle rule must catch. */
public class Ping {
    Pong pong;
}
