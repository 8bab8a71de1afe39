package dk.virkning.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;

class StreamingCsvBodyConverterTest {

    private final StreamingCsvBodyConverter converter = new StreamingCsvBodyConverter();

    @Test
    void handsOverTheRequestsOwnStreamWithoutReadingIt() throws Exception {
        InputStream body = new ByteArrayInputStream("cpr,week,code\n".getBytes());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        HttpInputMessage message = new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };

        Resource resource = converter.read(Resource.class, message);

        assertThat(body.available()).as("nothing read ahead").isEqualTo(14);
        assertThat(resource.getInputStream()).isSameAs(body);
    }

    @Test
    void readsOnlyCsvAndNeverWrites() {
        assertThat(converter.canRead(Resource.class, MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(converter.canRead(Resource.class, MediaType.APPLICATION_OCTET_STREAM))
                .isFalse();
        assertThat(converter.canRead(String.class, MediaType.parseMediaType("text/csv")))
                .isFalse();
        assertThat(converter.canWrite(Resource.class, MediaType.parseMediaType("text/csv")))
                .isFalse();
    }
}
