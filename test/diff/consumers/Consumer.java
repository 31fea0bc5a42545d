// A consumer written against the output of test/diff/cases/base.schema.json (see consumer.ts).
package __UNIT__;

import com.openai.core.JsonValue;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public final class Consumer {
    private Consumer() {}

    public static List<Object> use() {
        Circle circle = Circle.builder().radius(1.0).build();
        Square square = Square.builder().side(2.0).build();
        List<Shape> shapes = Arrays.asList(Shape.ofCircle(circle), Shape.ofSquare(square));
        Thing thing = Thing.builder().id("a").label(Optional.<String>empty()).count(1).size(1.5).note("n").userName("u")
                .color(Color.RED).shape(shapes.get(0)).build();
        String id = thing.id();
        Optional<Long> count = thing.count();
        Optional<Double> size = thing.size();
        Optional<String> label = thing.label();
        Optional<String> note = thing.note();
        Optional<String> userName = thing.userName();
        Optional<OffsetDateTime> createdAt = thing.createdAt();
        String kind = thing.kind();
        Color[] colors = {Color.RED, Color.GREEN, Color.BLUE};
        String name = "";
        switch (colors[0].known()) {
            case RED:
                name = "red";
                break;
            case GREEN:
                name = "green";
                break;
            case BLUE:
                name = "blue";
                break;
        }
        double area = shapes.get(1).accept(new Shape.Visitor<Double>() {
            @Override
            public Double visitCircle(Circle c) {
                return c.radius();
            }

            @Override
            public Double visitSquare(Square s) {
                return s.side();
            }
        });
        Legacy legacy = Legacy.builder().x("x").putAdditionalProperty("extra", JsonValue.from(1)).build();
        return Arrays.<Object>asList(id, count, size, label, note, userName, createdAt, kind, name, area, legacy);
    }
}
