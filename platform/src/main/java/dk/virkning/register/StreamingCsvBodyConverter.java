package dk.virkning.register;

import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Hands a {@code text/csv} request body to the controller as a stream. Spring's own resource
 * converter copies a {@link Resource} body into a byte array, which for a national register file
 * would hold the whole file in memory. Only reads, and only {@code text/csv}.
 */
final class StreamingCsvBodyConverter extends AbstractHttpMessageConverter<Resource> {

    StreamingCsvBodyConverter() {
        super(new MediaType("text", "csv"));
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return clazz == Resource.class || clazz == InputStreamResource.class;
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    protected Resource readInternal(Class<? extends Resource> clazz, HttpInputMessage input)
            throws java.io.IOException {
        InputStream body = input.getBody();
        return new InputStreamResource(body, "register file");
    }

    @Override
    protected void writeInternal(Resource resource, HttpOutputMessage output) {
        throw new UnsupportedOperationException("a register file is only ever read");
    }
}
