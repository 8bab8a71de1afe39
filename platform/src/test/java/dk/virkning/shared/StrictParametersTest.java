package dk.virkning.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.WebDataBinder;

class StrictParametersTest {

    private final WebDataBinder conversions = new WebDataBinder(null);

    StrictParametersTest() {
        new StrictParameters().strictEditors(conversions);
    }

    @Test
    void integersAreDecimalOnly() {
        assertThat(conversions.convertIfNecessary("42", Integer.class)).isEqualTo(42);
        assertThat(conversions.convertIfNecessary("-3", Long.class)).isEqualTo(-3L);
        for (String bad : new String[] {"0x10", "+1", "#10", "010.0", "1e3", " 1", "99999999999"}) {
            assertThatThrownBy(() -> conversions.convertIfNecessary(bad, Integer.class))
                    .as(bad)
                    .isInstanceOf(TypeMismatchException.class);
        }
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(conversions.convertIfNecessary("false", Boolean.class)).isFalse();
        for (String bad : new String[] {"yes", "on", "1", "TRUE"}) {
            assertThatThrownBy(() -> conversions.convertIfNecessary(bad, Boolean.class))
                    .as(bad)
                    .isInstanceOf(TypeMismatchException.class);
        }
    }

    @Test
    void datesAreFullDatesInTheDomainsYears() {
        assertThat(conversions.convertIfNecessary("2024-02-29", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        for (String bad :
                new String[] {"+10000-01-01", "2023-02-29", "2024-01-01T00:00:00Z", "1899-12-31", "-0001-01-01"}) {
            assertThatThrownBy(() -> conversions.convertIfNecessary(bad, LocalDate.class))
                    .as(bad)
                    .isInstanceOf(TypeMismatchException.class);
        }
    }
}
