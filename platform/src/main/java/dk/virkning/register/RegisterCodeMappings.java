package dk.virkning.register;

import dk.virkning.audit.AuditLog;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.WeeklyStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's mapping from its register's source codes to canonical statuses (DOMAIN.md 4): the
 * configuration the register import needs, because no authoritative code list is at hand.
 */
@Service
class RegisterCodeMappings {

    static final int MAX_CODES = 1000;
    static final int MAX_CODE_LENGTH = 40;

    private final StatusImportStore store;
    private final AuditLog audit;

    RegisterCodeMappings(StatusImportStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One entry as the client sent it. */
    record Entry(String sourceCode, String status) {}

    @Transactional(readOnly = true)
    Map<String, WeeklyStatus> get(String municipality) {
        return store.codeMapping(municipality);
    }

    /**
     * Replaces the mapping, refusing it whole when any entry is bad.
     *
     * @throws ProblemException 422 naming every bad entry
     */
    @Transactional
    Map<String, WeeklyStatus> replace(CurrentUser user, String municipality, List<Entry> entries) {
        if (entries.size() > MAX_CODES) {
            throw ProblemException.unprocessable(
                    "invalid-code-mapping",
                    "A mapping has at most " + MAX_CODES + " codes",
                    List.of(ProblemError.field("codes", "has more than " + MAX_CODES + " entries")));
        }
        Map<String, WeeklyStatus> mapping = new TreeMap<>();
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String field = "codes[" + i + "]";
            String code = e.sourceCode() == null ? "" : e.sourceCode().trim();
            String codeError = codeError(code);
            if (codeError != null) {
                errors.add(ProblemError.field(field + ".sourceCode", codeError));
            } else if (mapping.containsKey(code)) {
                errors.add(ProblemError.field(field + ".sourceCode", "'" + code + "' appears more than once"));
            }
            WeeklyStatus status = status(e.status());
            if (status == null) {
                errors.add(ProblemError.field(field + ".status", "must be a canonical status: " + allowed()));
            }
            if (codeError == null && status != null) {
                mapping.putIfAbsent(code, status);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "invalid-code-mapping",
                    "The code mapping has " + errors.size() + " error(s); nothing changed",
                    errors);
        }
        Map<String, WeeklyStatus> before = store.codeMapping(municipality);
        store.replaceCodeMapping(municipality, mapping);
        audit.record(
                user.subject(),
                "UPDATE",
                "register_code_mapping",
                municipality,
                "replaced " + before.size() + " code(s) with " + mapping.size() + ": "
                        + abbreviate(mapping.toString()));
        return mapping;
    }

    private static String codeError(String code) {
        if (code.isEmpty()) {
            return "must not be empty (an empty code always means SELF_SUPPORTING)";
        }
        if (code.length() > MAX_CODE_LENGTH) {
            return "must be at most " + MAX_CODE_LENGTH + " characters";
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ',' || c == ';' || c == '"' || Character.isISOControl(c)) {
                return "must not contain a comma, semicolon, quote or control character";
            }
        }
        if (status(code) != null) {
            return "'" + code + "' is a canonical status name, which maps to itself";
        }
        return null;
    }

    private static WeeklyStatus status(String name) {
        for (WeeklyStatus s : WeeklyStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static String allowed() {
        return Arrays.stream(WeeklyStatus.values()).map(Enum::name).toList().toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
