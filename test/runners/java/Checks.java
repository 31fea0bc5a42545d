// Exercises the public surface of the canonical Java output (seed 004): builder, toBuilder,
// typed and raw getters, equals/hashCode, toString, validate/isValid, lenient reading, unions and
// their Visitor; plus an enum, a non-discriminated union and constants from the test cases. Prints one "ok <name>" line per check and "checks passed: <n>"; exits non-zero
// on the first failure. Compiled in the same javac run as the generated code and the Runner.

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonField;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.cases.enums.Color;
import com.openai.models.cases.formats.Record_;
import com.openai.models.cases.primitives.Measurements;
import com.openai.models.cases.unions.IdOrName;
import com.openai.models.realtime.ConversationItemTruncateEvent;
import com.openai.models.realtime.ConversationItemTruncatedEvent;
import com.openai.models.realtime.RealtimeClientEvent;
import com.openai.models.realtime.RealtimeServerEvent;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

public final class Checks {
    private static final ObjectMapper MAPPER = ObjectMappers.jsonMapper();
    private static final String CLIENT_JSON = "{\"event_id\":\"event_678\",\"type\":\"conversation.item.truncate\",\"item_id\":\"msg_002\",\"content_index\":0,\"audio_end_ms\":1500}";
    private static final String SERVER_JSON = "{\"event_id\":\"event_2526\",\"type\":\"conversation.item.truncated\",\"item_id\":\"msg_004\",\"content_index\":0,\"audio_end_ms\":1500}";
    private static int passed;

    private Checks() {}

    private interface Action {
        void run() throws Exception;
    }

    private static void check(String name, boolean ok) {
        if (!ok) {
            throw new AssertionError("check failed: " + name);
        }
        passed++;
        System.out.println("ok " + name);
    }

    private static void throwsWith(String name, Class<? extends Throwable> type, String part, Action action) throws Exception {
        try {
            action.run();
        } catch (Throwable t) {
            check(name + " (" + t.getMessage() + ")", type.isInstance(t) && t.getMessage().contains(part));
            return;
        }
        throw new AssertionError("check failed: " + name + ": nothing thrown");
    }

    private static boolean sameJson(String a, String b) throws Exception {
        return MAPPER.readTree(a).equals(MAPPER.readTree(b));
    }

    public static void main(String[] args) throws Exception {
        clientEvent();
        serverEvent();
        lenientReading();
        unions();
        enumsAndPlainUnions();
        formats();
        System.out.println("checks passed: " + passed);
    }

    private static void clientEvent() throws Exception {
        ConversationItemTruncateEvent event = ConversationItemTruncateEvent.builder().eventId("event_678").itemId("msg_002").contentIndex(0).audioEndMs(1500).build();
        check("toString", event.toString().equals("ConversationItemTruncateEvent{audioEndMs=1500, contentIndex=0, itemId=msg_002, type=conversation.item.truncate, eventId=event_678, additionalProperties={}}"));
        check("typed getters", event.audioEndMs() == 1500L && event.contentIndex() == 0L && event.itemId().equals("msg_002") && event.eventId().equals(Optional.of("event_678")));
        check("raw getters", event._audioEndMs().equals(JsonField.of(1500L)) && event._itemId().asKnown().equals(Optional.of("msg_002")) && event._type().equals(JsonValue.from("conversation.item.truncate")) && event._additionalProperties().isEmpty());
        check("serializes like the example", sameJson(MAPPER.writeValueAsString(event), CLIENT_JSON));
        ConversationItemTruncateEvent read = MAPPER.readValue(CLIENT_JSON, ConversationItemTruncateEvent.class);
        check("equals and hashCode after reading", read.equals(event) && read.hashCode() == event.hashCode());
        check("validate returns this", read.validate() == read && read.isValid());
        ConversationItemTruncateEvent changed = event.toBuilder().audioEndMs(2000).putAdditionalProperty("x", JsonValue.from(1)).build();
        check("toBuilder copies and changes", changed.audioEndMs() == 2000L && changed.itemId().equals("msg_002") && !changed.equals(event) && event.audioEndMs() == 1500L);
        check("additional property kept and written", changed._additionalProperties().get("x").equals(JsonValue.from(1)) && MAPPER.readTree(MAPPER.writeValueAsString(changed)).get("x").asInt() == 1);
        check("removeAllAdditionalProperties", changed.toBuilder().removeAllAdditionalProperties(Collections.singleton("x")).build().equals(event.toBuilder().audioEndMs(2000).build()));
        check("optional eventId absent", ConversationItemTruncateEvent.builder().itemId("a").contentIndex(0).audioEndMs(1).build().eventId().equals(Optional.empty()));
        check("type defaults to the const", ConversationItemTruncateEvent.builder().itemId("a").contentIndex(0).audioEndMs(1).build()._type().equals(JsonValue.from("conversation.item.truncate")));
        throwsWith("build without audioEndMs", IllegalStateException.class, "`audioEndMs` is required, but was not set", () -> ConversationItemTruncateEvent.builder().itemId("a").contentIndex(0).build());
        ConversationItemTruncateEvent tooLate = event.toBuilder().audioEndMs(2147483648L).build();
        throwsWith("validate names pointer and rule", OpenAIInvalidDataException.class, "/audio_end_ms: must be <= 2147483647 (/properties/audio_end_ms/maximum)", tooLate::validate);
        try {
            tooLate.validate();
        } catch (OpenAIInvalidDataException e) {
            check("the error carries pointer, keyword location, keyword and message",
                e.pointer().get().equals("/audio_end_ms") && e.keywordLocation().get().equals("/properties/audio_end_ms/maximum")
                    && e.keyword().get().equals("maximum") && e.violations().size() == 1 && e.violations().get(0).message().equals("must be <= 2147483647"));
        }
        check("isValid false", !tooLate.isValid());
        ConversationItemTruncateEvent wrongType = event.toBuilder().type(JsonValue.from("other")).build();
        throwsWith("validate checks the const", OpenAIInvalidDataException.class, "/type", wrongType::validate);
        String type = event.type();
        check("typed const getter on a parsed value", type.equals("conversation.item.truncate") && ConversationItemTruncateEvent.builder().itemId("a").contentIndex(0).audioEndMs(1).build().type().equals(type));
        throwsWith("typed const getter on a wrongly built value", OpenAIInvalidDataException.class, "`type` is invalid, received other", wrongType::type);
        check("the raw const getter keeps the wrong value", wrongType._type().equals(JsonValue.from("other")));
    }

