// The Contracts tab's model (model/contracts.h): typed dates and amounts, the identity of
// a contract number, validation before a save or a quick status change, the table order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/contracts.h"

using namespace card;

namespace {

Date Day(const char* s) { return *Date::Parse(s); }

Contract Make(const char* id, const char* client, const char* number, const char* from = "",
              const char* to = "", ContractStatus status = ContractStatus::Active) {
    Contract k;
    k.id = id;
    k.client_id = client;
    k.number = number;
    if (*from) k.valid_from = Day(from);
    if (*to) k.valid_to = Day(to);
    k.status = status;
    return k;
}

// A new contract of c1 as typed into the editor.
ContractInput Typed(const char* number, const char* from, const char* to,
                    ContractStatus status = ContractStatus::Active) {
    ContractInput in;
    in.record.id = "new";
    in.record.client_id = "c1";
    in.record.number = number;
    in.record.status = status;
    in.valid_from = from;
    in.valid_to = to;
    return in;
}

Store WithContracts() {
    Store s;
    s.contracts.Upsert(Make("k1", "c1", "Д-47/2023", "2024-03-02", "2025-02-25", ContractStatus::Closed));
    s.contracts.Upsert(Make("k2", "c1", "ИТС-2025/118", "2025-12-15", "2026-12-15"));
    s.contracts.Upsert(Make("k3", "c2", "С-12/2025", "2025-11-15", "2026-11-15"));
    return s;
}

}  // namespace

TEST_CASE("typed dates: both forms, strictly, real days only") {
    Date d;
    CHECK(ParseDateText("27.11.2026", d) == DateText::Ok);
    CHECK(d == Day("2026-11-27"));
    CHECK(ParseDateText(" 2026-11-27 ", d) == DateText::Ok);
    CHECK(d == Day("2026-11-27"));
    CHECK(ParseDateText("7.1.2026", d) == DateText::Ok);
    CHECK(d == Day("2026-01-07"));
    CHECK(ParseDateText("29.02.2024", d) == DateText::Ok);  // leap year

    Date untouched = Day("2000-01-01");
    CHECK(ParseDateText("", untouched) == DateText::Empty);
    CHECK(ParseDateText("   ", untouched) == DateText::Empty);
    CHECK(untouched == Day("2000-01-01"));
    for (const char* bad : {"27.11.26", "27/11/2026", "2026.11.27", "27-11-2026", "27.11", "завтра", "27.11.2026 10:00",
                            "1.2.3.2026", "027.11.2026", "2026-011-27", "+27.11.2026", "27..2026"}) {
        CAPTURE(bad);
        CHECK(ParseDateText(bad, d) == DateText::BadFormat);
    }
    for (const char* no_day : {"31.02.2026", "29.02.2026", "2026-02-30", "32.01.2026", "00.01.2026", "15.13.2026",
                               "15.00.2026", "01.01.0000", "31.04.2026"}) {
        CAPTURE(no_day);
        CHECK(ParseDateText(no_day, d) == DateText::NoSuchDay);
    }
}

TEST_CASE("typed amounts and currencies") {
    int64_t m = -1;
    CHECK(ParseAmountText("1 500 000,50", m) == AmountText::Ok);
    CHECK(m == 150000050);
    CHECK(ParseAmountText("412800", m) == AmountText::Ok);
    CHECK(m == 41280000);
    CHECK(ParseAmountText("0.5", m) == AmountText::Ok);
    CHECK(m == 50);
    CHECK(ParseAmountText("0", m) == AmountText::Ok);
    CHECK(m == 0);
    CHECK(ParseAmountText("  ", m) == AmountText::Empty);
    CHECK(ParseAmountText("-100", m) == AmountText::Negative);
    CHECK(ParseAmountText("-0", m) == AmountText::Negative);
    CHECK(ParseAmountText("10.005", m) == AmountText::BadNumber);  // exact: no third decimal
    CHECK(ParseAmountText("десять", m) == AmountText::BadNumber);
    CHECK(ParseAmountText("1e6", m) == AmountText::BadNumber);
    CHECK(ParseAmountText("99999999999999999", m) == AmountText::BadNumber);  // beyond kMaxMinor

    std::string code;
    CHECK(NormalizeCurrency("", code));
    CHECK(code == "RUB");
    CHECK(NormalizeCurrency(" usd ", code));
    CHECK(code == "USD");
    CHECK(NormalizeCurrency("₽", code));
    CHECK(code == "RUB");
    CHECK(NormalizeCurrency("руб.", code));
    CHECK(code == "RUB");
    CHECK_FALSE(NormalizeCurrency("RU", code));
    CHECK_FALSE(NormalizeCurrency("EURO", code));
    CHECK_FALSE(NormalizeCurrency("R1B", code));
    CHECK_FALSE(NormalizeCurrency("евр", code));
}

