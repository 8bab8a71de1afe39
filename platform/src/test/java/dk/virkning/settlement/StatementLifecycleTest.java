package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.shared.ProblemException;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StatementLifecycleTest {

    private static final Instant CREATED = Instant.parse("2024-04-02T08:00:00Z");
    private static final Instant LATER = Instant.parse("2024-04-03T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2024-04-04T10:00:00Z");

    @Test
    void onlyADraftIsIssuedAndOnlyAnIssuedStatementIsDecided() {
        for (StatementStatus from : StatementStatus.values()) {
            for (StatementStatus to : StatementStatus.values()) {
                boolean allowed = (from == StatementStatus.DRAFT && to == StatementStatus.ISSUED)
                        || (from == StatementStatus.ISSUED
                                && (to == StatementStatus.APPROVED || to == StatementStatus.DISPUTED));
                assertThat(from.allows(to)).as(from + " to " + to).isEqualTo(allowed);
            }
        }
        assertThat(EnumSet.allOf(StatementStatus.class))
                .filteredOn(StatementStatus::settles)
                .containsExactlyInAnyOrder(StatementStatus.ISSUED, StatementStatus.APPROVED);
        assertThat(EnumSet.allOf(StatementStatus.class))
                .filteredOn(StatementStatus::issued)
                .containsExactlyInAnyOrder(StatementStatus.ISSUED, StatementStatus.APPROVED, StatementStatus.DISPUTED);
    }

    @Test
    void eachMoveRecordsWhoAndWhenAndKeepsWhatCameBefore() {
        StatementLifecycle draft = StatementLifecycle.created(StatementStatus.DRAFT, CREATED, "admin");
        StatementLifecycle issued = draft.issue(LATER, "issuer");
        StatementLifecycle disputed = issued.dispute(LATEST, "municipality", "wrong cohort");

        assertThat(issued.status()).isEqualTo(StatementStatus.ISSUED);
        assertThat(issued.issuedAt()).isEqualTo(LATER);
        assertThat(issued.issuedBy()).isEqualTo("issuer");
        assertThat(issued.decidedAt()).isNull();
        assertThat(disputed)
                .isEqualTo(new StatementLifecycle(
                        StatementStatus.DISPUTED,
                        CREATED,
                        "admin",
                        LATER,
                        "issuer",
                        LATEST,
                        "municipality",
                        "wrong cohort"));
        assertThat(issued.approve(LATEST, "municipality").disputeReason()).isNull();
    }

    @Test
    void aMoveNotAllowedIsRefusedAsAConflictNamingWhy() {
        StatementLifecycle draft = StatementLifecycle.created(StatementStatus.DRAFT, CREATED, "admin");
        StatementLifecycle issued = draft.issue(LATER, "issuer");
        StatementLifecycle approved = issued.approve(LATEST, "municipality");

        assertConflict(() -> issued.issue(LATEST, "again"), "statement-not-draft");
        assertConflict(issued::requireDiscardable, "statement-not-draft");
        assertConflict(() -> draft.approve(LATEST, "m"), "statement-not-issued");
        assertConflict(() -> draft.dispute(LATEST, "m", "why"), "statement-not-issued");
        assertConflict(() -> approved.dispute(LATEST, "m", "why"), "statement-decided");
        assertConflict(() -> approved.approve(LATEST, "m"), "statement-decided");
        assertConflict(
                () -> StatementLifecycle.created(StatementStatus.FORECAST, CREATED, "admin")
                        .issue(LATER, "x"),
                "statement-not-draft");
        draft.requireDiscardable();
        assertThatThrownBy(() -> StatementLifecycle.created(StatementStatus.ISSUED, CREATED, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertConflict(Runnable move, String slug) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.slug()).isEqualTo(slug);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
