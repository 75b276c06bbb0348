package cn.jiandang.base;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.Arrays;

/**
 * The REST API reads JSON strictly: what a client did not mean is refused with the field named, never guessed.
 * No number as a date ({@code "deadline":20270101} is not the year 57467), no float or string into an integer
 * ({@code 1.5}, {@code "١"}), no enum by position ({@code "kind":5}) or with spaces ({@code "VILLAGE "}), no null
 * inside a list, no control characters in text (PostgreSQL refuses NUL), no unknown or duplicate properties.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder.featuresToEnable(
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .modulesToInstall(new StrictModule())
                .postConfigurer(StrictJson::strict);
    }

    static void strict(ObjectMapper mapper) {
        // dates: an ISO string only (a lenient reader takes 20270101 as epoch days)
        mapper.setDefaultLeniency(false);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        var config = mapper.coercionConfigFor(type);
        if (type != LogicalType.Textual) {
            config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    private static final class StrictModule extends SimpleModule {
        StrictModule() {
            super("jiandang-strict-json");
            addDeserializer(String.class, new CleanString());
            setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public JsonDeserializer<?> modifyEnumDeserializer(
                        DeserializationConfig config,
                        JavaType type,
                        BeanDescription beanDesc,
                        JsonDeserializer<?> deserializer) {
                    return new ExactEnum(type.getRawClass());
                }
            });
        }
    }

    /** Text without control characters (tab, line breaks allowed); anything but a JSON string is refused. */
    static final class CleanString extends StdScalarDeserializer<String> {
        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    throw InvalidFormatException.from(p, "control character in text", text, String.class);
                }
            }
            return text;
        }
    }

    /** An enum only by its exact name: no ordinal, no trimming, no case folding. */
    static final class ExactEnum extends StdScalarDeserializer<Enum<?>> {
        private final Class<?> type;

        ExactEnum(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String name = p.getText();
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return (Enum<?>) constant;
                    }
                }
                throw InvalidFormatException.from(
                        p, "not one of " + Arrays.toString(type.getEnumConstants()), name, type);
            }
            return (Enum<?>) ctxt.handleUnexpectedToken(type, p);
        }
    }
}