TEST_CASE("a year-long term ends the day before the same date next year") {
    CHECK(YearAfter(Day("2025-12-15")) == Day("2026-12-14"));
    CHECK(YearAfter(Day("2026-01-01")) == Day("2026-12-31"));
    CHECK(YearAfter(Day("2024-02-29")) == Day("2025-02-28"));
    CHECK(YearAfter(Day("2023-03-01")) == Day("2024-02-29"));  // into a leap year
    CHECK(YearAfter(Date{}).empty());
}

TEST_CASE("contract numbers: the same when they read the same") {
    CHECK(SameContractNumber("Д-47/2023", "д-47/2023 "));
    CHECK(SameContractNumber("  Д-47/2023", "Д-47/2023"));
    CHECK(SameContractNumber("ИТС-2025/118", "итс-2025/118"));
    CHECK(SameContractNumber("С-12/2025", "C-12/2025"));      // Latin C typed on an English keyboard
    CHECK(SameContractNumber("С-12/2025", "c-12/2025"));
    CHECK(SameContractNumber("№ 8/ИП", "8/ИП"));
    CHECK(SameContractNumber("№8/ИП", "8/ип"));
    CHECK(SameContractNumber("Д–47/2023", "Д-47/2023"));      // en dash
    CHECK(SameContractNumber("Д 47 / 2023", "Д  47 /  2023"));  // doubled spaces
    CHECK(SameContractNumber("Ёлка-1", "елка-1"));
    CHECK_FALSE(SameContractNumber("Д-47/2023", "Д-47/2024"));
    CHECK_FALSE(SameContractNumber("Д-47/2023", "Д47/2023"));
    CHECK_FALSE(SameContractNumber("Д 47", "Д47"));
    CHECK_FALSE(SameContractNumber("", ""));
    CHECK_FALSE(SameContractNumber("  ", "  "));
    std::string key;
    ContractNumberKey("  №  С-12/2025  ", key);
    CHECK(key == "с-12/2025");
}

TEST_CASE("validation: the number is required and unique per client") {
    Store s = WithContracts();
    ContractCheck c = CheckContract(s, Typed("", "01.12.2026", "30.11.2027"));
    CHECK(c.reason(ContractField::Number) == ContractReason::NumberRequired);
    CHECK_FALSE(c.ok());
    CHECK(c.first_problem() == ContractField::Number);
    CHECK(CheckContract(s, Typed("   ", "01.12.2026", "")).reason(ContractField::Number) ==
          ContractReason::NumberRequired);

    // Another contract of c1 has it, written another way.
    c = CheckContract(s, Typed("д-47/2023 ", "01.12.2026", "30.11.2027"));
    CHECK(c.reason(ContractField::Number) == ContractReason::NumberTaken);
    REQUIRE(c.clash != nullptr);
    CHECK(c.clash->id == "k1");
    c = CheckContract(s, Typed("итс-2025/118", "01.12.2026", ""));
    CHECK(c.reason(ContractField::Number) == ContractReason::NumberTaken);
    // c2's number is free for c1; c2 itself may not take it twice.
    c = CheckContract(s, Typed("С-12/2025", "01.12.2026", "30.11.2027"));
    CHECK(c.ok());
    ContractInput for_c2 = Typed("C-12/2025", "01.12.2026", "30.11.2027");
    for_c2.record.client_id = "c2";
    c = CheckContract(s, for_c2);
    CHECK(c.reason(ContractField::Number) == ContractReason::NumberTaken);
    CHECK(c.clash->id == "k3");

    // Editing a contract does not clash with itself, even when its number is retyped.
    ContractInput edit = InputOf(*s.contracts.Find("k2"), [](Date d) { return d.Format(); });
    edit.record.number = " ИТС-2025/118 ";
    c = CheckContract(s, edit);
    CHECK(c.ok());
    CHECK(c.result.number == "ИТС-2025/118");  // trimmed
    // ...but it clashes with its neighbour's.
    edit.record.number = "Д-47/2023";
    CHECK(CheckContract(s, edit).reason(ContractField::Number) == ContractReason::NumberTaken);
}

