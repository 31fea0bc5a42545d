"""_format_views.py: the native views of date-time, date and uuid strings read exactly the format's
grammar on every Python version, name the property and the text when they cannot, and write
canonical text back."""

import json
import unittest
import uuid
from datetime import date, datetime, timedelta, timezone

from rtpkg._format_views import DATE_TIME_VIEW, DATE_VIEW, UUID_VIEW


def offset(hours: int, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


class DateTimeViewTest(unittest.TestCase):
    def test_reads_rfc_3339(self) -> None:
        cases = {
            "2024-01-01T10:00:00Z": datetime(2024, 1, 1, 10, 0, 0, tzinfo=timezone.utc),
            "2024-01-01t10:00:00z": datetime(2024, 1, 1, 10, 0, 0, tzinfo=timezone.utc),
            "2024-02-29T23:59:59.123456+05:30": datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=offset(5, 30)),
            "1990-06-15T01:02:03.5-08:00": datetime(1990, 6, 15, 1, 2, 3, 500000, tzinfo=offset(-8)),
            "2024-01-01T10:00:00.123456789-00:00": datetime(2024, 1, 1, 10, 0, 0, 123456, tzinfo=timezone.utc),
            "0001-01-01T00:00:00+23:59": datetime(1, 1, 1, tzinfo=offset(23, 59)),
        }
        for text, expected in cases.items():
            read = DATE_TIME_VIEW.read("at", text)
            self.assertEqual(read, expected, text)
            self.assertEqual(read.utcoffset(), expected.utcoffset(), text)

    def test_none_reads_and_writes_as_none(self) -> None:
        self.assertIsNone(DATE_TIME_VIEW.read("at", None))
        self.assertIsNone(DATE_TIME_VIEW.write("at", None))

    def test_refuses_what_rfc_3339_does_not_allow_naming_property_and_text(self) -> None:
        for text in ["not a date-time", "2024-01-01", "2024-01-01T10:00:00", "2024-01-01 10:00:00Z", "20240101T100000Z",
                     "2024-01-01T10:00Z", "2024-13-01T10:00:00Z", "2023-02-29T10:00:00Z", "2024-01-01T24:00:00Z",
                     "2024-01-01T10:60:00Z", "2024-01-01T10:00:00+24:00", "2024-01-01T10:00:00+01:60", "0000-01-01T00:00:00Z",
                     "2024-01-01T10:00:00.Z", "2024-01-01T10:00:00Z\n", "\u0662024-01-01T10:00:00Z"]:
            with self.assertRaises(ValueError, msg=text) as caught:
                DATE_TIME_VIEW.read("created_at", text)
            self.assertEqual(str(caught.exception), f'property "created_at": {json.dumps(text, ensure_ascii=False)} is not an RFC 3339 date-time')

    def test_a_leap_second_is_refused_as_such(self) -> None:
        with self.assertRaises(ValueError) as caught:
            DATE_TIME_VIEW.read("at", "1990-12-31T23:59:60Z")
        self.assertEqual(str(caught.exception), 'property "at": "1990-12-31T23:59:60Z" is a leap second, which datetime cannot hold')

    def test_writes_isoformat_with_its_offset(self) -> None:
        self.assertEqual(DATE_TIME_VIEW.write("at", datetime(2024, 1, 1, 10, tzinfo=timezone.utc)), "2024-01-01T10:00:00+00:00")
        self.assertEqual(DATE_TIME_VIEW.write("at", datetime(2024, 1, 1, 10, 0, 0, 5, tzinfo=offset(-3, -30))), "2024-01-01T10:00:00.000005-03:30")

    def test_refuses_a_naive_datetime_and_an_offset_of_seconds(self) -> None:
        with self.assertRaises(ValueError) as caught:
            DATE_TIME_VIEW.write("at", datetime(2024, 1, 1))
        self.assertEqual(str(caught.exception), 'property "at": datetime.datetime(2024, 1, 1, 0, 0) is naive: RFC 3339 needs an offset (e.g. tzinfo=datetime.timezone.utc)')
        with self.assertRaisesRegex(ValueError, r"^property \"at\": .* has an offset of 0:00:30: RFC 3339 writes whole minutes only$"):
            DATE_TIME_VIEW.write("at", datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=30))))

    def test_what_it_writes_reads_back_equal(self) -> None:
        for value in [datetime(2024, 1, 1, 10, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=offset(-23, -59))]:
            self.assertEqual(DATE_TIME_VIEW.read("at", DATE_TIME_VIEW.write("at", value)), value)


class DateViewTest(unittest.TestCase):
    def test_reads_full_dates(self) -> None:
        self.assertEqual(DATE_VIEW.read("d", "2000-01-31"), date(2000, 1, 31))
        self.assertEqual(DATE_VIEW.read("d", "2024-02-29"), date(2024, 2, 29))

    def test_refuses_other_texts(self) -> None:
        for text in ["31/01/2000", "2023-02-29", "2000-1-31", "0000-01-01", "2000-01-31T00:00:00Z", "20000131", "2000-W05-1"]:
            with self.assertRaises(ValueError, msg=text) as caught:
                DATE_VIEW.read("birthday", text)
            self.assertEqual(str(caught.exception), f'property "birthday": "{text}" is not an RFC 3339 full-date')

    def test_writes_isoformat_and_refuses_a_datetime(self) -> None:
        self.assertEqual(DATE_VIEW.write("d", date(999, 1, 2)), "0999-01-02")
        with self.assertRaisesRegex(ValueError, r"^property \"d\": datetime\.datetime\(2024, 1, 1, 0, 0\) is a datetime: give its \.date\(\)$"):
            DATE_VIEW.write("d", datetime(2024, 1, 1))


class UuidViewTest(unittest.TestCase):
    def test_reads_the_hyphenated_form_in_either_case(self) -> None:
        expected = uuid.UUID("123e4567-e89b-12d3-a456-426614174000")
        self.assertEqual(UUID_VIEW.read("id", "123E4567-E89B-12D3-A456-426614174000"), expected)
        self.assertEqual(UUID_VIEW.read("id", "123e4567-e89b-12d3-a456-426614174000"), expected)

    def test_refuses_the_other_forms_uuid_uuid_reads(self) -> None:
        for text in ["not a uuid", "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}",
                     "urn:uuid:123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400"]:
            with self.assertRaises(ValueError, msg=text) as caught:
                UUID_VIEW.read("id", text)
            self.assertEqual(str(caught.exception), f'property "id": "{text}" is not an RFC 4122 UUID (8-4-4-4-12 hexadecimal digits)')

    def test_writes_lower_case(self) -> None:
        self.assertEqual(UUID_VIEW.write("id", uuid.UUID("123E4567-E89B-12D3-A456-426614174000")), "123e4567-e89b-12d3-a456-426614174000")


if __name__ == "__main__":
    unittest.main()
