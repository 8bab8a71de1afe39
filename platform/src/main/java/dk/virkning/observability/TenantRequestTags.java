package dk.virkning.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Adds the tenant to {@code http.server.requests}: the municipality the request was admitted to, or
 * {@code none}. Only a tenant the edge has admitted (an existing municipality the caller may enter)
 * is ever a label value, so a caller cannot invent label values, and no person is in any label (the
 * URI label is the path template, never the path).
 */
@Component
public class TenantRequestTags extends DefaultServerRequestObservationConvention {

    /** The request attribute the tenant edge sets once it has admitted a request to a municipality. */
    public static final String ADMITTED_TENANT = TenantRequestTags.class.getName() + ".tenant";

    private static final String NONE = "none";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(tenant(context.getCarrier()));
    }

    private static KeyValue tenant(HttpServletRequest request) {
        Object tenant = request == null ? null : request.getAttribute(ADMITTED_TENANT);
        return KeyValue.of("tenant", tenant instanceof String s ? s : NONE);
    }
}