TEST_CASE("validation: dates real, valid_to not before valid_from") {
    Store s = WithContracts();
    ContractCheck c = CheckContract(s, Typed("Н-1", "31.02.2026", "31.12.2026"));
    CHECK(c.reason(ContractField::ValidFrom) == ContractReason::NoSuchDay);
    CHECK(c.first_problem() == ContractField::ValidFrom);
    c = CheckContract(s, Typed("Н-1", "01.12.2026", "1 декабря"));
    CHECK(c.reason(ContractField::ValidTo) == ContractReason::DateFormat);
    ContractInput signed_bad = Typed("Н-1", "01.12.2026", "");
    signed_bad.signed_on = "30.02.2026";
    CHECK(CheckContract(s, signed_bad).reason(ContractField::SignedOn) == ContractReason::NoSuchDay);

    c = CheckContract(s, Typed("Н-1", "01.12.2026", "30.11.2026"));
    CHECK(c.reason(ContractField::ValidTo) == ContractReason::EndBeforeStart);
    CHECK(c.reason(ContractField::ValidFrom) == ContractReason::Ok);
    CHECK_FALSE(c.ok());
    // A one-day contract, and an open-ended one, are fine.
    CHECK(CheckContract(s, Typed("Н-1", "01.12.2026", "2026-12-01")).ok());
    c = CheckContract(s, Typed("Н-1", "2026-12-01", ""));
    CHECK(c.ok());
    CHECK(c.result.valid_from == Day("2026-12-01"));
    CHECK(c.result.valid_to.empty());
    // The order is checked on stored values too (a quick status change).
    Contract stored = Make("k9", "c1", "Н-9", "2026-12-01", "2026-11-01", ContractStatus::Draft);
    CHECK(CheckContract(s, stored).reason(ContractField::ValidTo) == ContractReason::EndBeforeStart);
}

TEST_CASE("validation: an active contract needs valid_from; others may leave it empty") {
    Store s;
    CHECK(CheckContract(s, Typed("Н-1", "", "31.12.2026")).reason(ContractField::ValidFrom) ==
          ContractReason::ActiveNeedsStart);
    for (ContractStatus st : {ContractStatus::Draft, ContractStatus::Suspended, ContractStatus::Closed}) {
        CAPTURE(static_cast<int>(st));
        CHECK(CheckContract(s, Typed("Н-1", "", "", st)).ok());
    }
    // A wrong date is reported as wrong, not as missing.
    CHECK(CheckContract(s, Typed("Н-1", "31.02.2026", "")).reason(ContractField::ValidFrom) ==
          ContractReason::NoSuchDay);
    // Activating a draft without a start (the quick action) is refused the same way.
    Contract draft = Make("d", "c1", "Н-2", "", "", ContractStatus::Draft);
    CHECK(CheckContract(s, draft).ok());
    draft.status = ContractStatus::Active;
    CHECK(CheckContract(s, draft).reason(ContractField::ValidFrom) == ContractReason::ActiveNeedsStart);
}

