package dk.virkning.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A participant's answer leaves out what it does not have (no consent recorded, no phase yet, no exit
 * reason while active) instead of writing {@code null}: the contract declares those members as
 * references to their schemas, and OpenAPI 3.0 cannot say "this reference or null" in a way every
 * validator and linter reads alike. Absent is what the schema allows.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantJson {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class AbsentWhenNone {}

    @Bean
    JsonMapperBuilderCustomizer participantsLeaveOutWhatTheyDoNotHave() {
        return builder -> builder.addMixIn(dk.virkning.api.model.Participant.class, AbsentWhenNone.class);
    }
}
