package dk.virkning.shared;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query and path parameters read as strictly as bodies. Spring's defaults read {@code 0x10} as 16
 * ({@code Integer.decode}), {@code yes}/{@code on}/{@code 1} as true and any ISO date including
 * {@code +10000-01-01}. They are property editors, not converters, because a binder falls back to
 * its lenient default editors when a converter refuses a value; a custom editor is used alone. A
 * refusal surfaces as a 400 problem naming the parameter.
 */
@ControllerAdvice
class StrictParameters {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    @InitBinder
    void strictEditors(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, editor(StrictParameters::toInteger));
        binder.registerCustomEditor(Long.class, editor(StrictParameters::toLong));
        binder.registerCustomEditor(Boolean.class, editor(StrictParameters::toBoolean));
        binder.registerCustomEditor(LocalDate.class, editor(StrictParameters::toDate));
    }

    private static PropertyEditorSupport editor(Function<String, Object> parse) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isEmpty() ? null : parse.apply(text));
            }
        };
    }

    static Integer toInteger(String text) {
        long value = toLong(text);
        if (value != (int) value) {
            throw new IllegalArgumentException("out of range");
        }
        return (int) value;
    }

    static Long toLong(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a decimal integer");
        }
        return Long.parseLong(text);
    }

    static Boolean toBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    static LocalDate toDate(String text) {
        return StrictDate.parse(text).orElseThrow(() -> new IllegalArgumentException("not a full-date"));
    }
}
