package dk.virkning.shared;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies exactly as the contract declares them: the JSON library refuses what the
 * schema does not say, so no controller has to.
 *
 * <ul>
 *   <li>{@code STRICT_DUPLICATE_DETECTION}: a member name given twice is malformed JSON, not "last one wins".
 *   <li>{@code ALLOW_COERCION_OF_SCALARS} off and a {@code Fail} coercion for every scalar shape into every
 *       scalar type: no number, boolean or string stands in for another ({@code {"enabled":0}}, {@code "5"}
 *       for an integer, a number for a decimal string).
 *   <li>{@code ACCEPT_FLOAT_AS_INT} off: {@code 0.9} is not the integer {@code 0}.
 *   <li>{@code FAIL_ON_NUMBERS_FOR_ENUMS}: an enum is its name, never its index.
 *   <li>content nulls {@code FAIL}: {@code [null]} is refused for every array and map.
 *   <li>{@link ContractNulls}: {@code null} is refused for a member the contract does not declare nullable.
 *   <li>{@link StrictText} and {@link StrictDate} for every {@code String} and {@code LocalDate}.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    private static final LogicalType[] SCALARS = {
        LogicalType.Integer,
        LogicalType.Float,
        LogicalType.Boolean,
        LogicalType.Textual,
        LogicalType.Enum,
        LogicalType.DateTime,
        LogicalType.OtherScalar,
        LogicalType.Binary
    };

    private static final CoercionInputShape[] SHAPES = {
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean,
        CoercionInputShape.String,
        CoercionInputShape.EmptyString,
        CoercionInputShape.Array,
        CoercionInputShape.Object,
        CoercionInputShape.EmptyArray,
        CoercionInputShape.EmptyObject
    };

    @Bean
    JsonMapperBuilderCustomizer strictReading() {
        return builder -> {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
                    .annotationIntrospector(ContractNulls.fromClasspath("static/openapi.yaml"));
            for (LogicalType type : SCALARS) {
                builder.withCoercionConfig(type, config -> {
                    for (CoercionInputShape shape : SHAPES) {
                        if (!nativeShape(type, shape)) {
                            config.setCoercion(shape, CoercionAction.Fail);
                        }
                    }
                    config.setAcceptBlankAsEmpty(false);
                });
            }
            builder.addModule(new SimpleModule("virkning-strict")
                    .addDeserializer(String.class, new StrictText())
                    .addDeserializer(LocalDate.class, new StrictDate()));
        };
    }

    /** The JSON shape a type is written in: a string for text, enums and dates, a number for numbers. */
    private static boolean nativeShape(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> false;
            case Textual, Enum, DateTime, OtherScalar, Binary -> shape == CoercionInputShape.String;
            default -> false;
        };
    }
}