    private static void serverEvent() throws Exception {
        ConversationItemTruncatedEvent event = MAPPER.readValue(SERVER_JSON, ConversationItemTruncatedEvent.class).validate();
        String eventId = event.eventId();
        check("server eventId is a String", eventId.equals("event_2526"));
        check("server toString", event.toString().equals("ConversationItemTruncatedEvent{audioEndMs=1500, contentIndex=0, eventId=event_2526, itemId=msg_004, type=conversation.item.truncated, additionalProperties={}}"));
        check("server round trip", sameJson(MAPPER.writeValueAsString(event), SERVER_JSON));
        throwsWith("server eventId required", IllegalStateException.class, "`eventId` is required, but was not set", () -> ConversationItemTruncatedEvent.builder().itemId("a").contentIndex(0).audioEndMs(1).build());
    }

    private static void lenientReading() throws Exception {
        ConversationItemTruncateEvent bad = MAPPER.readValue("{\"type\":\"conversation.item.truncate\",\"item_id\":\"m\",\"content_index\":1.5,\"audio_end_ms\":\"late\",\"extra\":[1]}", ConversationItemTruncateEvent.class);
        check("wrong type kept raw", bad._audioEndMs().asUnknown().equals(Optional.of(JsonValue.from("late"))) && bad._audioEndMs().asKnown().equals(Optional.empty()));
        throwsWith("getter on a wrong type", OpenAIInvalidDataException.class, "`audio_end_ms` is invalid, received late", bad::audioEndMs);
        throwsWith("validate reports the first issue", OpenAIInvalidDataException.class, "/content_index: must be integer (/properties/content_index/type) and 1 more", bad::validate);
        check("wrong types round trip", sameJson(MAPPER.writeValueAsString(bad), "{\"type\":\"conversation.item.truncate\",\"item_id\":\"m\",\"content_index\":1.5,\"audio_end_ms\":\"late\",\"extra\":[1]}"));
        ConversationItemTruncateEvent missing = MAPPER.readValue("{\"type\":\"conversation.item.truncate\"}", ConversationItemTruncateEvent.class);
        throwsWith("getter on a missing value", OpenAIInvalidDataException.class, "`item_id` is not set", missing::itemId);
        throwsWith("validate: required at the object", OpenAIInvalidDataException.class, "(root): must have required property 'item_id' (/required)", missing::validate);
        ConversationItemTruncateEvent nulls = MAPPER.readValue("{\"type\":\"conversation.item.truncate\",\"item_id\":null,\"content_index\":0,\"audio_end_ms\":0}", ConversationItemTruncateEvent.class);
        throwsWith("getter on null", OpenAIInvalidDataException.class, "`item_id` is null", nulls::itemId);
        ConversationItemTruncateEvent otherType = MAPPER.readValue("{\"type\":\"session.update\",\"item_id\":\"m\",\"content_index\":0,\"audio_end_ms\":0}", ConversationItemTruncateEvent.class);
        throwsWith("typed const getter on an unvalidated parse", OpenAIInvalidDataException.class, "`type` is invalid, received session.update", otherType::type);
        ConversationItemTruncateEvent noType = MAPPER.readValue("{\"item_id\":\"m\",\"content_index\":0,\"audio_end_ms\":0}", ConversationItemTruncateEvent.class);
        throwsWith("typed const getter on a missing value", OpenAIInvalidDataException.class, "`type` is not set", noType::type);
        Measurements versioned = MAPPER.readValue("{\"kind\":\"measurement\",\"version\":2.0}", Measurements.class);
        long version = versioned.version().get();
        check("optional integer const getter", version == 2L && versioned.kind().equals("measurement"));
        check("optional const getter when absent", MAPPER.readValue("{\"kind\":\"measurement\"}", Measurements.class).version().equals(Optional.empty()));
        Measurements wrongVersion = MAPPER.readValue("{\"kind\":\"measurement\",\"version\":3}", Measurements.class);
        throwsWith("optional const getter on another value", OpenAIInvalidDataException.class, "`version` is invalid, received 3", wrongVersion::version);
        check("null written back", sameJson(MAPPER.writeValueAsString(nulls), "{\"type\":\"conversation.item.truncate\",\"item_id\":null,\"content_index\":0,\"audio_end_ms\":0}"));
    }

