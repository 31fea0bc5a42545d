// A consumer written against the output of test/diff/cases/base.schema.json (see consumer.ts).
using System.Collections.Generic;
using System.Numerics;
using System.Text.Json;

namespace __UNIT__
{
    /// <summary>Uses every declaration.</summary>
    public static class Consumer
    {
        /// <summary>Constructs, reads and matches.</summary>
        public static object[] Use()
        {
            var thing = new Thing("a", null);
            thing.Count = 1;
            thing.Size = 1.5;
            thing.Note = "n";
            thing.UserName = "u";
            thing.Color = Color.Red;
            string id = thing.Id;
            BigInteger count = thing.Count;
            double? size = thing.Size;
            string? label = thing.Label;
            string? note = thing.Note;
            string? userName = thing.UserName;
            System.DateTimeOffset? createdAt = thing.CreatedAtDateTime;
            string kind = thing.Kind;
            Color[] colors = { Color.Red, Color.Green, Color.Blue };
            IShape circle = new Circle(1.0);
            IShape square = new Square(2.0);
            thing.Shape = circle;
            var legacy = new Legacy();
            legacy.X = "x";
            IDictionary<string, JsonElement> extra = legacy.AdditionalProperties;
            return new object[] { id, count, size ?? 0, label ?? "", note ?? "", userName ?? "", createdAt ?? default, kind, colors, Area(circle), Area(square), extra };
        }

        private static double Area(IShape shape) => shape switch
        {
            Circle c => c.Radius,
            Square s => s.Side,
            _ => 0,
        };
    }
}
