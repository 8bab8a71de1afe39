package dk.virkning.console.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void pairsSeparatedByCommasKeepTheirOrderAndAPairWithoutARoleIsLeftForTheApiToRefuse() {
        assertThat(OperatorFormsController.roleMapping(" sagsbehandler = CASEWORKER, leder=MUNICIPALITY_ADMIN,, x"))
                .containsExactly(
                        java.util.Map.entry("sagsbehandler", "CASEWORKER"),
                        java.util.Map.entry("leder", "MUNICIPALITY_ADMIN"),
                        java.util.Map.entry("x", ""));
        assertThat(OperatorFormsController.roleMapping("")).isEmpty();
    }
}
