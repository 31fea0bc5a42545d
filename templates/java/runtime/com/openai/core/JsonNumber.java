package com.openai.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/** A JSON number. Two numbers are equal when their values are (1 equals 1.0), as in JSON Schema. */
public final class JsonNumber extends JsonValue {
    private final Number value;

    private JsonNumber(Number value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static JsonNumber of(Number value) {
        return new JsonNumber(value);
    }

    public Number value() {
        return value;
    }

    @Override
    public Optional<Number> asNumber() {
        return Optional.of(value);
    }

    /** True when the value is a whole number (1 and 1.0 are, 1.5 is not), as JSON Schema's "integer". */
    public boolean isIntegral() {
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return !Double.isInfinite(d) && !Double.isNaN(d) && Math.rint(d) == d;
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).stripTrailingZeros().scale() <= 0;
        }
        return true;
    }

    @Override
    void write(JsonGenerator generator) throws IOException {
        if (value instanceof BigInteger) {
            generator.writeNumber((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            generator.writeNumber((BigDecimal) value);
        } else if (value instanceof Double || value instanceof Float) {
            generator.writeNumber(value.doubleValue());
        } else {
            generator.writeNumber(value.longValue());
        }
    }

    BigDecimal exact() {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.doubleValue());
        }
        return BigDecimal.valueOf(value.longValue());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber && ((JsonNumber) other).exact().compareTo(exact()) == 0;
    }

    @Override
    public int hashCode() {
        double d = value.doubleValue();
        return Double.hashCode(d == 0 ? 0.0 : d);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
