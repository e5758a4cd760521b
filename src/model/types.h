// Value types of the model: calendar dates, moments with a UTC offset, exact money,
// and lower_snake_case enumerations. Pure C++17: no ImGui, no emscripten, no JSON,
// and nothing here throws (see docs/ARCHITECTURE.md, "Exception policy").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace card {

// A calendar date (no time zone), held as days since 1970-01-01. Empty when unset.
struct Date {
    static constexpr int32_t kNone = INT32_MIN;
    int32_t days = kNone;

    bool empty() const { return days == kNone; }
    static Date FromYmd(int y, unsigned m, unsigned d);  // caller guarantees a real day
    void ToYmd(int& y, unsigned& m, unsigned& d) const;
    // Strict "YYYY-MM-DD" with a real day (2026-02-30 is refused). Years 1..9999.
    static std::optional<Date> Parse(std::string_view s);
    std::string Format() const;  // "" when empty
    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend bool operator!=(Date a, Date b) { return a.days != b.days; }
    friend bool operator<(Date a, Date b) { return a.days < b.days; }
    friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
};

bool IsRealDay(int y, unsigned m, unsigned d);

// A moment in time with the UTC offset it was written with, so that it exports as typed.
struct Moment {
    static constexpr int64_t kNone = INT64_MIN;
    int64_t utc_ms = kNone;   // milliseconds since 1970-01-01T00:00:00Z
    int16_t offset_min = 0;   // e.g. +180 for +03:00

    bool empty() const { return utc_ms == kNone; }
    // ISO 8601 "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|+HH:MM|-HH:MM)"; a real day and time.
    static std::optional<Moment> Parse(std::string_view s);
    std::string Format() const;  // "2026-11-27T10:30:00+03:00" (".123" only when ms != 0)
    Date LocalDate() const;      // the calendar day in the moment's own offset
    friend bool operator==(const Moment& a, const Moment& b) {
        return a.utc_ms == b.utc_ms && a.offset_min == b.offset_min;
    }
    friend bool operator!=(const Moment& a, const Moment& b) { return !(a == b); }
};

// Money held exactly as integer minor units (kopecks, cents). Two decimals at most.
struct Money {
    // 10^13 units (10^15 minor units): beyond about 3.5e13 a JSON number (a double) can no
    // longer tell kopecks apart, so the model refuses what the format could not carry.
    static constexpr int64_t kMaxMinor = 1000000000000000LL;
    int64_t minor = 0;
    std::string currency = "RUB";  // ISO 4217, three upper-case letters

    // From a JSON number as parsed to double: refused when it has more than two
    // decimals, is not finite, or is beyond +-kMaxMinor (so that it stays exact).
    static std::optional<int64_t> MinorFromDouble(double amount);
    // From decimal text "1500000.50", "-3", "0.5" (also ',' as decimal separator and
    // spaces as group separators, as typed by Russian users).
    static std::optional<int64_t> MinorFromText(std::string_view text);
    double AmountAsDouble() const { return static_cast<double>(minor) / 100.0; }
    std::string AmountText() const;  // "1500000.50"
    static bool IsCurrencyCode(std::string_view s);
    friend bool operator==(const Money& a, const Money& b) {
        return a.minor == b.minor && a.currency == b.currency;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }
};

// ---- Enumerations: each has a names table; EnumName / ParseEnum work on all of them.
template <class E>
struct EnumNames;  // specialised below: static constexpr const char* values[]

#define CARD_ENUM_NAMES(E, ...)                                           \
    template <>                                                           \
    struct EnumNames<E> {                                                 \
        static constexpr const char* values[] = {__VA_ARGS__};            \
        static constexpr size_t count = sizeof(values) / sizeof(values[0]); \
    }

enum class ClientKind : uint8_t { LegalEntity, SoleTrader, Person };
CARD_ENUM_NAMES(ClientKind, "legal_entity", "sole_trader", "person");

enum class ClientStatus : uint8_t { Prospect, Active, Former };
CARD_ENUM_NAMES(ClientStatus, "prospect", "active", "former");

enum class ResponsibleRole : uint8_t { SalesManager, ServiceEngineer, AccountManager, Other };
CARD_ENUM_NAMES(ResponsibleRole, "sales_manager", "service_engineer", "account_manager", "other");

enum class InteractionType : uint8_t { Call, Meeting, Email, Letter, Task, Note, Document };
CARD_ENUM_NAMES(InteractionType, "call", "meeting", "email", "letter", "task", "note", "document");

enum class Direction : uint8_t { In, Out, None };
CARD_ENUM_NAMES(Direction, "in", "out", "none");

enum class InteractionStatus : uint8_t { Planned, Done, Cancelled };
CARD_ENUM_NAMES(InteractionStatus, "planned", "done", "cancelled");

enum class InterestState : uint8_t { New, Qualification, Proposal, Negotiation, Won, Lost };
CARD_ENUM_NAMES(InterestState, "new", "qualification", "proposal", "negotiation", "won", "lost");

enum class RelationshipKind : uint8_t {
    ParentOf, SameGroup, Partner, Supplier, Customer, Competitor, Affiliated
};
CARD_ENUM_NAMES(RelationshipKind, "parent_of", "same_group", "partner", "supplier", "customer",
                "competitor", "affiliated");

enum class ContractKind : uint8_t { Contract, Agreement, ServiceAgreement };
CARD_ENUM_NAMES(ContractKind, "contract", "agreement", "service_agreement");

enum class ContractStatus : uint8_t { Draft, Active, Suspended, Closed };
CARD_ENUM_NAMES(ContractStatus, "draft", "active", "suspended", "closed");

#undef CARD_ENUM_NAMES

template <class E>
const char* EnumName(E e) {
    const auto i = static_cast<size_t>(e);
    return i < EnumNames<E>::count ? EnumNames<E>::values[i] : "";
}
template <class E>
bool ParseEnum(std::string_view s, E& out) {
    for (size_t i = 0; i < EnumNames<E>::count; ++i)
        if (s == EnumNames<E>::values[i]) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}
template <class E>
constexpr size_t EnumCount() { return EnumNames<E>::count; }

}  // namespace card
