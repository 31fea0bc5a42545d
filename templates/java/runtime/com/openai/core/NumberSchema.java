package com.openai.core;

import java.util.List;

/** Numbers and integers (an integer is any number with an integral value). */
public final class NumberSchema implements Schema {
    private final boolean integer;
    private Double minimum;
    private Double maximum;
    private Double exclusiveMinimum;
    private Double exclusiveMaximum;

    NumberSchema(boolean integer) {
        this.integer = integer;
    }

    public NumberSchema minimum(double value) {
        minimum = value;
        return this;
    }

    public NumberSchema maximum(double value) {
        maximum = value;
        return this;
    }

    public NumberSchema exclusiveMinimum(double value) {
        exclusiveMinimum = value;
        return this;
    }

    public NumberSchema exclusiveMaximum(double value) {
        exclusiveMaximum = value;
        return this;
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        if (!(value instanceof JsonNumber) || (integer && !((JsonNumber) value).isIntegral())) {
            issues.add(new Schema.Issue(pointer, "type", integer ? "must be integer" : "must be number"));
            return;
        }
        double d = ((JsonNumber) value).value().doubleValue();
        if (minimum != null && d < minimum) {
            issues.add(new Schema.Issue(pointer, "minimum", "must be >= " + Schema.show(minimum)));
        }
        if (maximum != null && d > maximum) {
            issues.add(new Schema.Issue(pointer, "maximum", "must be <= " + Schema.show(maximum)));
        }
        if (exclusiveMinimum != null && d <= exclusiveMinimum) {
            issues.add(new Schema.Issue(pointer, "exclusiveMinimum", "must be > " + Schema.show(exclusiveMinimum)));
        }
        if (exclusiveMaximum != null && d >= exclusiveMaximum) {
            issues.add(new Schema.Issue(pointer, "exclusiveMaximum", "must be < " + Schema.show(exclusiveMaximum)));
        }
    }
}
