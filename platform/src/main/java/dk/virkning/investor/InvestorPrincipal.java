package dk.virkning.investor;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemException;

/** The investor organisation of the current analyst; without one the analyst sees nothing. */
final class InvestorPrincipal {

    private InvestorPrincipal() {}

    static OrganisationId organisation() {
        return CurrentUser.get()
                .organisation()
                .map(OrganisationId::new)
                .orElseThrow(() -> ProblemException.notFound("Investor organisation"));
    }
}
