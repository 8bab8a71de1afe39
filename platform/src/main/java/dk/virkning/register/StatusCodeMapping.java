package dk.virkning.register;

import dk.virkning.plugin.api.WeeklyStatus;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a municipality's register codes to canonical statuses. Canonical names are accepted as they
 * are; an empty code means no benefit (self-supporting), as in the register.
 */
final class StatusCodeMapping {

    private final Map<String, WeeklyStatus> codes;

    StatusCodeMapping(Map<String, WeeklyStatus> codes) {
        this.codes = Map.copyOf(codes);
    }

    Optional<WeeklyStatus> map(String code) {
        String trimmed = code.trim();
        if (trimmed.isEmpty()) {
            return Optional.of(WeeklyStatus.SELF_SUPPORTING);
        }
        WeeklyStatus mapped = codes.get(trimmed);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        for (WeeklyStatus status : WeeklyStatus.values()) {
            if (status != WeeklyStatus.UNKNOWN && status.name().equals(trimmed)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
