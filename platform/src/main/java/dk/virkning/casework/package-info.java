/**
 * The daily casework around a participant, driven by the program's intervention model: phases, the
 * team, versioned action plans, activities and tasks, follow-ups (§ 13 b and recurring activities),
 * WHO-5 well-being, course packages and each caseworker's worklist.
 */
package dk.virkning.casework;
