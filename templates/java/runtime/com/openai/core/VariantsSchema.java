package com.openai.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** oneOf (exactly one variant matches) and anyOf (at least one). */
final class VariantsSchema implements Schema {
    private final String keyword;
    private final List<Schema> variants;

    VariantsSchema(String keyword, Schema... variants) {
        this.keyword = keyword;
        this.variants = Arrays.asList(variants);
    }

    @Override
    public void check(JsonValue value, String pointer, List<Schema.Issue> issues) {
        List<Schema.Issue> failures = new ArrayList<>();
        int matches = 0;
        for (Schema variant : variants) {
            List<Schema.Issue> found = new ArrayList<>();
            variant.check(value, pointer, found);
            matches += found.isEmpty() ? 1 : 0;
            failures.addAll(found);
        }
        if (keyword.equals("anyOf") ? matches >= 1 : matches == 1) {
            return;
        }
        if (matches == 0) {
            issues.addAll(failures);
        }
        issues.add(new Schema.Issue(pointer, keyword, matches == 0 ? "must match a schema in " + keyword : "must match exactly one schema in oneOf"));
    }
}
