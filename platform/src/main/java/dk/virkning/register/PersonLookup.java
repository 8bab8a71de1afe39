package dk.virkning.register;

/** Finds the participant a file's CPR field names, by index; parsers see nothing else of them. */
interface PersonLookup {

    /** The field is not a CPR number. */
    int NOT_A_CPR = -2;

    /** A CPR number of someone who is not a participant of the program. */
    int NOT_A_PARTICIPANT = -1;

    /** The participants' count; indexes run from 0 below it. */
    int persons();

    /** The participant's index for the CPR number in {@code chars[from..to)} (trimmed), or a negative code. */
    int find(char[] chars, int from, int to);
}
