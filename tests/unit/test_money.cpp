// Money: exact minor units from JSON doubles and typed text, formatting, currency codes,
// and how the codec reads {"amount", "currency"} (limits, decimals, messages).
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <random>

#include "io/json_codec.h"
#include "model/types.h"

using namespace card;

TEST_CASE("MinorFromDouble accepts at most two decimals") {
    CHECK(Money::MinorFromDouble(1500000.50) == 150000050);
    CHECK(Money::MinorFromDouble(0.1) == 10);
    CHECK(Money::MinorFromDouble(0.01) == 1);
    CHECK(Money::MinorFromDouble(-3) == -300);
    CHECK(Money::MinorFromDouble(0) == 0);
    CHECK(Money::MinorFromDouble(19.99) == 1999);
    CHECK_FALSE(Money::MinorFromDouble(1.005));
    CHECK_FALSE(Money::MinorFromDouble(0.001));
    CHECK_FALSE(Money::MinorFromDouble(1.0 / 3.0));
    CHECK_FALSE(Money::MinorFromDouble(1e16));
    CHECK_FALSE(Money::MinorFromDouble(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(Money::MinorFromDouble(std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("MinorFromText reads what Russian users type") {
    CHECK(Money::MinorFromText("1500000.50") == 150000050);
    CHECK(Money::MinorFromText("1 500 000,50") == 150000050);
    CHECK(Money::MinorFromText("1\xC2\xA0" "500,5") == 150050);
    CHECK(Money::MinorFromText("-3") == -300);
    CHECK(Money::MinorFromText("0.5") == 50);
    CHECK(Money::MinorFromText(",5") == 50);
    CHECK_FALSE(Money::MinorFromText("1.234"));
    CHECK_FALSE(Money::MinorFromText(""));
    CHECK_FALSE(Money::MinorFromText("abc"));
    CHECK_FALSE(Money::MinorFromText("12abc"));
}

TEST_CASE("AmountText is exact decimal text with two places") {
    Money m;
    m.minor = 150000050;
    CHECK(m.AmountText() == "1500000.50");
    m.minor = -5;
    CHECK(m.AmountText() == "-0.05");
    m.minor = 0;
    CHECK(m.AmountText() == "0.00");
    m.minor = kMaxAmountMinor;
    CHECK(m.AmountText() == "10000000000000.00");
}

TEST_CASE("currency codes are three upper-case letters") {
    CHECK(Money::IsCurrencyCode("RUB"));
    CHECK(Money::IsCurrencyCode("EUR"));
    CHECK_FALSE(Money::IsCurrencyCode("rub"));
    CHECK_FALSE(Money::IsCurrencyCode("RU"));
    CHECK_FALSE(Money::IsCurrencyCode("RUBL"));
    CHECK_FALSE(Money::IsCurrencyCode("Р"));
}

namespace {
// Decodes an interest whose expected_revenue is `money_json`.
bool DecodeRevenue(const std::string& money_json, Money& out, std::string& error) {
    Json j;
    REQUIRE(ParseJson(R"({"id":"d-1","client_id":"c-1","expected_revenue":)" + money_json + "}", j, error));
    Interest r;
    const bool ok = DecodeRecord(j, "interests[0]", r, error);
    if (ok) out = r.expected_revenue;
    return ok;
}
}  // namespace

TEST_CASE("the codec reads money exactly and names the field on errors") {
    Money m;
    std::string err;
    CHECK(DecodeRevenue(R"({"amount":1500000.50,"currency":"RUB"})", m, err));
    CHECK(m.minor == 150000050);
    CHECK(m.currency == "RUB");
    CHECK(DecodeRevenue(R"({"amount":42})", m, err));  // currency defaults to RUB
    CHECK(m.minor == 4200);
    CHECK(m.currency == "RUB");
    CHECK(DecodeRevenue(R"({"amount":-0.05,"currency":"USD"})", m, err));
    CHECK(m.minor == -5);
    CHECK(DecodeRevenue(R"({"amount":10000000000000.00})", m, err));  // the limit itself
    CHECK(m.minor == kMaxAmountMinor);

    CHECK_FALSE(DecodeRevenue(R"({"amount":1.005})", m, err));
    CHECK(err == R"(interests[0] (id "d-1"): field "expected_revenue.amount": 1.005 has more than 2 decimals)");
    CHECK_FALSE(DecodeRevenue(R"({"amount":10000000000000.01})", m, err));
    CHECK(err.find("field \"expected_revenue.amount\"") != std::string::npos);
    CHECK(err.find("out of range") != std::string::npos);
    CHECK_FALSE(DecodeRevenue(R"({"amount":99999999999999999999})", m, err));
    CHECK(err.find("out of range") != std::string::npos);
    CHECK_FALSE(DecodeRevenue(R"({"amount":-20000000000000})", m, err));
    CHECK(err.find("out of range") != std::string::npos);
    CHECK_FALSE(DecodeRevenue(R"({"amount":"100.00"})", m, err));
    CHECK(err == R"(interests[0] (id "d-1"): field "expected_revenue.amount": expected a number, got a string)");
    CHECK_FALSE(DecodeRevenue(R"({"currency":"RUB"})", m, err));
    CHECK(err.find("field \"expected_revenue.amount\": required field is missing") != std::string::npos);
    CHECK_FALSE(DecodeRevenue(R"({"amount":1,"currency":"rub"})", m, err));
    CHECK(err.find("field \"expected_revenue.currency\": \"rub\" is not a currency code") != std::string::npos);
    CHECK_FALSE(DecodeRevenue(R"({"amount":1,"currency":7})", m, err));
    CHECK(err.find("field \"expected_revenue.currency\": expected a string") != std::string::npos);
    CHECK_FALSE(DecodeRevenue("1500", m, err));
    CHECK(err.find("field \"expected_revenue\": expected a money object") != std::string::npos);
}

TEST_CASE("every amount up to the limit survives exact text -> JSON number -> minor units") {
    std::mt19937_64 rng(20261127);
    for (int i = 0; i < 5000; ++i) {
        int64_t minor = static_cast<int64_t>(rng() % static_cast<uint64_t>(kMaxAmountMinor + 1));
        if (i % 4 == 0) minor = kMaxAmountMinor - static_cast<int64_t>(rng() % 100000);  // near the top
        if (i % 2) minor = -minor;
        Money m;
        m.minor = minor;
        Money back;
        std::string err;
        INFO(m.AmountText());
        REQUIRE(DecodeRevenue("{\"amount\":" + m.AmountText() + "}", back, err));
        REQUIRE(back.minor == minor);
        // The DOM form (EncodeRecord) gives the same minor units back too.
        Interest r;
        r.id = "d";
        r.client_id = "c";
        r.expected_revenue = m;
        Interest r2;
        REQUIRE(DecodeRecord(EncodeRecord(r), "interests[0]", r2, err));
        REQUIRE(r2.expected_revenue.minor == minor);
    }
}

TEST_CASE("the model's money limit is the format's: 10^13 units both typed and imported") {
    CHECK(Money::MinorFromText("10000000000000.00") == Money::kMaxMinor);
    CHECK_FALSE(Money::MinorFromText("10000000000000.01").has_value());
    CHECK_FALSE(Money::MinorFromText("97686908310713.49").has_value());
    CHECK(Money::MinorFromDouble(1e13) == Money::kMaxMinor);
    CHECK_FALSE(Money::MinorFromDouble(97686908310713.49).has_value());
    CHECK(kMaxAmountMinor == Money::kMaxMinor);
}
