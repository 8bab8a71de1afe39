package dk.virkning.program;

/** Counts a program's participants; implemented by the participant feature. */
public interface ProgramEnrollmentCounter {

    int enrolled(ProgramId program);
}