    private static void unions() throws Exception {
        ConversationItemTruncateEvent event = MAPPER.readValue(CLIENT_JSON, ConversationItemTruncateEvent.class);
        RealtimeClientEvent union = RealtimeClientEvent.ofConversationItemTruncate(event);
        check("union of/is/as/getter", union.isConversationItemTruncate() && union.asConversationItemTruncate() == event && union.conversationItemTruncate().equals(Optional.of(event)));
        String visited = union.accept(new RealtimeClientEvent.Visitor<String>() {
            @Override
            public String visitConversationItemTruncate(ConversationItemTruncateEvent conversationItemTruncate) {
                return "visited " + conversationItemTruncate.itemId();
            }
        });
        check("visitor", visited.equals("visited msg_002"));
        RealtimeClientEvent read = MAPPER.readValue(CLIENT_JSON, RealtimeClientEvent.class);
        check("union deserialized by type", read.isConversationItemTruncate() && read.equals(union) && read.hashCode() == union.hashCode() && read.validate() == read);
        check("union serializes its variant", sameJson(MAPPER.writeValueAsString(union), CLIENT_JSON));
        RealtimeServerEvent server = MAPPER.readValue(SERVER_JSON, RealtimeServerEvent.class);
        check("server union", server.isConversationItemTruncated() && server.asConversationItemTruncated().eventId().equals("event_2526"));
        RealtimeClientEvent unknown = MAPPER.readValue("{\"type\":\"session.update\",\"session\":{}}", RealtimeClientEvent.class);
        check("unknown variant kept", !unknown.isConversationItemTruncate() && unknown._json().isPresent() && sameJson(MAPPER.writeValueAsString(unknown), "{\"type\":\"session.update\",\"session\":{}}"));
        throwsWith("unknown variant fails validate", OpenAIInvalidDataException.class, "(root): value of tag \"type\" must be in oneOf (/discriminator)", unknown::validate);
        throwsWith("visitor unknown", OpenAIInvalidDataException.class, "Unknown RealtimeClientEvent", () -> unknown.accept(new RealtimeClientEvent.Visitor<String>() {
            @Override
            public String visitConversationItemTruncate(ConversationItemTruncateEvent conversationItemTruncate) {
                return "no";
            }
        }));
        throwsWith("as on the wrong variant", OpenAIInvalidDataException.class, "conversationItemTruncate", unknown::asConversationItemTruncate);
    }

