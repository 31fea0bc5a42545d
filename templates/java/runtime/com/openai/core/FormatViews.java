package com.openai.core;

import com.openai.errors.OpenAIInvalidDataException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The native views of formatted strings: a model keeps the JSON text as it came (a format is an
 * annotation, so "not a date-time" is valid and written back unchanged) and its typed getter
 * converts it here, throwing {@link OpenAIInvalidDataException} when the text is not one java.time,
 * java.util.UUID or java.net.URI reads. The builder's setters write canonical text through
 * {@link #text}.
 */
public final class FormatViews {
    private FormatViews() {}

    /** RFC 3339 {@code date-time}; a lower-case "t" or "z" is read as RFC 3339 allows. A leap second (:60) is not: java.time has none. */
    public static OffsetDateTime dateTime(String name, String text) {
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(name, text, "an RFC 3339 date-time", e);
        }
    }

    public static Optional<OffsetDateTime> dateTime(String name, Optional<String> text) {
        return text.isPresent() ? Optional.of(dateTime(name, text.get())) : Optional.<OffsetDateTime>empty();
    }

    /** RFC 3339 {@code full-date}. */
    public static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(name, text, "an RFC 3339 date", e);
        }
    }

    public static Optional<LocalDate> date(String name, Optional<String> text) {
        return text.isPresent() ? Optional.of(date(name, text.get())) : Optional.<LocalDate>empty();
    }

    /** RFC 9562's 8-4-4-4-12 hexadecimal form (UUID.fromString alone also takes shorter groups). */
    public static UUID uuid(String name, String text) {
        if (text.length() != 36) {
            throw invalid(name, text, "a UUID", null);
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(name, text, "a UUID", e);
        }
    }

    public static Optional<UUID> uuid(String name, Optional<String> text) {
        return text.isPresent() ? Optional.of(uuid(name, text.get())) : Optional.<UUID>empty();
    }

    /** An absolute URI, as java.net.URI reads it (RFC 2396, which is close to RFC 3986). */
    public static URI uri(String name, String text) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw invalid(name, text, "an absolute URI", e);
        }
        throw invalid(name, text, "an absolute URI", null);
    }

    public static Optional<URI> uri(String name, Optional<String> text) {
        return text.isPresent() ? Optional.of(uri(name, text.get())) : Optional.<URI>empty();
    }

    /** RFC 3339 text with the value's own offset ("2024-01-01T10:00:00Z", seconds always written); null for null. */
    public static String text(OffsetDateTime value) {
        return value == null ? null : DATE_TIME.format(value);
    }

    public static String text(LocalDate value) {
        return value == null ? null : value.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static String text(UUID value) {
        return value == null ? null : value.toString();
    }

    public static String text(URI value) {
        return value == null ? null : value.toString();
    }

    /** ISO_OFFSET_DATE_TIME leaves out zero seconds ("10:00Z"), which RFC 3339 requires. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    private static OpenAIInvalidDataException invalid(String name, String text, String what, Exception cause) {
        String message = "`" + name + "` is \"" + text + "\", which is not " + what + " (the schema's format is an annotation: the raw getter has the text)";
        return cause == null ? new OpenAIInvalidDataException(message) : new OpenAIInvalidDataException(message, cause);
    }
}
