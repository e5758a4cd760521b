// Dates (strict YYYY-MM-DD, real days) and moments (ISO 8601 with an offset): parsing,
// formatting round trips, and how the codec reports bad ones.
#include <doctest/doctest.h>

#include "io/json_codec.h"
#include "model/types.h"

using namespace card;

TEST_CASE("dates are strict YYYY-MM-DD real days") {
    CHECK(Date::Parse("2024-02-29"));
    CHECK_FALSE(Date::Parse("2026-02-29"));
    CHECK_FALSE(Date::Parse("2026-02-30"));
    CHECK_FALSE(Date::Parse("2026-04-31"));
    CHECK_FALSE(Date::Parse("1900-02-29"));  // not a leap year
    CHECK(Date::Parse("2000-02-29"));        // a leap year
    CHECK_FALSE(Date::Parse("2026-13-01"));
    CHECK_FALSE(Date::Parse("2026-00-10"));
    CHECK_FALSE(Date::Parse("2026-01-00"));
    CHECK_FALSE(Date::Parse("2026-1-5"));
    CHECK_FALSE(Date::Parse("26-01-05"));
    CHECK_FALSE(Date::Parse("2026/01/05"));
    CHECK_FALSE(Date::Parse("2026-01-05T00:00"));
    CHECK_FALSE(Date::Parse(" 2026-01-05"));
    CHECK_FALSE(Date::Parse("0000-01-01"));
    CHECK_FALSE(Date::Parse(""));
    CHECK(Date::Parse("0001-01-01"));
    CHECK(Date::Parse("9999-12-31"));
}

TEST_CASE("dates format back to the same text") {
    for (const char* s : {"1970-01-01", "1969-12-31", "2024-02-29", "2026-11-27", "0001-01-01", "9999-12-31"}) {
        auto d = Date::Parse(s);
        REQUIRE(d);
        CHECK(d->Format() == s);
    }
    CHECK(Date::Parse("1970-01-02")->days == 1);
    CHECK(Date::Parse("1969-12-31")->days == -1);
    CHECK(Date{}.Format().empty());
    CHECK(*Date::Parse("2026-01-01") < *Date::Parse("2026-01-02"));
}

TEST_CASE("moments need an offset and keep it") {
    auto m = Moment::Parse("2026-11-27T10:30:00+03:00");
    REQUIRE(m);
    CHECK(m->offset_min == 180);
    CHECK(m->Format() == "2026-11-27T10:30:00+03:00");
    CHECK(m->utc_ms == Moment::Parse("2026-11-27T07:30:00Z")->utc_ms);
    CHECK(m->utc_ms == Moment::Parse("2026-11-27T02:30:00-05:00")->utc_ms);
    CHECK(*m != *Moment::Parse("2026-11-27T07:30:00Z"));  // same instant, other offset

    CHECK(Moment::Parse("2026-11-27T07:30:00Z")->Format() == "2026-11-27T07:30:00Z");
    CHECK(Moment::Parse("2026-11-27T07:30:00+00:00")->Format() == "2026-11-27T07:30:00Z");
    CHECK(Moment::Parse("2026-11-27T10:30+03:00")->Format() == "2026-11-27T10:30:00+03:00");
    CHECK(Moment::Parse("2026-11-27T10:30:00.250+03:00")->Format() == "2026-11-27T10:30:00.250+03:00");
    CHECK(Moment::Parse("2026-11-27T10:30:00-09:30")->Format() == "2026-11-27T10:30:00-09:30");
    CHECK(Moment::Parse("2024-02-29T23:59:59+14:00"));

    CHECK_FALSE(Moment::Parse("2026-11-27T10:30:00"));  // no offset
    CHECK_FALSE(Moment::Parse("2026-11-27"));
    CHECK_FALSE(Moment::Parse("2026-02-29T10:30:00+03:00"));
    CHECK_FALSE(Moment::Parse("2026-11-27T24:00:00+03:00"));
    CHECK_FALSE(Moment::Parse("2026-11-27T10:60:00+03:00"));
    CHECK_FALSE(Moment::Parse("2026-11-27T10:30:00+0300"));
    CHECK_FALSE(Moment::Parse("2026-11-27T10:30:00+03:00x"));
    CHECK_FALSE(Moment::Parse("2026-11-27T10:30:00+19:00"));
    CHECK_FALSE(Moment::Parse(""));
}

TEST_CASE("a moment's local date is the day in its own offset") {
    CHECK(Moment::Parse("2026-11-27T01:00:00+03:00")->LocalDate() == *Date::Parse("2026-11-27"));
    CHECK(Moment::Parse("2026-11-26T23:00:00-02:00")->LocalDate() == *Date::Parse("2026-11-26"));
    CHECK(Moment::Parse("1969-12-31T23:59:59Z")->LocalDate() == *Date::Parse("1969-12-31"));
}

TEST_CASE("moments format and parse back for many instants and offsets") {
    for (int64_t s = -86400LL * 365 * 60; s < 86400LL * 365 * 60; s += 86400LL * 37 + 3671) {
        for (int16_t off : {0, 180, -300, 345, -570, 840}) {
            Moment m;
            m.utc_ms = s * 1000 + (s % 7 == 0 ? 125 : 0);
            m.offset_min = off;
            auto back = Moment::Parse(m.Format());
            REQUIRE(back);
            CHECK(*back == m);
        }
    }
}

TEST_CASE("the codec names the field of a bad date or moment") {
    std::string err;
    Json j;
    Interest d;
    REQUIRE(ParseJson(R"({"id":"d-9","client_id":"c-1","close_on":"2026-02-29"})", j, err));
    CHECK_FALSE(DecodeRecord(j, "interests[2]", d, err));
    CHECK(err == R"(interests[2] (id "d-9"): field "close_on": invalid date "2026-02-29" (expected YYYY-MM-DD, a real day))");

    REQUIRE(ParseJson(R"({"id":"d-9","client_id":"c-1","close_on":"2024-02-29","opened_on":null})", j, err));
    CHECK(DecodeRecord(j, "interests[2]", d, err));
    CHECK(d.close_on == *Date::Parse("2024-02-29"));
    CHECK(d.opened_on.empty());

    REQUIRE(ParseJson(R"({"id":"d-9","client_id":"c-1","opened_on":20260101})", j, err));
    CHECK_FALSE(DecodeRecord(j, "interests[2]", d, err));
    CHECK(err.find(R"(field "opened_on": expected a date string)") != std::string::npos);

    Interaction i;
    REQUIRE(ParseJson(R"({"id":"i-1","client_id":"c-1","type":"call","at":"2026-11-27 10:30"})", j, err));
    CHECK_FALSE(DecodeRecord(j, "interactions[0]", i, err));
    CHECK(err.find(R"(interactions[0] (id "i-1"): field "at": invalid date-time "2026-11-27 10:30")") == 0);

    Client c;
    REQUIRE(ParseJson(R"({"id":"c-1","name":"A","infobases":[{"name":"x","updated_on":"2026-13-01"}]})", j, err));
    CHECK_FALSE(DecodeRecord(j, "clients[0]", c, err));
    CHECK(err.find(R"(field "infobases[0].updated_on": invalid date "2026-13-01")") != std::string::npos);
}
