package dk.virkning.program;

import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;

/**
 * Who may see a program: its municipality's admins and caseworkers, and the staff of the provider
 * that delivers it. Nobody else learns that it exists.
 */
final class ProgramAccessPolicy {

    private ProgramAccessPolicy() {}

    static boolean canSee(CurrentUser user, Program program) {
        if (user.worksFor(program.municipality())) {
            return true;
        }
        return user.has(Role.PROVIDER_STAFF)
                && user.organisation()
                        .filter(program.provider().value()::equals)
                        .isPresent();
    }
}