TEST_CASE("validation: the amount is optional, exact, not negative, with a currency code") {
    Store s;
    ContractInput in = Typed("Н-1", "01.12.2026", "");
    ContractCheck c = CheckContract(s, in);
    CHECK(c.ok());
    CHECK_FALSE(c.result.has_amount);

    in.amount = "412 800,50";
    in.currency = "rub";
    c = CheckContract(s, in);
    CHECK(c.ok());
    CHECK(c.result.has_amount);
    CHECK(c.result.amount.minor == 41280050);
    CHECK(c.result.amount.currency == "RUB");

    in.amount = "-1";
    CHECK(CheckContract(s, in).reason(ContractField::Amount) == ContractReason::AmountNegative);
    in.amount = "10,123";
    CHECK(CheckContract(s, in).reason(ContractField::Amount) == ContractReason::AmountFormat);
    in.amount = "100";
    in.currency = "рубли";
    CHECK(CheckContract(s, in).reason(ContractField::Currency) == ContractReason::CurrencyInvalid);
    // Without an amount the currency is not asked for.
    in.amount = "";
    c = CheckContract(s, in);
    CHECK(c.ok());
    CHECK_FALSE(c.result.has_amount);
}

TEST_CASE("InputOf shows a stored record the way CheckContract reads it back") {
    Store s = WithContracts();
    Contract k = *s.contracts.Find("k2");
    k.has_amount = true;
    k.amount.minor = 41280000;
    k.amount.currency = "USD";
    k.signed_on = Day("2025-12-10");
    k.terms = "Абонентская плата ежемесячно";
    const ContractInput in = InputOf(k, [](Date d) { return d.Format(); });
    CHECK(in.valid_from == "2025-12-15");
    CHECK(in.amount == "412800.00");
    CHECK(in.currency == "USD");
    const ContractCheck c = CheckContract(s, in);
    REQUIRE(c.ok());
    CHECK(c.result.signed_on == k.signed_on);
    CHECK(c.result.valid_from == k.valid_from);
    CHECK(c.result.valid_to == k.valid_to);
    CHECK(c.result.amount == k.amount);
    CHECK(c.result.terms == k.terms);
}

TEST_CASE("table order: current first, then in force, expired-but-active, not yet valid, draft, suspended, closed") {
    Store s;
    const Date today = Day("2026-11-27");
    s.contracts.Upsert(Make("closed", "c1", "1", "2023-01-01", "2023-12-31", ContractStatus::Closed));
    s.contracts.Upsert(Make("draft", "c1", "2", "2026-12-16", "2027-12-15", ContractStatus::Draft));
    s.contracts.Upsert(Make("expired", "c1", "3", "2025-11-15", "2026-11-15"));
    s.contracts.Upsert(Make("future", "c1", "4", "2027-01-01", ""));
    s.contracts.Upsert(Make("susp", "c1", "5", "2026-01-01", "", ContractStatus::Suspended));
    s.contracts.Upsert(Make("short", "c1", "6", "2026-06-01", "2026-12-15"));  // in force, ends first
    s.contracts.Upsert(Make("long", "c1", "7", "2025-12-15", "2027-12-14"));   // current: ends last
    s.contracts.Upsert(Make("other", "c2", "8", "2026-01-01", ""));
    std::vector<uint32_t> order;
    auto ids = [&] {
        std::string out;
        for (uint32_t pos : order) out += s.contracts[pos].id + " ";
        return out;
    };
    OrderContracts(s, "c1", today, ContractSort::State, false, order);
    CHECK(ids() == "long short expired future draft susp closed ");
    OrderContracts(s, "c1", today, ContractSort::State, true, order);
    CHECK(ids() == "closed susp draft future expired short long ");
    OrderContracts(s, "c1", today, ContractSort::Validity, false, order);
    CHECK(ids() == "closed expired long susp short draft future ");
    OrderContracts(s, "c1", today, ContractSort::Number, true, order);
    CHECK(ids() == "long short susp future expired draft closed ");
    OrderContracts(s, "c2", today, ContractSort::State, false, order);
    CHECK(ids() == "other ");
    OrderContracts(s, "nobody", today, ContractSort::State, false, order);
    CHECK(order.empty());
}