    private static void enumsAndPlainUnions() throws Exception {
        Color known = MAPPER.readValue("\"dark-blue\"", Color.class);
        check("enum constant", known.equals(Color.DARK_BLUE) && known.known() == Color.Known.DARK_BLUE && known.value() == Color.Value.DARK_BLUE && known.asString().equals("dark-blue") && known.isValid());
        Color unknown = MAPPER.readValue("\"purple\"", Color.class);
        check("unknown enum value round trips", unknown.value() == Color.Value._UNKNOWN && MAPPER.writeValueAsString(unknown).equals("\"purple\"") && !unknown.isValid());
        throwsWith("known() on an unknown value", OpenAIInvalidDataException.class, "Unknown Color: purple", unknown::known);
        check("enum toString and of", Color.of("red").toString().equals("red") && Color.of("red").equals(Color.RED));
        IdOrName id = MAPPER.readValue("7", IdOrName.class);
        check("plain union picks the variant that validates", id.isInteger() && id.asInteger() == 7L && !id.isString() && id.equals(IdOrName.ofInteger(7)));
        IdOrName name = MAPPER.readValue("\"seven\"", IdOrName.class);
        String seen = name.accept(new IdOrName.Visitor<String>() {
            @Override
            public String visitInteger(long integer) {
                return "integer";
            }

            @Override
            public String visitString(String string) {
                return "string " + string;
            }
        });
        check("plain union visitor", seen.equals("string seven") && name.toString().equals("IdOrName{string=seven}"));
        IdOrName neither = MAPPER.readValue("-1", IdOrName.class);
        check("plain union keeps what matches no variant", !neither.isInteger() && !neither.isString() && MAPPER.writeValueAsString(neither).equals("-1") && !neither.isValid());
    }

    /** Formatted strings: native typed getters and setters over the JSON text, which round-trips as read. */
    private static void formats() throws Exception {
        String json = "{\"id\":\"123E4567-E89B-12D3-A456-426614174000\",\"created_at\":\"2024-02-29T23:59:59.123456+05:30\",\"updated_at\":\"2024-01-01t10:00:00z\","
                + "\"deleted_at\":null,\"birthday\":\"2000-01-31\",\"homepage\":\"https://example.com/a?b=c#d\",\"expires_at\":1700000000}";
        Record_ record = MAPPER.readValue(json, Record_.class);
        OffsetDateTime created = record.createdAt();
        check("date-time getter", created.getYear() == 2024 && created.getMonthValue() == 2 && created.getDayOfMonth() == 29 && created.getNano() == 123456000 && created.getOffset().equals(ZoneOffset.ofHoursMinutes(5, 30)));
        check("lower-case t and z read", record.updatedAt().get().equals(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC)));
        check("null date-time is empty", record.deletedAt().equals(Optional.empty()));
        check("date, uuid and uri getters", record.birthday().equals(Optional.of(LocalDate.of(2000, 1, 31))) && record.id().equals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")) && record.homepage().get().getFragment().equals("d"));
        check("unixtime stays a long, as in openai-java", record.expiresAt().equals(Optional.of(1700000000L)));
        check("formatted text round trips as read", sameJson(MAPPER.writeValueAsString(record), json) && record._updatedAt().asKnown().equals(Optional.of("2024-01-01t10:00:00z")));
        Record_ built = Record_.builder().id(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")).createdAt(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC))
                .birthday(LocalDate.of(2000, 1, 31)).homepage(URI.create("https://example.com/")).deletedAt((OffsetDateTime) null).build();
        check("native setters write canonical text", sameJson(MAPPER.writeValueAsString(built),
                "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"created_at\":\"2024-01-01T10:00:00Z\",\"birthday\":\"2000-01-31\",\"homepage\":\"https://example.com/\",\"deleted_at\":null}") && built.isValid());
        check("fractions written only when there", Record_.builder().id("x").createdAt(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 5000000, ZoneOffset.ofHours(-8))).build()._createdAt().asKnown().equals(Optional.of("2024-01-01T10:00:00.005-08:00")));
        Record_ loose = MAPPER.readValue("{\"id\":\"not a uuid\",\"created_at\":\"not a date-time\",\"birthday\":\"31/01/2000\",\"homepage\":\"not a uri\"}", Record_.class);
        check("text in no format is valid (an annotation) and kept", loose.isValid() && loose._createdAt().asKnown().equals(Optional.of("not a date-time")));
        throwsWith("date-time getter on other text", OpenAIInvalidDataException.class, "`created_at` is \"not a date-time\", which is not an RFC 3339 date-time", loose::createdAt);
        throwsWith("uuid getter on other text", OpenAIInvalidDataException.class, "`id` is \"not a uuid\", which is not a UUID", loose::id);
        throwsWith("date getter on other text", OpenAIInvalidDataException.class, "`birthday` is \"31/01/2000\", which is not an RFC 3339 date", loose::birthday);
        throwsWith("uri getter on other text", OpenAIInvalidDataException.class, "`homepage` is \"not a uri\", which is not an absolute URI", loose::homepage);
    }
}
